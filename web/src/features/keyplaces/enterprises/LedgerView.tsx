import { useCallback, useState } from 'react';
import { Flex, Form, Input, Select, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { enterprisesZhCN } from './i18n/zh-CN';
import { useMe } from '../../../app/auth/context';
import { hasPermission } from '../../../app/auth/permissions';
import { FilterForm } from '../../../app/components/FilterForm';
import { useFetch } from '../../../app/hooks/useFetch';
import { RegionTreeSelect } from '../../regions/RegionTreeSelect';
import { closedLoopStatuses, fetchEnterprises, rateText, resumptionStatuses } from './api';
import type { EnterpriseFilters, EnterpriseLedger } from './api';
import { EnterpriseDrawer } from './EnterpriseDrawer';
import { ImportButton } from './ImportButton';
import { ClosedLoopTag, ResumptionTag } from './LedgerTags';

type Values = EnterpriseFilters;
const toFilters = ({ q, ...rest }: Values): EnterpriseFilters => ({ ...rest, q: q?.trim() || undefined });

function useColumns(): TableColumnsType<EnterpriseLedger> {
  const { t } = useTranslation();
  const f = (key: keyof typeof enterprisesZhCN.field) => t(`enterprises.field.${key}`);
  return [
    { key: 'name', title: f('name'), dataIndex: 'name', fixed: 'left' },
    { key: 'grid', title: f('grid'), render: (_, e) => e.grid.name },
    { key: 'headcount', title: f('headcount'), dataIndex: 'headcount', align: 'right' },
    { key: 'workersBack', title: f('workersBack'), dataIndex: 'workersBack', align: 'right' },
    { key: 'onDuty', title: f('onDuty'), dataIndex: 'onDuty', align: 'right' },
    {
      key: 'attendanceRate',
      title: f('attendanceRate'),
      align: 'right',
      render: (_, e) => <span data-testid={`attendance-${e.id}`}>{rateText(e.attendanceRate)}</span>,
    },
    { key: 'closedLoop', title: f('closedLoop'), render: (_, e) => <ClosedLoopTag status={e.closedLoop} /> },
    {
      key: 'liaison',
      title: f('liaisonName'),
      render: (_, e) => [e.liaisonName, e.liaisonPhone].filter(Boolean).join(' '),
    },
    { key: 'resumption', title: f('resumption'), render: (_, e) => <ResumptionTag status={e.resumption} /> },
    {
      key: 'reportedToday',
      title: f('reportedToday'),
      render: (_, e) =>
        e.reportedToday ? (
          <Tag color="green">{t('enterprises.yes')}</Tag>
        ) : (
          <Tag color="orange">{t('enterprises.no')}</Tag>
        ),
    },
  ];
}

/** The enterprise ledger of the jurisdiction: 到岗率 and closed-loop tags, filters, detail and import. */
export function LedgerView({ version, onChanged }: { version: number; onChanged: () => void }) {
  const { t } = useTranslation();
  const canManage = hasPermission(useMe(), 'keyplace.manage');
  const [filters, setFilters] = useState<EnterpriseFilters>({});
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [open, setOpen] = useState<number | null>(null);
  const load = useCallback(
    (signal: AbortSignal) => fetchEnterprises({ ...filters, ...paging }, signal),
    // A report filed above re-reads the list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [filters, paging, version],
  );
  const { data, loading, reload } = useFetch(load);
  return (
    <>
      <Flex wrap gap={8} justify="space-between" align="start">
        <FilterForm<Values, EnterpriseFilters>
          name="enterpriseSearch"
          toFilters={toFilters}
          cleared={{}}
          onChange={(next) => {
            setFilters(next);
            setPaging((p) => ({ ...p, page: 1 }));
          }}
        >
          <Form.Item name="regionId">
            <RegionTreeSelect allowClear placeholder={t('enterprises.region')} style={{ minWidth: 160 }} />
          </Form.Item>
          <Form.Item name="q">
            <Input allowClear maxLength={50} placeholder={t('enterprises.search')} />
          </Form.Item>
          <Form.Item name="closedLoop">
            <Select
              allowClear
              placeholder={t('enterprises.field.closedLoop')}
              style={{ minWidth: 140 }}
              options={closedLoopStatuses.map((s) => ({ value: s, label: t(`enterprises.closedLoop.${s}`) }))}
            />
          </Form.Item>
          <Form.Item name="resumption">
            <Select
              allowClear
              placeholder={t('enterprises.field.resumption')}
              style={{ minWidth: 120 }}
              options={resumptionStatuses.map((s) => ({ value: s, label: t(`enterprises.resumption.${s}`) }))}
            />
          </Form.Item>
        </FilterForm>
        {canManage && <ImportButton onImported={reload} />}
      </Flex>
      <Table<EnterpriseLedger>
        rowKey="id"
        size="small"
        columns={useColumns()}
        dataSource={data?.items ?? []}
        loading={loading}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('enterprises.empty') }}
        onRow={(e) => ({ onClick: () => setOpen(e.id), style: { cursor: 'pointer' } })}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: data?.total ?? 0,
          showTotal: (total) => t('common.total', { total }),
        }}
        onChange={(next) => setPaging({ page: next.current ?? 1, pageSize: next.pageSize ?? 20 })}
        data-testid="enterprise-table"
      />
      <EnterpriseDrawer
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
