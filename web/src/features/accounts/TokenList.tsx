import { useCallback, useState } from 'react';
import { App, Button, Popconfirm, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format';
import { useAction } from '../../app/hooks/useAction';
import { useFetch } from '../../app/hooks/useFetch';
import { fetchTokens, revokeToken } from './api';
import type { ApiToken, User } from './api';
import { CreateTokenModal } from './CreateTokenModal';
import { SecretModal } from './SecretModal';
import type { Secret } from './SecretModal';

function TokenStatus({ token }: { token: ApiToken }) {
  const { t } = useTranslation();
  if (token.revokedAt) return <Tag>{t('accounts.tokenStatusRevoked')}</Tag>;
  if (token.expiresAt && dayjs(token.expiresAt).isBefore(dayjs())) {
    return <Tag color="orange">{t('accounts.tokenStatusExpired')}</Tag>;
  }
  return <Tag color="green">{t('accounts.tokenStatusActive')}</Tag>;
}

/** A user's API tokens: list, create (the secret is shown once), revoke. */
export function TokenList({ user }: { user: User }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { run } = useAction();
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<Secret | null>(null);
  const load = useCallback((signal: AbortSignal) => fetchTokens(user.id, signal), [user.id]);
  const { data, loading, reload } = useFetch(load);

  const revoke = (token: ApiToken) =>
    run(async () => {
      await revokeToken(token.id);
      void message.success(t('accounts.tokenRevoked'));
      reload();
    });

  const columns: TableColumnsType<ApiToken> = [
    { key: 'name', title: t('accounts.tokenName'), dataIndex: 'name' },
    {
      key: 'prefix',
      title: t('accounts.tokenPrefix'),
      render: (_, token) => <Typography.Text code>{token.prefix}</Typography.Text>,
    },
    { key: 'status', title: t('accounts.status'), render: (_, token) => <TokenStatus token={token} /> },
    { key: 'createdAt', title: t('accounts.tokenCreatedAt'), render: (_, token) => formatDateTime(token.createdAt) },
    {
      key: 'expiresAt',
      title: t('accounts.tokenExpiresAt'),
      render: (_, token) => (token.expiresAt ? formatDateTime(token.expiresAt) : t('accounts.tokenNoExpiry')),
    },
    {
      key: 'lastUsedAt',
      title: t('accounts.tokenLastUsedAt'),
      render: (_, token) => (token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t('accounts.tokenNeverUsed')),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, token) =>
        token.revokedAt === null && (
          <Popconfirm
            title={t('accounts.tokenRevokeConfirm', { name: token.name })}
            onConfirm={() => void revoke(token)}
          >
            <Button type="link" danger size="small">
              {t('accounts.tokenRevoke')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} style={{ marginBottom: 16 }}>
        {t('accounts.tokenCreate')}
      </Button>
      <Table<ApiToken>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data ?? []}
        columns={columns}
        pagination={false}
        scroll={{ x: 900 }}
      />
      <CreateTokenModal
        open={creating}
        user={user}
        onClose={() => setCreating(false)}
        onCreated={(created) => {
          setCreating(false);
          setSecret(created);
          reload();
        }}
      />
      <SecretModal secret={secret} onClose={() => setSecret(null)} />
    </>
  );
}
