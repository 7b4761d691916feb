import { useState } from 'react';
import { Alert, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { login } from '../auth/api';
import { useAuth } from '../auth/context';

type Credentials = { username: string; password: string };

/**
 * Signing in again without leaving the table: the session ended (expired, or signed out elsewhere) while
 * scans wait on the phone. They are sent once this succeeds.
 */
export function SignInAgainModal({
  open,
  onDone,
  onClose,
}: {
  open: boolean;
  onDone: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { me, setMe } = useAuth();
  const [form] = Form.useForm<Credentials>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async ({ username, password }: Credentials) => {
    setBusy(true);
    setError(null);
    try {
      setMe(await login(username, password));
      form.resetFields(['password']);
      onDone();
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.detail : t('errors.unexpected'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('sampling.signIn.title')}
      okText={t('auth.submit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ size: 'large', loading: busy }}
      cancelButtonProps={{ size: 'large' }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      centered
    >
      <Form<Credentials>
        form={form}
        layout="vertical"
        size="large"
        initialValues={{ username: me?.username ?? '' }}
        onFinish={(values) => void submit(values)}
      >
        <Alert type="info" showIcon title={t('sampling.signIn.hint')} style={{ marginBottom: 16 }} />
        <Form.Item
          name="username"
          label={t('auth.username')}
          rules={[{ required: true, message: t('auth.usernameRequired') }]}
        >
          <Input autoComplete="username" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('auth.password')}
          rules={[{ required: true, message: t('auth.passwordRequired') }]}
        >
          <Input.Password autoComplete="current-password" autoFocus />
        </Form.Item>
        {error && <Alert type="error" showIcon title={error} />}
      </Form>
    </Modal>
  );
}
