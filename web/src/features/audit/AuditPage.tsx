import { Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePagedQuery } from '../../app/hooks/usePagedQuery';
import { fetchAuditPage } from './api';
import type { AuditEntry, AuditFilters } from './api';
import { AuditFiltersForm } from './AuditFiltersForm';
import { useAuditColumns } from './useAuditColumns';

const NO_FILTERS: AuditFilters = {};

export function AuditPage() {
  const { t } = useTranslation();
  const { setFilters, tableProps } = usePagedQuery(fetchAuditPage, NO_FILTERS);
  const columns = useAuditColumns();

  return (
    <Card title={t('audit.title')}>
      <AuditFiltersForm onChange={setFilters} />
      <Table<AuditEntry>
        {...tableProps}
        rowKey="id"
        size="small"
        columns={columns}
        scroll={{ x: 1100 }}
        expandable={{
          expandedRowRender: (entry) => (
            <pre style={{ margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
              {JSON.stringify(entry.summary, null, 2)}
            </pre>
          ),
        }}
      />
    </Card>
  );
}
