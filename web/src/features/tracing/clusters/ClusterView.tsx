import { useCallback } from 'react';
import { Button, Flex, Spin, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFetch } from '../../../app/hooks/useFetch';
import { fetchCluster } from './api';
import { ClusterGraphView } from './ClusterGraphView';
import { ClusterSummary } from './ClusterSummary';
import { TimelineChart } from './TimelineChart';
import { ClusterStatusTag } from './vocabulary';

type Props = { clusterId: number; onBack: () => void };

/** One cluster: its make-up, its transmission graph page by page, and its onset timeline. */
export function ClusterView({ clusterId, onBack }: Props) {
  const { t } = useTranslation();
  const load = useCallback((signal: AbortSignal) => fetchCluster(clusterId, signal), [clusterId]);
  const { data, loading } = useFetch(load);

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Flex align="center" gap={8}>
          <Button icon={<ArrowLeftOutlined />} onClick={onBack} data-testid="cluster-back">
            {t('tracingClusters.detail.back')}
          </Button>
          <Typography.Title level={5} style={{ margin: 0 }} data-testid="cluster-title">
            {data?.cluster.name}
          </Typography.Title>
          {data && <ClusterStatusTag status={data.cluster.status} />}
        </Flex>
        <Link to={`/tracing?clusterId=${clusterId}`}>{t('tracingClusters.detail.viewCases')}</Link>
      </Flex>
      {data ? <ClusterSummary detail={data} /> : loading && <Spin />}
      <ClusterGraphView clusterId={clusterId} />
      <TimelineChart clusterId={clusterId} />
    </Flex>
  );
}
