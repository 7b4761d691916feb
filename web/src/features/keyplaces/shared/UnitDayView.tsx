import { useCallback, useState } from 'react';
import { Button, Checkbox, DatePicker, Descriptions, Flex, Table, Tag } from 'antd';
import type { DescriptionsProps, TableColumnType, TableColumnsType } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { TIME_ZONE, formatDateTime } from '../../../app/format';
import { useFetch } from '../../../app/hooks/useFetch';
import { RegionTreeSelect } from '../../regions/RegionTreeSelect';
import type { DayQuery } from './api';
import { type UnitNamespace, unitKinds } from './kinds';

type Report = { note: string | null; reportedAt: string };
type DayRow = { id: number; name: string; grid: { name: string }; report: Report | null };
type Totals = { reported: number; missing: number };

type Props<Row extends DayRow, T extends Totals> = {
  ns: UnitNamespace;
  fetchDay: (query: DayQuery, signal: AbortSignal) => Promise<{ items: Row[]; totals: T }>;
  dayUrl: (query: DayQuery) => string;
  /** The kind's own columns, between whether a unit reported and its note. */
  columns: TableColumnsType<Row>;
  /** The kind's own totals, after how many units reported and how many have not. */
  totals: (totals: T) => NonNullable<DescriptionsProps['items']>;
  /** The label of a filter to only the units that have not reported; without one, no such filter. */
  missingFilterLabel?: string;
  version: number;
};

/** A column of one figure of the day's report, a dash where the unit has not reported. */
export const figureColumn = <Row extends { report: Record<K, number> | null }, K extends string>(
  key: K,
  title: string,
): TableColumnType<Row> => ({ key, title, align: 'right', render: (_, r) => r.report?.[key] ?? '—' });

function useColumns<Row extends DayRow>(ns: UnitNamespace, own: TableColumnsType<Row>): TableColumnsType<Row> {
  const { t } = useTranslation();
  return [
    { key: 'name', title: t(`${ns}.field.name`), dataIndex: 'name', fixed: 'left' },
    { key: 'grid', title: t(`${ns}.field.grid`), render: (_, r) => r.grid.name },
    {
      key: 'reported',
      title: t(`${ns}.field.reportedToday`),
      render: (_, r) =>
        r.report ? <Tag color="green">{t(`${ns}.reported`)}</Tag> : <Tag color="red">{t(`${ns}.notReported`)}</Tag>,
    },
    ...own,
    { key: 'note', title: t(`${ns}.field.note`), render: (_, r) => r.report?.note ?? '' },
    {
      key: 'reportedAt',
      title: t(`${ns}.field.reportedAt`),
      render: (_, r) => (r.report ? formatDateTime(r.report.reportedAt) : ''),
    },
  ];
}

/** A region's units of a kind on a day: who reported, who has not, the totals; the day's .xlsx. */
export function UnitDayView<Row extends DayRow, T extends Totals>(props: Props<Row, T>) {
  const { ns, fetchDay, dayUrl, missingFilterLabel, version } = props;
  const { t } = useTranslation();
  const { testId, countLabel } = unitKinds[ns];
  const [day, setDay] = useState<Dayjs>(() => dayjs().tz(TIME_ZONE));
  const [regionId, setRegionId] = useState<number | undefined>();
  const [onlyMissing, setOnlyMissing] = useState(false);
  const query = { day: day.format('YYYY-MM-DD'), regionId };
  const load = useCallback(
    (signal: AbortSignal) => fetchDay({ day: query.day, regionId }, signal),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [fetchDay, query.day, regionId, version],
  );
  const { data, loading } = useFetch(load);
  const items = (data?.items ?? []).filter((r) => !onlyMissing || r.report === null);
  const totals = data && [
    // As many units as the day lists: the server counts the same rows.
    { key: 'units', label: t(countLabel), children: data.items.length },
    { key: 'reported', label: t(`${ns}.reported`), children: data.totals.reported },
    {
      key: 'missing',
      label: t(`${ns}.missing`),
      children: <span data-testid="day-missing">{data.totals.missing}</span>,
    },
    ...props.totals(data.totals),
  ];
  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8} align="center">
        <DatePicker value={day} onChange={(d) => d && setDay(d)} allowClear={false} />
        <RegionTreeSelect
          allowClear
          value={regionId}
          onChange={setRegionId}
          placeholder={t(`${ns}.region`)}
          style={{ minWidth: 160 }}
        />
        {missingFilterLabel && (
          <Checkbox checked={onlyMissing} onChange={(e) => setOnlyMissing(e.target.checked)}>
            {missingFilterLabel}
          </Checkbox>
        )}
        <Button icon={<FileExcelOutlined />} href={dayUrl(query)} download data-testid={`${testId}-export`}>
          {t(`${ns}.export`)}
        </Button>
      </Flex>
      {totals && (
        // Two rows of totals on a wide screen.
        <Descriptions
          size="small"
          bordered
          column={{ xs: 2, sm: Math.ceil(totals.length / 2) }}
          title={t(`${ns}.totals`)}
          items={totals}
        />
      )}
      <Table<Row>
        rowKey="id"
        size="small"
        columns={useColumns(ns, props.columns)}
        dataSource={items}
        loading={loading}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 50, showTotal: (total) => t('common.total', { total }) }}
        data-testid={`${testId}-day-table`}
      />
    </Flex>
  );
}
