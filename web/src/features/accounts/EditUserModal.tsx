import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../app/components/FormModal';
import { updateUser } from './api';
import type { User, UserChange } from './api';
import { UserFormFields } from './UserFormFields';
import type { UserFormValues } from './UserFormFields';

const sameSet = <T,>(a: T[], b: T[]) => a.length === b.length && a.every((item) => b.includes(item));

/** Only what the form actually changed, so the audit log records exactly that. */
function changesOf(user: User, values: UserFormValues): UserChange {
  const change: UserChange = {};
  const displayName = values.displayName.trim();
  const regionIds = values.regionIds.map((region) => region.value);
  if (displayName !== user.displayName) change.displayName = displayName;
  if (!sameSet(values.roles, user.roles)) change.roles = values.roles;
  if (values.scopeAll !== user.scopeAll) change.scopeAll = values.scopeAll;
  if (
    !sameSet(
      regionIds,
      user.regions.map((region) => region.id),
    )
  )
    change.regionIds = regionIds;
  return change;
}

type Props = { open: boolean; user: User; onClose: () => void; onSaved: () => void };

export function EditUserModal({ open, user, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();

  const submit = async (values: UserFormValues) => {
    const change = changesOf(user, values);
    if (Object.keys(change).length > 0) {
      await updateUser(user.id, change);
      void message.success(t('accounts.saved'));
    }
    onSaved();
  };

  return (
    <FormModal<UserFormValues>
      open={open}
      name="editUser"
      title={t('accounts.editTitle', { name: user.displayName })}
      initialValues={{
        displayName: user.displayName,
        roles: user.roles,
        scopeAll: user.scopeAll,
        regionIds: user.regions.map((region) => ({ value: region.id, label: region.name })),
      }}
      onClose={onClose}
      onSubmit={submit}
    >
      <UserFormFields isNew={false} />
    </FormModal>
  );
}
