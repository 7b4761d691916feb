import { useState } from 'react';
import { Button, Drawer, Flex, Table, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../app/auth/context';
import { hasPermission } from '../../../app/auth/permissions';
import { usePagedQuery } from '../../../app/hooks/usePagedQuery';
import { fetchQuarantinesPage } from './api';
import type { QuarantineFilters, QuarantineListItem } from './api';
import { IntakeModal } from './IntakeModal';
import { PutUnderQuarantineDrawer } from './PutUnderQuarantineDrawer';
import { QuarantineDetails } from './QuarantineDetails';
import { QuarantineFilterForm } from './QuarantineFilterForm';
import { useQuarantineColumns } from './useQuarantineColumns';

const ACTIVE: QuarantineFilters = { status: 'active' };

/** 隔离人员: persons under quarantine, putting one or a list under it, and each one's plan and stays. */
export function PersonsTab() {
  const { t } = useTranslation();
  const canManage = hasPermission(useMe(), 'quarantine.manage');
  const { setFilters, tableProps, reload } = usePagedQuery(fetchQuarantinesPage, ACTIVE);
  // Kept after the drawer closes, so it does not go blank mid-animation.
  const [shown, setShown] = useState<number | null>(null);
  const [dialog, setDialog] = useState<'detail' | 'create' | 'intake' | null>(null);
  const show = (id: number) => {
    setShown(id);
    setDialog('detail');
  };

  const columns = [
    ...useQuarantineColumns(),
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right' as const,
      render: (_: unknown, q: QuarantineListItem) => (
        <Button type="link" size="small" onClick={() => show(q.id)} data-testid={`quarantine-details-${q.id}`}>
          {t('quarantine.list.details')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <Flex justify="space-between" align="start" wrap gap={8}>
        <QuarantineFilterForm onChange={setFilters} />
        {canManage && (
          <Flex gap={8} style={{ marginBottom: 16 }}>
            <Button onClick={() => setDialog('intake')} data-testid="intake-open">
              {t('quarantine.intake.button')}
            </Button>
            <Button type="primary" onClick={() => setDialog('create')} data-testid="quarantine-create">
              {t('quarantine.create.button')}
            </Button>
          </Flex>
        )}
      </Flex>
      <Table<QuarantineListItem>
        {...tableProps}
        rowKey="id"
        size="small"
        columns={columns}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Typography.Text type="secondary">{t('quarantine.list.empty')}</Typography.Text> }}
        onRow={(q) => ({ 'data-testid': `quarantine-row-${q.id}` }) as HTMLAttributes<HTMLElement>}
      />
      <Drawer
        open={dialog === 'detail'}
        onClose={() => setDialog(null)}
        title={t('quarantine.detail.title')}
        size={720}
        styles={{ wrapper: { maxWidth: '100vw' } }}
        // Mounted only while open: each opening reads (and so audits) the record afresh.
        destroyOnHidden
      >
        {shown !== null && <QuarantineDetails key={shown} quarantineId={shown} onChanged={reload} />}
      </Drawer>
      <PutUnderQuarantineDrawer
        open={dialog === 'create'}
        onClose={() => setDialog(null)}
        onCreated={(created) => {
          reload();
          show(created.id);
        }}
      />
      <IntakeModal open={dialog === 'intake'} onClose={() => setDialog(null)} onDone={reload} />
    </>
  );
}
