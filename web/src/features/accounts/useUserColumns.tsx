import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { JurisdictionTags } from '../../app/components/JurisdictionTags';
import { RoleTags } from '../../app/components/RoleTags';
import { formatDateTime } from '../../app/format';
import type { User } from './api';
import { UserActions } from './UserActions';
import type { UserAction } from './UserActions';
import { UserStatusTag } from './UserStatusTag';

export function useUserColumns(onAction: (action: UserAction, user: User) => void): TableColumnsType<User> {
  const { t } = useTranslation();
  return [
    { key: 'username', title: t('accounts.username'), dataIndex: 'username' },
    { key: 'displayName', title: t('accounts.displayName'), dataIndex: 'displayName' },
    { key: 'roles', title: t('accounts.roles'), render: (_, user) => <RoleTags roles={user.roles} /> },
    {
      key: 'jurisdiction',
      title: t('accounts.jurisdiction'),
      render: (_, user) => <JurisdictionTags scopeAll={user.scopeAll} regions={user.regions} />,
    },
    { key: 'status', title: t('accounts.status'), render: (_, user) => <UserStatusTag user={user} /> },
    {
      key: 'lastLoginAt',
      title: t('accounts.lastLogin'),
      width: 170,
      render: (_, user) => (user.lastLoginAt ? formatDateTime(user.lastLoginAt) : t('accounts.never')),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      render: (_, user) => <UserActions user={user} onAction={onAction} />,
    },
  ];
}
