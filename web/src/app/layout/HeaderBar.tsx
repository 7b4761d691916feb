import { Button, Dropdown, Flex, Layout, Typography, theme } from 'antd';
import type { MenuProps } from 'antd';
import { KeyOutlined, LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useAuth, useMe } from '../auth/context';
import { LanguageSwitch } from '../components/LanguageSwitch';

type Props = {
  /** On phones the menu lives in a drawer that this header opens. */
  onOpenMenu?: () => void;
  onChangePassword: () => void;
};

export function HeaderBar({ onOpenMenu, onChangePassword }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const { signOut } = useAuth();
  const { token } = theme.useToken();

  const items: MenuProps['items'] = [
    { key: 'password', icon: <KeyOutlined />, label: t('layout.changePassword') },
    { type: 'divider' },
    { key: 'logout', icon: <LogoutOutlined />, label: t('layout.logout'), danger: true },
  ];
  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'password') onChangePassword();
    if (key === 'logout') void signOut();
  };

  return (
    <Layout.Header
      style={{
        background: token.colorBgContainer,
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
        padding: '0 16px',
      }}
    >
      <Flex align="center" gap={8} style={{ height: '100%' }}>
        {onOpenMenu && (
          <>
            <Button type="text" icon={<MenuOutlined />} aria-label={t('layout.openMenu')} onClick={onOpenMenu} />
            <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
              {t('app.shortName')}
            </Typography.Text>
          </>
        )}
        <Flex align="center" gap={8} style={{ marginInlineStart: 'auto', minWidth: 0 }}>
          <LanguageSwitch />
          <Dropdown menu={{ items, onClick }} trigger={['click']}>
            <Button type="text" icon={<UserOutlined />} style={{ maxWidth: onOpenMenu ? 120 : 200 }}>
              <Typography.Text ellipsis>{me.displayName}</Typography.Text>
            </Button>
          </Dropdown>
        </Flex>
      </Flex>
    </Layout.Header>
  );
}
