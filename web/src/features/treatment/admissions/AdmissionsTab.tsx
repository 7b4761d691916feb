import { useState } from 'react';
import { App, Button, Flex, Form, Grid, Input, Select } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useMe } from '../../../app/auth/context';
import { hasPermission } from '../../../app/auth/permissions';
import { FilterForm } from '../../../app/components/FilterForm';
import { useFetch } from '../../../app/hooks/useFetch';
import { usePagedQuery } from '../../../app/hooks/usePagedQuery';
import { fetchAdmissionsPage, fetchPendingTransfers } from '../api';
import type { AdmissionFilters, PendingTransfer } from '../api';
import { AdmissionCards, AdmissionTable } from './AdmissionRows';
import { AdmitDrawer } from './AdmitDrawer';
import { PendingTransfers } from './PendingTransfers';

type Status = 'active' | 'ended' | 'all';
type Values = { q?: string; status?: Status };

const toFilters = ({ q, status }: Values): AdmissionFilters => ({
  q: q?.trim() || undefined,
  status: status === 'all' ? undefined : (status ?? 'active'),
});

/** Who is in hospital (by default) or has left, with the transfers from quarantine waiting to be admitted. */
export function AdmissionsTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const canManage = hasPermission(useMe(), 'treatment.manage');
  // Breakpoints are unknown for the first render; assume a wide screen until told otherwise.
  const narrow = Grid.useBreakpoint().md === false;
  const { setFilters, tableProps } = usePagedQuery(fetchAdmissionsPage, { status: 'active' });
  const { data: transfers } = useFetch(fetchPendingTransfers);
  const [admitting, setAdmitting] = useState<{ transfer?: PendingTransfer } | null>(null);

  return (
    <>
      <PendingTransfers
        transfers={transfers ?? []}
        onAdmit={canManage ? (transfer) => setAdmitting({ transfer }) : undefined}
      />
      <Flex justify="space-between" align="start" wrap gap={8}>
        <FilterForm<Values, AdmissionFilters>
          name="admissionSearch"
          toFilters={toFilters}
          cleared={{ status: 'active' }}
          onChange={setFilters}
        >
          <Form.Item name="status" initialValue="active">
            <Select<Status>
              style={{ width: 120 }}
              options={(['active', 'ended', 'all'] as const).map((value) => ({
                value,
                label: t(`treatment.admission.${value}`),
              }))}
            />
          </Form.Item>
          <Form.Item name="q">
            <Input allowClear maxLength={50} placeholder={t('treatment.admission.search')} />
          </Form.Item>
        </FilterForm>
        {canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdmitting({})} data-testid="admit-open">
            {t('treatment.admission.admit')}
          </Button>
        )}
      </Flex>
      {narrow ? <AdmissionCards tableProps={tableProps} /> : <AdmissionTable tableProps={tableProps} />}
      {canManage && (
        <AdmitDrawer
          open={admitting !== null}
          transfer={admitting?.transfer}
          onClose={() => setAdmitting(null)}
          onAdmitted={(admission) => {
            setAdmitting(null);
            void message.success(t('treatment.admission.admitted', { name: admission.case.name }));
            void navigate(`/treatment/admissions/${admission.id}`);
          }}
        />
      )}
    </>
  );
}
