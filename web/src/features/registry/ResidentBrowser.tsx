import { useCallback, useState } from 'react';
import { Flex, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePagedQuery } from '../../app/hooks/usePagedQuery';
import type { PageParams } from '../../app/hooks/usePagedQuery';
import { fetchResidentsPage } from './api';
import type { ResidentFilters, ResidentListItem } from './api';
import { ExportButton } from './export/ExportButton';
import { ResidentDrawer } from './ResidentDrawer';
import { ResidentSearchForm } from './ResidentSearchForm';
import { useResidentColumns } from './useResidentColumns';

type Variant = 'all' | 'specialNeeds';

// The special-needs list is the residents list held to specialNeeds=true.
const FIXED: Record<Variant, ResidentFilters> = { all: {}, specialNeeds: { specialNeeds: true } };

/** Searches residents (server-paged), exports them, and opens one in a drawer. */
export function ResidentBrowser({ variant }: { variant: Variant }) {
  const { t } = useTranslation();
  const [capped, setCapped] = useState(false);
  // Stable for the component's life (setCapped is); it also notes whether the server stopped counting.
  const fetchPage = useCallback(async (query: ResidentFilters & PageParams, signal: AbortSignal) => {
    const page = await fetchResidentsPage(query, signal);
    setCapped(page.totalCapped);
    return page;
  }, []);
  const { filters, setFilters, tableProps, reload } = usePagedQuery(fetchPage, FIXED[variant]);
  const [residentId, setResidentId] = useState<number | null>(null);
  const [open, setOpen] = useState(false);
  const columns = useResidentColumns();

  const pagination = tableProps.pagination || {};
  return (
    <>
      <ResidentSearchForm variant={variant} onChange={(next) => setFilters({ ...next, ...FIXED[variant] })} />
      {/* The export takes the filters as applied (the special-needs hold included), never half-typed ones. */}
      <Flex justify="end" style={{ marginBottom: 8 }}>
        <ExportButton request={{ kind: 'residents', filters }} />
      </Flex>
      <Table<ResidentListItem>
        {...tableProps}
        pagination={{
          ...pagination,
          showTotal: (total) => (capped ? t('registry.search.totalCapped', { total }) : t('common.total', { total })),
        }}
        rowKey="id"
        size="small"
        columns={columns}
        scroll={{ x: 'max-content' }}
        onRow={(resident) => ({
          onClick: () => {
            setResidentId(resident.id);
            setOpen(true);
          },
          style: { cursor: 'pointer' },
        })}
      />
      <ResidentDrawer open={open} residentId={residentId} onClose={() => setOpen(false)} onChanged={reload} />
    </>
  );
}
