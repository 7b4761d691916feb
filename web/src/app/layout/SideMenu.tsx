import { Menu } from 'antd';
import type { MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { useMe } from '../auth/context';
import { ADMIN_ENTRIES, MODULES, allowedEntries } from './navigation';

type Props = { theme: 'light' | 'dark'; onNavigate?: () => void };

export function SideMenu({ theme, onNavigate }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const { pathname } = useLocation();

  const modules = allowedEntries(me, MODULES);
  const admin = allowedEntries(me, ADMIN_ENTRIES);
  const items: MenuProps['items'] = [
    ...modules.map(({ key, path, icon }) => ({
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
  const selected = [...modules, ...admin].find(({ path }) => pathname === path || pathname.startsWith(`${path}/`));

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
