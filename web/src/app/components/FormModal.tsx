import type { ReactNode } from 'react';
import { Button, Form, Modal } from 'antd';
import type { FormInstance, FormProps, ModalProps } from 'antd';
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
  /** For a form wider than the usual dialog (e.g. one holding a table). */
  width?: ModalProps['width'];
  children: ReactNode;
};

type DialogFormProps<V> = Pick<FormModalProps<V>, 'name' | 'initialValues' | 'children'> & {
  onFinish: (values: V, form: FormInstance<V>) => void;
};

/**
 * The form of one opening of the dialog. Its store is created when the dialog opens and dropped when
 * it closes, so every opening starts from the initial values.
 */
function DialogForm<V extends object>({ name, initialValues, onFinish, children }: DialogFormProps<V>) {
  const [form] = Form.useForm<V>();
  return (
    <Form<V>
      form={form}
      name={name}
      layout="vertical"
      initialValues={initialValues}
      onFinish={(values) => onFinish(values, form)}
    >
      {children}
    </Form>
  );
}

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
  width,
  children,
}: FormModalProps<V>) {
  const { t } = useTranslation();
  const { run, busy } = useAction();

  const footer = [
    forced ? null : (
      <Button key="cancel" onClick={onClose}>
        {t('common.cancel')}
      </Button>
    ),
    <Button key="submit" type="primary" htmlType="submit" danger={danger} loading={busy} data-testid={okTestId}>
      {okText ?? t('common.ok')}
    </Button>,
  ];

  return (
    <Modal
      open={open}
      title={title}
      width={width}
      onCancel={onClose}
      closable={!forced}
      keyboard={!forced}
      mask={{ closable: false }}
      destroyOnHidden
      footer={footer}
      // Wrapping the whole dialog in the form lets the footer button submit it natively.
      modalRender={(dialog) => (
        <DialogForm<V>
          name={name}
          initialValues={initialValues}
          onFinish={(values, form) => void run(() => onSubmit(values), form)}
        >
          {dialog}
        </DialogForm>
      )}
    >
      {children}
    </Modal>
  );
}
