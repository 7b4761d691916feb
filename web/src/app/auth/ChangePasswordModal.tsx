import { Alert, App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../components/FormModal';
import { changePassword } from './api';
import { useAuth } from './context';

type Values = { currentPassword: string; newPassword: string; confirmPassword: string };

type Props = {
  open: boolean;
  /** The server requires a new password before anything else; the dialog cannot be dismissed. */
  forced: boolean;
  onClose: () => void;
};

export function ChangePasswordModal({ open, forced, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { refresh } = useAuth();

  const submit = async ({ currentPassword, newPassword }: Values) => {
    await changePassword(currentPassword, newPassword);
    void message.success(t('auth.passwordChanged'));
    onClose();
    // Re-read the session so mustChangePassword is the server's word, not our guess.
    await refresh();
  };

  return (
    <FormModal<Values>
      open={open}
      forced={forced}
      name="changePassword"
      title={t('auth.changePasswordTitle')}
      onClose={onClose}
      onSubmit={submit}
    >
      {forced && <Alert type="warning" showIcon title={t('auth.mustChangePassword')} style={{ marginBottom: 16 }} />}
      <Form.Item name="currentPassword" label={t('auth.currentPassword')} rules={[{ required: true }]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item name="newPassword" label={t('auth.newPassword')} rules={[{ required: true }]}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t('auth.confirmPassword')}
        dependencies={['newPassword']}
        rules={[
          { required: true },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              !value || getFieldValue('newPassword') === value
                ? Promise.resolve()
                : Promise.reject(new Error(t('auth.passwordMismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </FormModal>
  );
}
