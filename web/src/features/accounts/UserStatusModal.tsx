import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../app/components/FormModal';
import { updateUser } from './api';
import type { User } from './api';

type Props = { open: boolean; user: User; onClose: () => void; onSaved: () => void };

/** Disables an active user or re-enables a disabled one; either way the reason goes to the audit log. */
export function UserStatusModal({ open, user, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const disabling = !user.disabled;

  const submit = async ({ reason }: { reason: string }) => {
    await updateUser(user.id, { disabled: disabling, reason: reason.trim() });
    void message.success(t(disabling ? 'accounts.disabled' : 'accounts.enabled'));
    onSaved();
  };

  return (
    <FormModal<{ reason: string }>
      open={open}
      name="userStatus"
      title={t(disabling ? 'accounts.disableTitle' : 'accounts.enableTitle', { name: user.displayName })}
      okText={t(disabling ? 'accounts.disable' : 'accounts.enable')}
      danger={disabling}
      onClose={onClose}
      onSubmit={submit}
    >
      <Form.Item name="reason" label={t('accounts.reason')} rules={[{ required: true, whitespace: true }]}>
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
    </FormModal>
  );
}
