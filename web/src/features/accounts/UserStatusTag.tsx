import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format';
import type { User } from './api';
import { isLocked } from './userStatus';

export function UserStatusTag({ user }: { user: User }) {
  const { t } = useTranslation();
  if (user.disabled) return <Tag color="red">{t('accounts.statusDisabled')}</Tag>;
  if (user.lockedUntil !== null && isLocked(user)) {
    return <Tag color="orange">{t('accounts.statusLocked', { time: formatDateTime(user.lockedUntil) })}</Tag>;
  }
  return <Tag color="green">{t('accounts.statusActive')}</Tag>;
}
