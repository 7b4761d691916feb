import { Suspense, useState } from 'react';
import { Drawer, Flex, Grid, Layout, Spin, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router-dom';
import { ChangePasswordModal } from '../auth/ChangePasswordModal';
import { useMe } from '../auth/context';
import { HeaderBar } from './HeaderBar';
import { SideMenu } from './SideMenu';

const SIDER_WIDTH = 220;

export function AppLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const screens = Grid.useBreakpoint();
  // Breakpoints are unknown for the first render; assume a wide screen until told otherwise.
  const narrow = screens.md === false;
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [changingPassword, setChangingPassword] = useState(false);

  // The collapsed side menu is an icon wide: no room for a name there.
  const brand = (
    <Link to="/" style={{ display: 'block', padding: 16, textAlign: collapsed ? 'center' : undefined }}>
      {collapsed ? (
        <SafetyCertificateOutlined style={{ fontSize: 20 }} aria-label={t('app.name')} />
      ) : (
        <Typography.Text strong style={{ color: 'inherit', fontSize: 16 }}>
          {t('app.name')}
        </Typography.Text>
      )}
    </Link>
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {narrow ? (
        <Drawer
          placement="left"
          size={SIDER_WIDTH}
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          title={t('app.name')}
          styles={{ body: { padding: 0 } }}
        >
          <SideMenu theme="light" onNavigate={() => setDrawerOpen(false)} />
        </Drawer>
      ) : (
        <Layout.Sider
          theme="light"
          width={SIDER_WIDTH}
          breakpoint="lg"
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
        >
          {brand}
          <SideMenu theme="light" />
        </Layout.Sider>
      )}
      <Layout>
        <HeaderBar
          onOpenMenu={narrow ? () => setDrawerOpen(true) : undefined}
          onChangePassword={() => setChangingPassword(true)}
        />
        <Layout.Content style={{ padding: narrow ? 12 : 24 }}>
          <Suspense
            fallback={
              <Flex justify="center" style={{ padding: 48 }}>
                <Spin />
              </Flex>
            }
          >
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
      <ChangePasswordModal
        open={changingPassword || me.mustChangePassword}
        forced={me.mustChangePassword}
        onClose={() => setChangingPassword(false)}
      />
    </Layout>
  );
}
