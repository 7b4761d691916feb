import { useState } from 'react';
import { App, Button, Flex, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useMe } from '../../../app/auth/context';
import { hasPermission } from '../../../app/auth/permissions';
import { usePagedQuery } from '../../../app/hooks/usePagedQuery';
import { fetchCasesPage } from '../api';
import type { CaseFilters, CaseListItem } from '../api';
import { LedgerButtons } from '../ledgers/LedgerButtons';
import { CaseFilterForm } from './CaseFilterForm';
import { CreateCaseModal } from './CreateCaseModal';
import { useCaseColumns } from './useCaseColumns';

const initialFilters = (clusterId: number | undefined): CaseFilters => ({ clusterId });

type Props = { clusterId: number | undefined; onCluster: (clusterId: number | undefined) => void };

function CaseBrowser({ clusterId, onCluster }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const canManage = hasPermission(useMe(), 'tracing.manage');
  const [creating, setCreating] = useState(false);
  const { filters, setFilters, tableProps, reload } = usePagedQuery(fetchCasesPage, initialFilters(clusterId));
  const columns = useCaseColumns(onCluster);

  return (
    <>
      <Flex justify="space-between" align="start" wrap gap={8}>
        <CaseFilterForm onChange={(next) => setFilters({ ...next, clusterId })} />
        <Flex wrap gap={8} style={{ marginBottom: 16 }}>
          {canManage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="case-create">
              {t('tracing.case.create')}
            </Button>
          )}
          <LedgerButtons
            kind="cases"
            filters={{ classification: filters.classification, clusterId }}
            onImported={reload}
          />
        </Flex>
      </Flex>
      {clusterId !== undefined && (
        <Tag closable color="purple" onClose={() => onCluster(undefined)} style={{ marginBottom: 12 }}>
          {t('tracing.case.clusterFilter', { id: clusterId })}
        </Tag>
      )}
      <Table<CaseListItem>
        {...tableProps}
        rowKey="id"
        size="small"
        columns={columns}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Typography.Text type="secondary">{t('tracing.case.empty')}</Typography.Text> }}
        onRow={(item) => ({ 'data-testid': `case-row-${item.id}` }) as HTMLAttributes<HTMLElement>}
        data-testid="case-table"
      />
      {canManage && (
        <CreateCaseModal
          open={creating}
          onClose={() => setCreating(false)}
          onCreated={(created) => {
            setCreating(false);
            void message.success(t('tracing.case.created', { code: created.code }));
            void navigate(`/tracing/cases/${created.id}`);
          }}
        />
      )}
    </>
  );
}

/**
 * The cases of the jurisdiction, newest first, with their breached clocks. ?clusterId= narrows them to a
 * cluster (so a cluster's page can link here); the tracing group opens cases by hand or from a ledger.
 */
export function CaseList() {
  const [params, setParams] = useSearchParams();
  const clusterId = Number(params.get('clusterId')) || undefined;
  const onCluster = (id: number | undefined) => setParams(id === undefined ? {} : { clusterId: String(id) });
  // Keyed, so another cluster starts the list afresh (filters, page).
  return <CaseBrowser key={clusterId ?? 'all'} clusterId={clusterId} onCluster={onCluster} />;
}
