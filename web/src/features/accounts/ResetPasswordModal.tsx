import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../app/components/FormModal';
import { resetPassword } from './api';
import type { User } from './api';
import type { Secret } from './SecretModal';

type Values = { password?: string; reason?: string };

type Props = {
  open: boolean;
  user: User;
  onClose: () => void;
  /** Done; `secret` is the generated temporary password, if the server made one. */
  onReset: (secret: Secret | null) => void;
};

export function ResetPasswordModal({ open, user, onClose, onReset }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();

  const submit = async ({ password, reason }: Values) => {
    const { temporaryPassword } = await resetPassword(user.id, {
      password: password || undefined,
      reason: reason?.trim() || undefined,
    });
    void message.success(t('accounts.passwordReset'));
    onReset(
      temporaryPassword === undefined
        ? null
        : {
            title: t('accounts.temporaryPasswordTitle', { name: user.displayName }),
            value: temporaryPassword,
            testId: 'temporary-password',
          },
    );
  };

  return (
    <FormModal<Values>
      open={open}
      name="resetPassword"
      title={t('accounts.resetTitle', { name: user.displayName })}
      onClose={onClose}
      onSubmit={submit}
    >
      <Form.Item name="password" label={t('accounts.newPassword')} extra={t('accounts.resetHint')}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item name="reason" label={t('accounts.reason')}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
