import { useState } from 'react';
import { App, Button, Form, Input, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../app/components/FormModal';
import { formatDateTime } from '../../../app/format';
import { type Fetched } from '../../../app/hooks/useFetch';
import { acknowledgeLate, type PassView } from './api';

/** Minutes past the time allowed (plus grace): at the return, or until now while still out. */
function overBy(pass: PassView, now: number): number {
  const due = Date.parse(pass.exitedAt ?? pass.validFrom) + (pass.maxMinutesOut + pass.lateGraceMinutes) * 60_000;
  const end = pass.returnedAt ? Date.parse(pass.returnedAt) : now;
  return Math.max(0, Math.round((end - due) / 60_000));
}

/** Holders back late or still out past their time, for the grid worker to follow up and mark done. */
export function LateList({ late }: { late: Fetched<PassView[]> }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [following, setFollowing] = useState<PassView | null>(null);
  // The list's own moment: "still out" is counted up to when it was shown.
  const [now] = useState(Date.now);

  const columns: ColumnsType<PassView> = [
    { title: t('passes.list.name'), dataIndex: 'name' },
    { title: t('passes.list.address'), dataIndex: 'address' },
    { title: t('passes.list.area'), key: 'area', render: (_, p) => p.area.name },
    {
      title: t('passes.late.exitedAt'),
      key: 'exited',
      render: (_, p) => (p.exitedAt ? formatDateTime(p.exitedAt) : ''),
    },
    {
      title: t('passes.late.returnedAt'),
      key: 'returned',
      render: (_, p) =>
        p.returnedAt ? formatDateTime(p.returnedAt) : <Tag color="red">{t('passes.late.stillOut')}</Tag>,
    },
    {
      title: '',
      key: 'over',
      render: (_, p) => <Tag color="volcano">{t('passes.late.overBy', { minutes: overBy(p, now) })}</Tag>,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, p) => (
        <Button size="small" onClick={() => setFollowing(p)} data-testid={`late-ack-${p.id}`}>
          {t('passes.late.acknowledge')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <Table<PassView>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={late.data ?? []}
        loading={late.loading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('passes.late.empty') }}
        data-testid="late-table"
      />
      <FormModal<{ note?: string }>
        open={following !== null}
        title={t('passes.late.acknowledgeTitle', { name: following?.name ?? '' })}
        onClose={() => setFollowing(null)}
        onSubmit={async ({ note }) => {
          if (!following) return;
          await acknowledgeLate(following.id, note?.trim() || undefined);
          setFollowing(null);
          void message.success(t('passes.late.acknowledged'));
          late.reload();
        }}
        okText={t('passes.late.acknowledge')}
      >
        <Form.Item name="note" label={t('passes.late.note')} rules={[{ max: 500 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </FormModal>
    </>
  );
}
