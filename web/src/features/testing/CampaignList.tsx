import { useState } from 'react';
import { Button, Flex, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useMe } from '../../app/auth/context';
import { hasPermission } from '../../app/auth/permissions';
import { useFetch } from '../../app/hooks/useFetch';
import { fetchCampaigns } from './api';
import type { Campaign } from './api';
import { CampaignStatusTag, usePoolLabel } from './CampaignStatusTag';
import { CloseCampaignButton } from './CloseCampaignButton';
import { CreateCampaignModal } from './create/CreateCampaignModal';
import { formatWindow } from './time';

/** The rounds over the user's jurisdiction; the testing group opens and closes them. */
export function CampaignList() {
  const { t } = useTranslation();
  const canManage = hasPermission(useMe(), 'testing.manage');
  const { data, loading, reload } = useFetch(fetchCampaigns);
  const [creating, setCreating] = useState(false);
  const poolLabel = usePoolLabel();

  const columns: TableColumnsType<Campaign> = [
    {
      key: 'name',
      title: t('testing.campaign.name'),
      render: (_, campaign) => (
        <Link to={`campaigns/${campaign.id}`} data-testid={`campaign-link-${campaign.id}`}>
          {campaign.name}
        </Link>
      ),
    },
    {
      key: 'status',
      title: t('testing.campaign.status'),
      render: (_, campaign) => <CampaignStatusTag status={campaign.status} />,
    },
    { key: 'poolSize', title: t('testing.campaign.poolSize'), render: (_, campaign) => poolLabel(campaign.poolSize) },
    {
      key: 'window',
      title: t('testing.campaign.window'),
      render: (_, campaign) => formatWindow(campaign.startsAt, campaign.endsAt),
    },
    {
      key: 'areas',
      title: t('testing.campaign.areas'),
      render: (_, campaign) => (
        <Flex wrap gap={4}>
          {campaign.areas.map((area) => (
            <Tag key={area.id}>{area.name}</Tag>
          ))}
        </Flex>
      ),
    },
    {
      key: 'points',
      title: t('testing.campaign.points'),
      align: 'right',
      render: (_, campaign) => t('testing.campaign.pointCount', { count: campaign.points.length }),
    },
    ...(canManage
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_: unknown, campaign: Campaign) =>
              campaign.status === 'open' ? (
                <CloseCampaignButton campaign={campaign} size="small" onClosed={reload} />
              ) : null,
          },
        ]
      : []),
  ];

  return (
    <>
      {canManage && (
        <Flex justify="end" style={{ marginBottom: 8 }}>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="campaign-create"
          >
            {t('testing.campaign.create')}
          </Button>
        </Flex>
      )}
      <Table<Campaign>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data ?? []}
        columns={columns}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Typography.Text type="secondary">{t('testing.campaign.empty')}</Typography.Text> }}
        onRow={(campaign) => ({ 'data-testid': `campaign-row-${campaign.id}` }) as HTMLAttributes<HTMLElement>}
      />
      {canManage && (
        <CreateCampaignModal
          open={creating}
          onClose={() => setCreating(false)}
          onCreated={() => {
            setCreating(false);
            reload();
          }}
        />
      )}
    </>
  );
}
