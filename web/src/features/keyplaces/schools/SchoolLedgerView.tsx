import { useCallback, useState } from 'react';
import { Form, Input, Select, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { FilterForm } from '../../../app/components/FilterForm';
import { useFetch } from '../../../app/hooks/useFetch';
import { RegionTreeSelect } from '../../regions/RegionTreeSelect';
import { fetchSchools, schoolStatuses } from './api';
import type { SchoolFilters, SchoolLedger } from './api';
import { SchoolDrawer } from './SchoolDrawer';

const statusColors = { open: 'default', closed_management: 'red', online: 'blue' } as const;
const toFilters = ({ q, ...rest }: SchoolFilters): SchoolFilters => ({ ...rest, q: q?.trim() || undefined });

function useColumns(): TableColumnsType<SchoolLedger> {
  const { t } = useTranslation();
  return [
    { key: 'name', title: t('schools.field.name'), dataIndex: 'name', fixed: 'left' },
    { key: 'grid', title: t('schools.field.grid'), render: (_, s) => s.grid.name },
    {
      key: 'status',
      title: t('schools.field.status'),
      render: (_, s) => <Tag color={statusColors[s.status]}>{t(`schools.status.${s.status}`)}</Tag>,
    },
    { key: 'students', title: t('schools.field.students'), dataIndex: 'students', align: 'right' },
    { key: 'staff', title: t('schools.field.staff'), dataIndex: 'staff', align: 'right' },
    { key: 'classes', title: t('schools.field.classes'), dataIndex: 'classes', align: 'right' },
    { key: 'sampling', title: t('schools.field.samplingPercent'), render: (_, s) => `${s.samplingPercent}%` },
    {
      key: 'reportedToday',
      title: t('schools.field.reportedToday'),
      render: (_, s) =>
        s.reportedToday ? <Tag color="green">{t('schools.yes')}</Tag> : <Tag color="orange">{t('schools.no')}</Tag>,
    },
  ];
}

/** The school ledger of the jurisdiction with filters; a row opens its ledger, classes and sampling. */
export function SchoolLedgerView({ version, onChanged }: { version: number; onChanged: () => void }) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<SchoolFilters>({});
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [open, setOpen] = useState<number | null>(null);
  const load = useCallback(
    (signal: AbortSignal) => fetchSchools({ ...filters, ...paging }, signal),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [filters, paging, version],
  );
  const { data, loading, reload } = useFetch(load);
  return (
    <>
      <FilterForm<SchoolFilters, SchoolFilters>
        name="schoolSearch"
        toFilters={toFilters}
        cleared={{}}
        onChange={(next) => {
          setFilters(next);
          setPaging((p) => ({ ...p, page: 1 }));
        }}
      >
        <Form.Item name="regionId">
          <RegionTreeSelect allowClear placeholder={t('schools.region')} style={{ minWidth: 160 }} />
        </Form.Item>
        <Form.Item name="q">
          <Input allowClear maxLength={50} placeholder={t('schools.search')} />
        </Form.Item>
        <Form.Item name="status">
          <Select
            allowClear
            placeholder={t('schools.field.status')}
            style={{ minWidth: 120 }}
            options={schoolStatuses.map((s) => ({ value: s, label: t(`schools.status.${s}`) }))}
          />
        </Form.Item>
      </FilterForm>
      <Table<SchoolLedger>
        rowKey="id"
        size="small"
        columns={useColumns()}
        dataSource={data?.items ?? []}
        loading={loading}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('schools.empty') }}
        onRow={(s) => ({ onClick: () => setOpen(s.id), style: { cursor: 'pointer' } })}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: data?.total ?? 0,
          showTotal: (total) => t('common.total', { total }),
        }}
        onChange={(next) => setPaging({ page: next.current ?? 1, pageSize: next.pageSize ?? 20 })}
        data-testid="school-table"
      />
      <SchoolDrawer
        placeId={open}
        onClose={() => setOpen(null)}
        onChanged={() => {
          reload();
          onChanged();
        }}
      />
    </>
  );
}
