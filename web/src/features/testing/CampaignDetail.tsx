import { useCallback, useState } from 'react';
import { Descriptions, Flex, Skeleton, Tabs, Tag, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useMe } from '../../app/auth/context';
import { hasPermission } from '../../app/auth/permissions';
import { useFetch } from '../../app/hooks/useFetch';
import { RecordNotFound } from '../../app/pages/NotFoundPage';
import { fetchCampaign } from './api';
import type { Campaign } from './api';
import { CampaignStatusTag, usePoolLabel } from './CampaignStatusTag';
import { CloseCampaignButton } from './CloseCampaignButton';
import { CoverageView } from './detail/CoverageView';
import { ProgressView } from './detail/ProgressView';
import { ResampleList } from './detail/ResampleList';
import { useTargetItems } from './detail/useTargetItems';
import { formatWindow } from './time';

type TabKey = 'coverage' | 'resamples' | 'progress';

function CampaignHeader({ campaign, onClosed }: { campaign: Campaign; onClosed: () => void }) {
  const { t } = useTranslation();
  const canManage = hasPermission(useMe(), 'testing.manage');
  const poolLabel = usePoolLabel();
  const planItems = useTargetItems(campaign);
  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Flex align="center" gap={8}>
          <Link to="/testing" aria-label={t('testing.campaign.back')}>
            <ArrowLeftOutlined />
          </Link>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="campaign-title">
            {campaign.name}
          </Typography.Title>
          <CampaignStatusTag status={campaign.status} />
        </Flex>
        {canManage && campaign.status === 'open' && <CloseCampaignButton campaign={campaign} onClosed={onClosed} />}
      </Flex>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'pool', label: t('testing.campaign.poolSize'), children: poolLabel(campaign.poolSize) },
          {
            key: 'window',
            label: t('testing.campaign.window'),
            span: 2,
            children: formatWindow(campaign.startsAt, campaign.endsAt),
          },
          {
            key: 'areas',
            label: t('testing.campaign.areas'),
            children: (
              <Flex wrap gap={4}>
                {campaign.areas.map((area) => (
                  <Tag key={area.id}>{area.name}</Tag>
                ))}
              </Flex>
            ),
          },
          {
            key: 'points',
            label: t('testing.campaign.points'),
            span: 2,
            children: (
              <Flex wrap gap={4}>
                {campaign.points.map((point) => (
                  <Tag key={point.place.id}>
                    {point.place.name} ×{point.tables} {point.opensAt}–{point.closesAt}
                  </Tag>
                ))}
              </Flex>
            ),
          },
          ...planItems,
        ]}
      />
    </>
  );
}

const NotFound = () => <RecordNotFound backTo="/testing" backLabel="testing.campaign.back" />;

function CampaignView({ id }: { id: number }) {
  const { t } = useTranslation();
  const load = useCallback((signal: AbortSignal) => fetchCampaign(id, signal), [id]);
  const { data: campaign, error, reload } = useFetch(load);
  const [tab, setTab] = useState<TabKey>('coverage');

  if (error && !campaign) return <NotFound />;
  if (!campaign) return <Skeleton active />;
  return (
    <>
      <CampaignHeader campaign={campaign} onClosed={reload} />
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key as TabKey)}
        items={[
          { key: 'coverage', label: t('testing.detail.coverage'), children: <CoverageView campaign={campaign} /> },
          { key: 'resamples', label: t('testing.detail.resamples'), children: <ResampleList campaign={campaign} /> },
          {
            key: 'progress',
            label: t('testing.detail.progress'),
            children: <ProgressView campaign={campaign} active={tab === 'progress'} />,
          },
        ]}
      />
    </>
  );
}

/** One round: its plan, then coverage by region, the positive-pool list and the progress board as tabs. */
export function CampaignDetail() {
  const id = Number(useParams().id);
  // Keyed, so another round starts afresh (tab, drill-down) rather than showing this one's state.
  return Number.isInteger(id) && id > 0 ? <CampaignView key={id} id={id} /> : <NotFound />;
}
