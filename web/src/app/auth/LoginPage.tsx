import { useState } from 'react';
import { flushSync } from 'react-dom';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router-dom';
import { ApiError } from '../api/client';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { login } from './api';
import { useAuth } from './context';

type Credentials = { username: string; password: string };

export function LoginPage() {
  const { t } = useTranslation();
  const { me, setMe } = useAuth();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // Already signed in: nothing to do here. The home page asks for a new password if one is due.
  if (me) return <Navigate to="/" replace />;

  const submit = async ({ username, password }: Credentials) => {
    setBusy(true);
    setError(null);
    try {
      const user = await login(username, password);
      // The address and the page change in one step, so no one sees the new address over the old page.
      flushSync(() => {
        setMe(user);
        void navigate('/', { replace: true });
      });
    } catch (failure) {
      // Wrong password, locked or disabled: the server words it, in the chosen language.
      setError(failure instanceof ApiError ? failure.detail : t('errors.unexpected'));
      setBusy(false);
    }
  };

  return (
    <Flex vertical align="center" justify="center" gap={16} style={{ minHeight: '100vh', padding: 16 }}>
      <Card style={{ width: '100%', maxWidth: 380 }}>
        <Flex justify="space-between" align="center" style={{ marginBottom: 24 }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('app.name')}
          </Typography.Title>
          <LanguageSwitch />
        </Flex>
        <Form<Credentials> layout="vertical" onFinish={(values) => void submit(values)}>
          <Form.Item
            name="username"
            label={t('auth.username')}
            rules={[{ required: true, message: t('auth.usernameRequired') }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('auth.password')}
            rules={[{ required: true, message: t('auth.passwordRequired') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
          <Button type="primary" htmlType="submit" block loading={busy} data-testid="login-submit">
            {t('auth.submit')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
