import { useCallback, useState } from 'react';
import { Button, Checkbox, DatePicker, Descriptions, Flex, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { enterprisesZhCN } from './i18n/zh-CN';
import { TIME_ZONE, formatDateTime } from '../../../app/format';
import { useFetch } from '../../../app/hooks/useFetch';
import { RegionTreeSelect } from '../../regions/RegionTreeSelect';
import { enterpriseDayUrl, fetchEnterpriseDay, rateText } from './api';
import type { EnterpriseDay } from './api';
import { ClosedLoopTag } from './LedgerTags';

type Row = EnterpriseDay['items'][number];

function useColumns(): TableColumnsType<Row> {
  const { t } = useTranslation();
  const f = (key: keyof typeof enterprisesZhCN.field) => t(`enterprises.field.${key}`);
  const figure = (key: 'onDuty' | 'workersBack' | 'inClosedLoop' | 'symptomatic' | 'tested') => ({
    key,
    title: f(key),
    align: 'right' as const,
    render: (_: unknown, r: Row) => r.report?.[key] ?? '—',
  });
  return [
    { key: 'name', title: f('name'), dataIndex: 'name', fixed: 'left' },
    { key: 'grid', title: f('grid'), render: (_, r) => r.grid.name },
    {
      key: 'reported',
      title: f('reportedToday'),
      render: (_, r) =>
        r.report ? (
          <Tag color="green">{t('enterprises.reported')}</Tag>
        ) : (
          <Tag color="red">{t('enterprises.notReported')}</Tag>
        ),
    },
    { key: 'headcount', title: f('headcount'), dataIndex: 'headcount', align: 'right' },
    figure('workersBack'),
    figure('onDuty'),
    { key: 'attendanceRate', title: f('attendanceRate'), align: 'right', render: (_, r) => rateText(r.attendanceRate) },
    figure('inClosedLoop'),
    figure('symptomatic'),
    figure('tested'),
    { key: 'closedLoop', title: f('closedLoop'), render: (_, r) => <ClosedLoopTag status={r.closedLoop} /> },
    { key: 'liaison', title: f('liaisonName'), render: (_, r) => r.liaisonName ?? '' },
    { key: 'note', title: f('note'), render: (_, r) => r.report?.note ?? '' },
    {
      key: 'reportedAt',
      title: f('reportedAt'),
      render: (_, r) => (r.report ? formatDateTime(r.report.reportedAt) : ''),
    },
  ];
}

/** A region's enterprises on a day: who reported, who has not, 到岗率 and the totals; .xlsx export. */
export function DayView({ version }: { version: number }) {
  const { t } = useTranslation();
  const [day, setDay] = useState<Dayjs>(() => dayjs().tz(TIME_ZONE));
  const [regionId, setRegionId] = useState<number | undefined>();
  const [onlyMissing, setOnlyMissing] = useState(false);
  const query = { day: day.format('YYYY-MM-DD'), regionId };
  const load = useCallback(
    (signal: AbortSignal) => fetchEnterpriseDay({ day: query.day, regionId }, signal),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [query.day, regionId, version],
  );
  const { data, loading } = useFetch(load);
  const items = (data?.items ?? []).filter((r) => !onlyMissing || r.report === null);
  const totals = data?.totals;
  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8} align="center">
        <DatePicker value={day} onChange={(d) => d && setDay(d)} allowClear={false} />
        <RegionTreeSelect
          allowClear
          value={regionId}
          onChange={setRegionId}
          placeholder={t('enterprises.region')}
          style={{ minWidth: 160 }}
        />
        <Checkbox checked={onlyMissing} onChange={(e) => setOnlyMissing(e.target.checked)}>
          {t('enterprises.onlyMissing')}
        </Checkbox>
        <Button icon={<FileExcelOutlined />} href={enterpriseDayUrl(query)} download data-testid="enterprise-export">
          {t('enterprises.export')}
        </Button>
      </Flex>
      {totals && (
        <Descriptions
          size="small"
          bordered
          column={{ xs: 2, sm: 4 }}
          title={t('enterprises.totals')}
          items={[
            { key: 'enterprises', label: t('enterprises.enterprises'), children: totals.enterprises },
            { key: 'reported', label: t('enterprises.reported'), children: totals.reported },
            {
              key: 'missing',
              label: t('enterprises.missing'),
              children: <span data-testid="day-missing">{totals.missing}</span>,
            },
            { key: 'rate', label: t('enterprises.field.attendanceRate'), children: rateText(totals.attendanceRate) },
            { key: 'onDuty', label: t('enterprises.field.onDuty'), children: totals.onDuty },
            { key: 'workersBack', label: t('enterprises.field.workersBack'), children: totals.workersBack },
            { key: 'symptomatic', label: t('enterprises.field.symptomatic'), children: totals.symptomatic },
            { key: 'tested', label: t('enterprises.field.tested'), children: totals.tested },
          ]}
        />
      )}
      <Table<Row>
        rowKey="id"
        size="small"
        columns={useColumns()}
        dataSource={items}
        loading={loading}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 50, showTotal: (total) => t('common.total', { total }) }}
        data-testid="enterprise-day-table"
      />
    </Flex>
  );
}
