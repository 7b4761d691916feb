import { Menu } from 'antd';
import type { MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { useMe } from '../auth/context';
import { hasPermission } from '../auth/permissions';
import { ADMIN_ENTRIES, MODULES } from './navigation';

type Props = { theme: 'light' | 'dark'; onNavigate?: () => void };

export function SideMenu({ theme, onNavigate }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const { pathname } = useLocation();

  const admin = ADMIN_ENTRIES.filter((entry) => hasPermission(me, entry.permission));
  const items: MenuProps['items'] = [
    ...MODULES.map(({ key, path, icon }) => ({
      key: path,
      icon,
      label: <Link to={path}>{t(`modules.${key}`)}</Link>,
    })),
    ...(admin.length === 0
      ? []
      : [
          {
            type: 'group' as const,
            key: 'admin',
            label: t('layout.admin'),
            children: admin.map(({ key, path, icon }) => ({
              key: path,
              icon,
              label: <Link to={path}>{t(`modules.${key}`)}</Link>,
            })),
          },
        ]),
  ];
  const selected = [...MODULES, ...admin].find(({ path }) => pathname === path || pathname.startsWith(`${path}/`));

  return (
    <Menu
      mode="inline"
      theme={theme}
      items={items}
      selectedKeys={selected ? [selected.path] : []}
      onClick={onNavigate}
    />
  );
}
