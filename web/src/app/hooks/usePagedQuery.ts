import { useCallback, useState } from 'react';
import type { TablePaginationConfig, TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFetch } from './useFetch';

/** One page of a server-paged list, as every list endpoint answers. */
export type Page<T> = { items: T[]; total: number };
export type PageParams = { page: number; pageSize: number };

const DEFAULT_PAGE_SIZE = 20;

/**
 * State for a server-paged antd Table: filters, page and the fetched rows. Changing the filters
 * goes back to page 1. `fetchPage` must be stable (a module-level api function).
 */
export function usePagedQuery<F extends object, T extends object>(
  fetchPage: (query: F & PageParams, signal: AbortSignal) => Promise<Page<T>>,
  initialFilters: F,
) {
  const { t } = useTranslation();
  const [filters, setFilterState] = useState(initialFilters);
  const [paging, setPaging] = useState<PageParams>({ page: 1, pageSize: DEFAULT_PAGE_SIZE });

  const load = useCallback(
    (signal: AbortSignal) => fetchPage({ ...filters, ...paging }, signal),
    [fetchPage, filters, paging],
  );
  const { data, loading, reload } = useFetch(load);

  const setFilters = useCallback((next: F) => {
    setFilterState(next);
    setPaging((current) => ({ ...current, page: 1 }));
  }, []);

  const pagination: TablePaginationConfig = {
    current: paging.page,
    pageSize: paging.pageSize,
    total: data?.total ?? 0,
    showSizeChanger: true,
    showTotal: (total) => t('common.total', { total }),
  };
  const tableProps: TableProps<T> = {
    dataSource: data?.items ?? [],
    loading,
    pagination,
    onChange: (next) =>
      setPaging({
        page: next.current ?? 1,
        pageSize: next.pageSize ?? DEFAULT_PAGE_SIZE,
      }),
  };

  return { filters, setFilters, tableProps, reload };
}
