import { Button, Dropdown, Flex } from 'antd';
import type { MenuProps } from 'antd';
import { DownOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { User } from './api';
import { isLocked } from './userStatus';

export type UserAction = 'edit' | 'status' | 'unlock' | 'resetPassword' | 'tokens';

type Props = { user: User; onAction: (action: UserAction, user: User) => void };

export function UserActions({ user, onAction }: Props) {
  const { t } = useTranslation();
  const item = (action: UserAction, label: string, danger = false) => ({
    key: action,
    label,
    danger,
    onClick: () => onAction(action, user),
  });
  const items: MenuProps['items'] = [
    item('status', t(user.disabled ? 'accounts.enable' : 'accounts.disable'), !user.disabled),
    ...(isLocked(user) ? [item('unlock', t('accounts.unlock'))] : []),
    item('resetPassword', t('accounts.resetPassword')),
    item('tokens', t('accounts.tokens')),
  ];
  return (
    <Flex gap={4}>
      <Button type="link" size="small" onClick={() => onAction('edit', user)}>
        {t('common.edit')}
      </Button>
      <Dropdown trigger={['click']} menu={{ items }}>
        <Button type="link" size="small">
          {t('common.more')} <DownOutlined />
        </Button>
      </Dropdown>
    </Flex>
  );
}
