import { useMemo } from 'react';
import { Card, Descriptions, Flex, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../../app/components/EChart';
import type { ChartOption } from '../../../app/components/EChart';
import { orDash } from '../../registry/orDash';
import { chainClassifications } from './api';
import type { ClusterDetail } from './api';
import { KIND_COLORS } from './graph';
import { onsetRange } from './vocabulary';

/** Its cases by classification (within the jurisdiction), its extent, and a histogram of cases per generation. */
export function ClusterSummary({ detail }: { detail: ClusterDetail }) {
  const { t } = useTranslation();
  const { cluster, byClassification, byGeneration, onset } = detail;
  const option = useMemo(
    (): ChartOption => ({
      animation: false,
      grid: { left: 40, right: 16, top: 16, bottom: 28 },
      tooltip: { trigger: 'axis' },
      xAxis: {
        type: 'category',
        data: byGeneration.map(({ generation }) => t('tracingClusters.detail.generation', { n: generation })),
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          type: 'bar',
          name: t('tracingClusters.detail.cases'),
          data: byGeneration.map(({ cases }) => cases),
          itemStyle: { color: KIND_COLORS.cluster },
          barMaxWidth: 40,
        },
      ],
    }),
    [byGeneration, t],
  );

  return (
    <Card size="small">
      <Flex wrap gap={48}>
        {chainClassifications.map((classification) => (
          <Statistic
            key={classification}
            title={t(`tracing.classifications.${classification}`)}
            value={byClassification[classification]}
            styles={{ content: { color: KIND_COLORS[classification] } }}
            data-testid={`cluster-${classification}`}
          />
        ))}
        <Statistic title={t('tracingClusters.detail.generations')} value={cluster.generations} />
        <Descriptions size="small" column={1} style={{ flex: 1, minWidth: 240 }}>
          <Descriptions.Item label={t('tracingClusters.detail.onset')}>
            {onsetRange(onset.first, onset.last)}
          </Descriptions.Item>
          <Descriptions.Item label={t('tracingClusters.detail.region')}>
            {orDash(cluster.region?.name ?? null)}
          </Descriptions.Item>
        </Descriptions>
      </Flex>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('tracingClusters.detail.byGeneration')}
      </Typography.Title>
      <EChart option={option} height={200} testId="cluster-generations" />
    </Card>
  );
}
