import { useState } from 'react';
import { App, Button, Flex, Form, Input, Select, Table, Typography } from 'antd';
import { PlusOutlined, SyncOutlined } from '@ant-design/icons';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useMe } from '../../../app/auth/context';
import { hasPermission } from '../../../app/auth/permissions';
import { FilterForm } from '../../../app/components/FilterForm';
import { useAction } from '../../../app/hooks/useAction';
import { usePagedQuery } from '../../../app/hooks/usePagedQuery';
import { fetchAreasPage, runLifting } from './api';
import type { AreaFilters, AreaStatus, AreaSummary } from './api';
import { DesignateDrawer } from './DesignateDrawer';
import { PendingChanges } from './PendingChanges';
import { useAreaColumns } from './useAreaColumns';
import { areaStatuses } from './vocabulary';

type FilterValues = { status?: AreaStatus; q?: string };

function AreaFilterForm({ onChange }: { onChange: (filters: AreaFilters) => void }) {
  const { t } = useTranslation();
  return (
    <FilterForm<FilterValues, AreaFilters>
      name="areaFilters"
      toFilters={({ status, q }) => ({ status, q: q?.trim() || undefined })}
      cleared={{}}
      onChange={onChange}
    >
      <Form.Item name="status">
        <Select
          allowClear
          style={{ width: 140 }}
          placeholder={t('riskAreas.list.allStatuses')}
          options={areaStatuses.map((value) => ({ value, label: t(`riskAreas.status.${value}`) }))}
        />
      </Form.Item>
      <Form.Item name="q">
        <Input allowClear placeholder={t('riskAreas.list.search')} maxLength={50} />
      </Form.Item>
    </FilterForm>
  );
}

/** Asks the platform to check the lifting criteria now (it also does so every hour). */
function RunLiftingButton({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { run, busy } = useAction();
  return (
    <Button
      icon={<SyncOutlined />}
      loading={busy}
      onClick={() =>
        void run(async () => {
          void message.info(t('riskAreas.list.lifted', await runLifting()));
          onDone();
        })
      }
    >
      {t('riskAreas.list.runLifting')}
    </Button>
  );
}

/** The risk areas touching the jurisdiction, live ones first; changes awaiting the user's decision above them. */
export function AreaList() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useMe();
  const canPropose = hasPermission(me, 'riskarea.propose');
  const canApprove = hasPermission(me, 'riskarea.approve');
  const [designating, setDesignating] = useState(false);
  // Bumped after a lifting run, which may have proposed changes: the pending list is read again.
  const [pendingVersion, setPendingVersion] = useState(0);
  const { setFilters, tableProps, reload } = usePagedQuery(fetchAreasPage, {});
  const columns = useAreaColumns();

  return (
    <Flex vertical gap={16}>
      {canApprove && <PendingChanges key={pendingVersion} />}
      <Flex justify="space-between" align="start" wrap gap={8}>
        <AreaFilterForm onChange={setFilters} />
        <Flex wrap gap={8}>
          {canPropose && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setDesignating(true)}
              data-testid="area-designate"
            >
              {t('riskAreas.list.designate')}
            </Button>
          )}
          {(canPropose || canApprove) && (
            <RunLiftingButton
              onDone={() => {
                setPendingVersion((v) => v + 1);
                reload();
              }}
            />
          )}
        </Flex>
      </Flex>
      <Table<AreaSummary>
        {...tableProps}
        rowKey="id"
        size="small"
        columns={columns}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Typography.Text type="secondary">{t('riskAreas.list.empty')}</Typography.Text> }}
        onRow={(area) => ({ 'data-testid': `area-row-${area.code}` }) as HTMLAttributes<HTMLElement>}
        data-testid="area-table"
      />
      {canPropose && (
        <DesignateDrawer
          open={designating}
          onClose={() => setDesignating(false)}
          onCreated={(area) => {
            setDesignating(false);
            void message.success(t('riskAreas.designate.created', { code: area.code }));
            void navigate(`/control/areas/${area.id}`);
          }}
        />
      )}
    </Flex>
  );
}
