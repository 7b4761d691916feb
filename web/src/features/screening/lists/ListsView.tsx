import { useState } from 'react';
import { Button, Flex, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../app/auth/context';
import { hasPermission } from '../../../app/auth/permissions';
import { usePagedQuery } from '../../../app/hooks/usePagedQuery';
import { fetchListsPage } from '../api';
import type { ImportReply, ScreeningList } from '../api';
import { CreateListModal } from './CreateListModal';
import { ImportListModal } from './ImportListModal';
import { ImportResultModal } from './ImportResultModal';
import { useListColumns } from './useListColumns';

const NO_FILTERS = {};

/** The screening lists concerning the jurisdiction with their persons counted; tracing staff bring new ones in. */
export function ListsView() {
  const { t } = useTranslation();
  const canManage = hasPermission(useMe(), 'keyperson.manage');
  const { tableProps, reload } = usePagedQuery(fetchListsPage, NO_FILTERS);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<ImportReply | null>(null);
  const [importing, setImporting] = useState<ScreeningList | null>(null);
  const columns = useListColumns(canManage, setImporting);

  return (
    <>
      {canManage && (
        <Flex justify="end" style={{ marginBottom: 8 }}>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="screening-list-create"
          >
            {t('screening.list.create')}
          </Button>
        </Flex>
      )}
      <Table<ScreeningList>
        {...tableProps}
        rowKey="id"
        size="small"
        columns={columns}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Typography.Text type="secondary">{t('screening.list.empty')}</Typography.Text> }}
        onRow={(list) => ({ 'data-testid': `screening-list-row-${list.id}` }) as HTMLAttributes<HTMLElement>}
        data-testid="screening-lists"
      />
      {canManage && (
        <>
          <CreateListModal
            open={creating}
            onClose={() => setCreating(false)}
            onCreated={(reply) => {
              setCreating(false);
              setCreated(reply);
              reload();
            }}
          />
          <ImportResultModal reply={created} onClose={() => setCreated(null)} />
          <ImportListModal list={importing} onClose={() => setImporting(null)} onImported={reload} />
        </>
      )}
    </>
  );
}
