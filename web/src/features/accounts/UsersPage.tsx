import { useState } from 'react';
import { App, Button, Card, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../app/hooks/useAction';
import { usePagedQuery } from '../../app/hooks/usePagedQuery';
import { fetchUsersPage, updateUser } from './api';
import type { User, UserFilters } from './api';
import { CreateUserModal } from './CreateUserModal';
import { EditUserModal } from './EditUserModal';
import { ResetPasswordModal } from './ResetPasswordModal';
import { SecretModal } from './SecretModal';
import type { Secret } from './SecretModal';
import { TokensDrawer } from './TokensDrawer';
import type { UserAction } from './UserActions';
import { UserFilterBar } from './UserFilterBar';
import { UserStatusModal } from './UserStatusModal';
import { useUserColumns } from './useUserColumns';

const INITIAL_FILTERS: UserFilters = { includeDisabled: false };

type Dialog = 'create' | Exclude<UserAction, 'unlock'>;

export function UsersPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { run } = useAction();
  const { filters, setFilters, tableProps, reload } = usePagedQuery(fetchUsersPage, INITIAL_FILTERS);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  // Kept after its dialog closes, so the closing dialog does not go blank mid-animation.
  const [target, setTarget] = useState<User | null>(null);
  const [secret, setSecret] = useState<Secret | null>(null);

  const close = () => setDialog(null);
  const saved = () => {
    close();
    reload();
  };
  const showSecret = (next: Secret | null) => {
    saved();
    setSecret(next);
  };

  const onAction = (action: UserAction, user: User) => {
    if (action === 'unlock') {
      void run(async () => {
        await updateUser(user.id, { unlock: true });
        void message.success(t('accounts.unlocked'));
        reload();
      });
      return;
    }
    setTarget(user);
    setDialog(action);
  };
  const columns = useUserColumns(onAction);

  return (
    <Card
      title={t('accounts.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog('create')} data-testid="user-create">
          {t('accounts.create')}
        </Button>
      }
    >
      <UserFilterBar filters={filters} onChange={setFilters} />
      <Table<User> {...tableProps} rowKey="id" columns={columns} scroll={{ x: 1100 }} />
      <CreateUserModal open={dialog === 'create'} onClose={close} onCreated={showSecret} />
      {target && (
        <>
          <EditUserModal open={dialog === 'edit'} user={target} onClose={close} onSaved={saved} />
          <UserStatusModal open={dialog === 'status'} user={target} onClose={close} onSaved={saved} />
          <ResetPasswordModal open={dialog === 'resetPassword'} user={target} onClose={close} onReset={showSecret} />
          <TokensDrawer open={dialog === 'tokens'} user={target} onClose={close} />
        </>
      )}
      <SecretModal secret={secret} onClose={() => setSecret(null)} />
    </Card>
  );
}
