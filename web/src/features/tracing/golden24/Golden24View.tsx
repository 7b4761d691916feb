import { useCallback, useState } from 'react';
import { Flex, Progress, Select, Switch, Table, Tag, Typography, theme } from 'antd';
import type { TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFetch } from '../../../app/hooks/useFetch';
import { fetchGolden24 } from '../api';
import type { Golden24Filters, Golden24Item } from '../api';
import { formatMinute } from '../time';

const DAY_CHOICES = [3, 7, 14, 30];

/**
 * 黄金24小时: per reported case, its contacts and how many were under a measure within the limit after the
 * report. A case whose limit has passed with any contact not under a measure in time is highlighted.
 */
export function Golden24View() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const [filters, setFilters] = useState<Golden24Filters>({ days: 14, breachingOnly: false });
  const load = useCallback((signal: AbortSignal) => fetchGolden24(filters, signal), [filters]);
  const { data, loading } = useFetch(load);

  // Cells paint their own background, so a breaching case is highlighted cell by cell.
  const highlight = (item: Golden24Item) => ({ style: item.breaching ? { background: token.colorErrorBg } : {} });
  const columns: TableColumnsType<Golden24Item> = [
    {
      key: 'case',
      title: t('tracing.golden24.case'),
      render: (_, item) => (
        <Link to={`/tracing/cases/${item.caseId}`}>
          {item.code} {item.name}
        </Link>
      ),
    },
    { key: 'reportedAt', title: t('tracing.golden24.reportedAt'), render: (_, item) => formatMinute(item.reportedAt) },
    { key: 'hours', title: t('tracing.golden24.hours'), dataIndex: 'hoursSinceReport', align: 'right' },
    { key: 'contacts', title: t('tracing.golden24.contacts'), dataIndex: 'contacts', align: 'right' },
    { key: 'underMeasure', title: t('tracing.golden24.underMeasure'), dataIndex: 'underMeasure', align: 'right' },
    {
      key: 'shareInTime',
      title: t('tracing.golden24.shareInTime'),
      width: 200,
      render: (_, item) => (
        <Progress
          percent={Math.round(item.shareInTime * 100)}
          size="small"
          status={item.breaching ? 'exception' : item.shareInTime >= 1 ? 'success' : 'active'}
        />
      ),
    },
    {
      key: 'breaching',
      title: '',
      render: (_, item) => item.breaching && <Tag color="red">{t('tracing.golden24.breaching')}</Tag>,
    },
  ];

  return (
    <>
      <Flex justify="end" align="center" wrap gap={16} style={{ marginBottom: 12 }}>
        <Flex align="center" gap={8}>
          <Switch
            size="small"
            checked={filters.breachingOnly}
            onChange={(breachingOnly) => setFilters({ ...filters, breachingOnly })}
            data-testid="golden24-breaching-only"
          />
          {t('tracing.golden24.breachingOnly')}
        </Flex>
        <Select<number>
          value={filters.days}
          onChange={(days) => setFilters({ ...filters, days })}
          options={DAY_CHOICES.map((value) => ({ value, label: t('tracing.golden24.days', { days: value }) }))}
          style={{ width: 160 }}
        />
      </Flex>
      <Table<Golden24Item>
        rowKey="caseId"
        size="small"
        loading={loading}
        dataSource={data ?? []}
        columns={columns.map((column) => ({ ...column, onCell: highlight }))}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Typography.Text type="secondary">{t('tracing.golden24.empty')}</Typography.Text> }}
        onRow={(item) => ({ 'data-testid': `golden24-row-${item.caseId}` }) as HTMLAttributes<HTMLElement>}
        data-testid="golden24-table"
      />
    </>
  );
}
