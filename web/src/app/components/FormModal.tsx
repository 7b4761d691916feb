import type { ReactNode } from 'react';
import { Button, Form, Modal } from 'antd';
import type { FormProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAction } from '../hooks/useAction';

type FormModalProps<V> = {
  open: boolean;
  title: ReactNode;
  onClose: () => void;
  /** Does the work; a thrown error keeps the dialog open and is shown to the user. */
  onSubmit: (values: V) => Promise<void>;
  initialValues?: FormProps<V>['initialValues'];
  /** Prefixes field ids; leave it out where tests address fields as #fieldName. */
  name?: string;
  okText?: ReactNode;
  okTestId?: string;
  danger?: boolean;
  /** The user cannot dismiss the dialog, only complete it. */
  forced?: boolean;
  children: ReactNode;
};

/** A dialog holding one form, fresh each time it opens, with server field errors shown inline. */
export function FormModal<V extends object>({
  open,
  title,
  onClose,
  onSubmit,
  initialValues,
  name,
  okText,
  okTestId,
  danger,
  forced,
  children,
}: FormModalProps<V>) {
  const { t } = useTranslation();
  const [form] = Form.useForm<V>();
  const { run, busy } = useAction();

  const footer = [
    forced ? null : (
      <Button key="cancel" onClick={onClose}>
        {t('common.cancel')}
      </Button>
    ),
    <Button
      key="submit"
      type="primary"
      htmlType="submit"
      danger={danger}
      loading={busy}
      data-testid={okTestId}
    >
      {okText ?? t('common.ok')}
    </Button>,
  ];

  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      closable={!forced}
      keyboard={!forced}
      mask={{ closable: false }}
      destroyOnHidden
      footer={footer}
      // Wrapping the whole dialog in the form lets the footer button submit it natively.
      modalRender={(dialog) => (
        <Form<V>
          form={form}
          name={name}
          layout="vertical"
          initialValues={initialValues}
          clearOnDestroy
          onFinish={(values) => void run(() => onSubmit(values), form)}
        >
          {dialog}
        </Form>
      )}
    >
      {children}
    </Modal>
  );
}
