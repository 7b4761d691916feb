import { Drawer } from 'antd';
import { useTranslation } from 'react-i18next';
import type { User } from './api';
import { TokenList } from './TokenList';

type Props = { open: boolean; user: User; onClose: () => void };

export function TokensDrawer({ open, user, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('accounts.tokensTitle', { name: user.displayName })}
      size={960}
      styles={{ wrapper: { maxWidth: '100vw' } }}
      // Mounted only while open, so the list is fetched fresh each time and never in the background.
      destroyOnHidden
    >
      <TokenList user={user} />
    </Drawer>
  );
}
