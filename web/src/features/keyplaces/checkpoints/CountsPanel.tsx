import { useCallback, useMemo } from 'react';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { type ChartOption, EChart } from '../../../app/components/EChart';
import { useFetch } from '../../../app/hooks/useFetch';
import { checkpointActions, type DayCount, fetchCounts } from './api';

/** Per day and checkpoint: a bar per checkpoint of its entries each day, and the figures in a table. */
export function CountsPanel({ checkpointId, from, to }: { checkpointId?: number; from: string; to: string }) {
  const { t } = useTranslation();
  const load = useCallback(
    (signal: AbortSignal) => fetchCounts({ from, to, ...(checkpointId ? { checkpointId } : {}) }, signal),
    [checkpointId, from, to],
  );
  const { data, loading } = useFetch(load);
  const days = useMemo(() => data?.days ?? [], [data]);

  const option = useMemo<ChartOption>(() => {
    const dates = [...new Set(days.map((d) => d.day))];
    const checkpoints = [...new Map(days.map((d) => [d.checkpoint.id, d.checkpoint.name])).entries()];
    return {
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll' },
      grid: { left: 40, right: 16, bottom: 30, top: 40 },
      xAxis: { type: 'category', data: dates },
      yAxis: { type: 'value', minInterval: 1 },
      series: checkpoints.map(([id, name]) => ({
        type: 'bar',
        name,
        data: dates.map((date) => days.find((d) => d.day === date && d.checkpoint.id === id)?.entries ?? 0),
      })),
    };
  }, [days]);

  return (
    <>
      <EChart option={option} height={260} testId="checkpoint-counts-chart" />
      <Table<DayCount>
        size="small"
        rowKey={(d) => `${d.day}/${d.checkpoint.id}`}
        loading={loading}
        dataSource={days}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="checkpoint-counts"
        columns={[
          { key: 'day', title: t('checkpoints.counts.day'), dataIndex: 'day' },
          { key: 'checkpoint', title: t('checkpoints.checkpoint'), render: (_, d) => d.checkpoint.name },
          { key: 'entries', title: t('checkpoints.counts.entries'), dataIndex: 'entries' },
          { key: 'in', title: t('checkpoints.counts.in'), dataIndex: 'in' },
          { key: 'out', title: t('checkpoints.counts.out'), dataIndex: 'out' },
          { key: 'vehicles', title: t('checkpoints.counts.vehicles'), dataIndex: 'vehicles' },
          { key: 'persons', title: t('checkpoints.counts.persons'), dataIndex: 'persons' },
          ...checkpointActions.map((action) => ({
            key: action,
            title: t(`checkpoints.actions.${action}`),
            render: (_: unknown, d: DayCount) => d.byAction[action],
          })),
        ]}
      />
    </>
  );
}
