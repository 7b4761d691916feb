import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Campaign } from './api';

export function CampaignStatusTag({ status }: { status: Campaign['status'] }) {
  const { t } = useTranslation();
  return <Tag color={status === 'open' ? 'processing' : 'default'}>{t(`testing.status.${status}`)}</Tag>;
}

/** 5 混 1, or single-tube sampling for a pool of one. */
export function usePoolLabel(): (size: number) => string {
  const { t } = useTranslation();
  return (size) => (size === 1 ? t('testing.pool.single') : t('testing.pool.pooled', { size }));
}
