import { useCallback, useState } from 'react';
import type { ComponentType, ReactNode } from 'react';
import { Flex, Form, Input, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../app/auth/context';
import { hasPermission } from '../../../app/auth/permissions';
import { FilterForm } from '../../../app/components/FilterForm';
import { useFetch } from '../../../app/hooks/useFetch';
import { RegionTreeSelect } from '../../regions/RegionTreeSelect';
import type { LedgerImportResult } from './api';
import { type UnitNamespace, unitKinds } from './kinds';
import { LedgerImportButton } from './LedgerImportButton';
import type { UnitDrawerProps } from './UnitDrawer';

type Ledger = { id: number; grid: { name: string }; reportedToday: boolean };
type Filters = { regionId?: number; q?: string };
type Paging = { page: number; pageSize: number };

type Props<L extends Ledger, F extends Filters> = {
  ns: UnitNamespace;
  /** The search form's name, which its fields' ids start with. */
  formName: string;
  fetchLedgers: (query: Partial<F> & Paging, signal: AbortSignal) => Promise<{ items: L[]; total: number }>;
  /** The kind's own filters, after the region and the name. */
  filters: ReactNode;
  /** The kind's own columns, between the unit's grid and whether it reported today. */
  columns: TableColumnsType<L>;
  importLedger: (file: File) => Promise<LedgerImportResult>;
  Drawer: ComponentType<UnitDrawerProps>;
  version: number;
  onChanged: () => void;
};

const toFilters = <F extends Filters>(values: Partial<F>): Partial<F> => ({
  ...values,
  q: values.q?.trim() || undefined,
});

function useColumns<L extends Ledger>(ns: UnitNamespace, own: TableColumnsType<L>): TableColumnsType<L> {
  const { t } = useTranslation();
  return [
    { key: 'name', title: t(`${ns}.field.name`), dataIndex: 'name', fixed: 'left' },
    { key: 'grid', title: t(`${ns}.field.grid`), render: (_, u) => u.grid.name },
    ...own,
    {
      key: 'reportedToday',
      title: t(`${ns}.field.reportedToday`),
      render: (_, u) =>
        u.reportedToday ? <Tag color="green">{t(`${ns}.yes`)}</Tag> : <Tag color="orange">{t(`${ns}.no`)}</Tag>,
    },
  ];
}

/** The ledger of a kind of unit in the jurisdiction: filters, a page of units, a unit's drawer, the import. */
export function UnitLedgerView<L extends Ledger, F extends Filters>(props: Props<L, F>) {
  const { ns, fetchLedgers, Drawer, version, onChanged } = props;
  const { t } = useTranslation();
  const canManage = hasPermission(useMe(), 'keyplace.manage');
  const [filters, setFilters] = useState<Partial<F>>({});
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [open, setOpen] = useState<number | null>(null);
  const load = useCallback(
    (signal: AbortSignal) => fetchLedgers({ ...filters, ...paging }, signal),
    // A report filed above re-reads the list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [fetchLedgers, filters, paging, version],
  );
  const { data, loading, reload } = useFetch(load);
  return (
    <>
      <Flex wrap gap={8} justify="space-between" align="start">
        <FilterForm<Partial<F>, Partial<F>>
          name={props.formName}
          toFilters={toFilters}
          cleared={{}}
          onChange={(next) => {
            setFilters(next);
            setPaging((p) => ({ ...p, page: 1 }));
          }}
        >
          <Form.Item name="regionId">
            <RegionTreeSelect allowClear placeholder={t(`${ns}.region`)} style={{ minWidth: 160 }} />
          </Form.Item>
          <Form.Item name="q">
            <Input allowClear maxLength={50} placeholder={t(`${ns}.search`)} />
          </Form.Item>
          {props.filters}
        </FilterForm>
        {canManage && <LedgerImportButton ns={ns} importLedger={props.importLedger} onImported={reload} />}
      </Flex>
      <Table<L>
        rowKey="id"
        size="small"
        columns={useColumns(ns, props.columns)}
        dataSource={data?.items ?? []}
        loading={loading}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t(`${ns}.empty`) }}
        onRow={(u) => ({ onClick: () => setOpen(u.id), style: { cursor: 'pointer' } })}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: data?.total ?? 0,
          showTotal: (total) => t('common.total', { total }),
        }}
        onChange={(next) => setPaging({ page: next.current ?? 1, pageSize: next.pageSize ?? 20 })}
        data-testid={`${unitKinds[ns].testId}-table`}
      />
      <Drawer
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
