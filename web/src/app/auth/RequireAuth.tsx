import { Flex, Spin } from 'antd';
import { Navigate, Outlet } from 'react-router-dom';
import { useAuth } from './context';

/** Renders the signed-in part of the app, or sends the visitor to /login. */
export function RequireAuth() {
  const { me } = useAuth();
  if (me === undefined) {
    return (
      <Flex align="center" justify="center" style={{ minHeight: '100vh' }}>
        <Spin size="large" />
      </Flex>
    );
  }
  if (me === null) return <Navigate to="/login" replace />;
  return <Outlet />;
}
