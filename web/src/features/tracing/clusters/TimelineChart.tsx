import { useCallback, useMemo } from 'react';
import { Card, Empty, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../../app/components/EChart';
import type { ChartOption } from '../../../app/components/EChart';
import { useFetch } from '../../../app/hooks/useFetch';
import { chainClassifications, fetchTimeline } from './api';
import { KIND_COLORS } from './graph';

// Beyond two months of bars, a zoom slider keeps each day readable.
const ZOOM_FROM_DAYS = 60;

/** The cluster's cases per onset day, stacked by classification (every day from the first to the last). */
export function TimelineChart({ clusterId }: { clusterId: number }) {
  const { t } = useTranslation();
  const load = useCallback((signal: AbortSignal) => fetchTimeline(clusterId, signal), [clusterId]);
  const { data, loading } = useFetch(load);
  const days = useMemo(() => data?.days ?? [], [data]);
  const option = useMemo(
    (): ChartOption => ({
      animation: days.length <= ZOOM_FROM_DAYS,
      grid: { left: 40, right: 16, top: 40, bottom: days.length > ZOOM_FROM_DAYS ? 64 : 28 },
      legend: { top: 0 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'category', data: days.map((day) => day.date) },
      yAxis: { type: 'value', minInterval: 1 },
      dataZoom: days.length > ZOOM_FROM_DAYS ? [{ type: 'inside' }, { type: 'slider' }] : [],
      series: chainClassifications.map((classification) => ({
        type: 'bar',
        stack: 'cases',
        name: t(`tracing.classifications.${classification}`),
        data: days.map((day) => day[classification]),
        itemStyle: { color: KIND_COLORS[classification] },
        barMaxWidth: 32,
      })),
    }),
    [days, t],
  );

  return (
    <Card size="small" title={t('tracingClusters.timeline.title')}>
      <Typography.Paragraph type="secondary">{t('tracingClusters.timeline.hint')}</Typography.Paragraph>
      <Spin spinning={loading}>
        {days.length > 0 ? (
          <EChart option={option} height={280} testId="cluster-timeline" />
        ) : (
          <Empty description={t('tracingClusters.timeline.empty')} />
        )}
      </Spin>
    </Card>
  );
}
