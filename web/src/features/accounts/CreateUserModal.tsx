import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../app/components/FormModal';
import { createUser } from './api';
import type { Secret } from './SecretModal';
import { UserFormFields } from './UserFormFields';
import type { UserFormValues } from './UserFormFields';

type Props = {
  open: boolean;
  onClose: () => void;
  /** The user exists; `secret` is the generated initial password, if the server made one. */
  onCreated: (secret: Secret | null) => void;
};

export function CreateUserModal({ open, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();

  const submit = async ({ username, displayName, roles, scopeAll, regionIds, password }: UserFormValues) => {
    const { user, initialPassword } = await createUser({
      username: username.trim(),
      displayName: displayName.trim(),
      roles,
      scopeAll,
      regionIds: regionIds.map((region) => region.value),
      password: password || undefined,
    });
    void message.success(t('accounts.created'));
    onCreated(
      initialPassword === undefined
        ? null
        : {
            title: t('accounts.initialPasswordTitle', { name: user.displayName }),
            value: initialPassword,
            testId: 'initial-password',
          },
    );
  };

  return (
    <FormModal<UserFormValues>
      open={open}
      title={t('accounts.createTitle')}
      initialValues={{ roles: [], scopeAll: false, regionIds: [] }}
      okTestId="user-create-submit"
      onClose={onClose}
      onSubmit={submit}
    >
      <UserFormFields isNew />
    </FormModal>
  );
}
