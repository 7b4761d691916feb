import { useCallback, useState } from 'react';
import { Button, DatePicker, Descriptions, Flex, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { TIME_ZONE, formatDateTime } from '../../../app/format';
import { useFetch } from '../../../app/hooks/useFetch';
import { RegionTreeSelect } from '../../regions/RegionTreeSelect';
import { fetchSchoolDay, schoolDayUrl } from './api';
import type { SchoolDay } from './api';

type Row = SchoolDay['items'][number];

function useColumns(): TableColumnsType<Row> {
  const { t } = useTranslation();
  const figure = (key: 'present' | 'absentIll' | 'fever') => ({
    key,
    title: t(`schools.field.${key}`),
    align: 'right' as const,
    render: (_: unknown, r: Row) => r.report?.[key] ?? '—',
  });
  return [
    { key: 'name', title: t('schools.field.name'), dataIndex: 'name', fixed: 'left' },
    { key: 'grid', title: t('schools.field.grid'), render: (_, r) => r.grid.name },
    {
      key: 'reported',
      title: t('schools.field.reportedToday'),
      render: (_, r) =>
        r.report ? <Tag color="green">{t('schools.reported')}</Tag> : <Tag color="red">{t('schools.notReported')}</Tag>,
    },
    { key: 'status', title: t('schools.field.status'), render: (_, r) => t(`schools.status.${r.status}`) },
    { key: 'students', title: t('schools.field.students'), dataIndex: 'students', align: 'right' },
    figure('present'),
    figure('absentIll'),
    figure('fever'),
    { key: 'note', title: t('schools.field.note'), render: (_, r) => r.report?.note ?? '' },
    {
      key: 'reportedAt',
      title: t('schools.field.reportedAt'),
      render: (_, r) => (r.report ? formatDateTime(r.report.reportedAt) : ''),
    },
  ];
}

/** A region's schools on a day: who reported their health figures and who has not; .xlsx export. */
export function SchoolDayView({ version }: { version: number }) {
  const { t } = useTranslation();
  const [day, setDay] = useState<Dayjs>(() => dayjs().tz(TIME_ZONE));
  const [regionId, setRegionId] = useState<number | undefined>();
  const asked = day.format('YYYY-MM-DD');
  const load = useCallback(
    (signal: AbortSignal) => fetchSchoolDay({ day: asked, regionId }, signal),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [asked, regionId, version],
  );
  const { data, loading } = useFetch(load);
  const totals = data?.totals;
  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8} align="center">
        <DatePicker value={day} onChange={(d) => d && setDay(d)} allowClear={false} />
        <RegionTreeSelect
          allowClear
          value={regionId}
          onChange={setRegionId}
          placeholder={t('schools.region')}
          style={{ minWidth: 160 }}
        />
        <Button icon={<FileExcelOutlined />} href={schoolDayUrl({ day: asked, regionId })} download>
          {t('schools.export')}
        </Button>
      </Flex>
      {totals && (
        <Descriptions
          size="small"
          bordered
          column={{ xs: 2, sm: 3 }}
          title={t('schools.totals')}
          items={[
            { key: 'schools', label: t('schools.schools'), children: totals.schools },
            { key: 'reported', label: t('schools.reported'), children: totals.reported },
            { key: 'missing', label: t('schools.missing'), children: totals.missing },
            { key: 'present', label: t('schools.field.present'), children: totals.present },
            { key: 'absentIll', label: t('schools.field.absentIll'), children: totals.absentIll },
            { key: 'fever', label: t('schools.field.fever'), children: totals.fever },
          ]}
        />
      )}
      <Table<Row>
        rowKey="id"
        size="small"
        columns={useColumns()}
        dataSource={data?.items ?? []}
        loading={loading}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 50, showTotal: (total) => t('common.total', { total }) }}
      />
    </Flex>
  );
}
