import { useState } from 'react';
import { App, Button, Flex, Form, Input, Select, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../app/components/FormModal';
import { formatDateTime } from '../../../app/format';
import { useAction } from '../../../app/hooks/useAction';
import { usePagedQuery } from '../../../app/hooks/usePagedQuery';
import { fetchPass, fetchPassesPage, type PassFilters, type PassView, revokePass } from './api';
import { PassCard } from './PassCard';

const short = (iso: string) => formatDateTime(iso).slice(5, 16);

/** Where the holder is, by the gates' log. */
export function OutingTag({ pass }: { pass: PassView }) {
  const { t } = useTranslation();
  if (pass.returnedAt) return <Tag color="blue">{t('passes.outing.back', { time: short(pass.returnedAt) })}</Tag>;
  if (pass.exitedAt) return <Tag color="orange">{t('passes.outing.out', { time: short(pass.exitedAt) })}</Tag>;
  return <Tag>{t('passes.outing.none')}</Tag>;
}

/** The passes of the jurisdiction, newest first: shown again to print, or revoked with a reason. */
export function PassList() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { run } = useAction();
  const { filters, setFilters, tableProps, reload } = usePagedQuery<PassFilters, PassView>(fetchPassesPage, {});
  const [shown, setShown] = useState<{ pass: PassView; token: string } | null>(null);
  const [revoking, setRevoking] = useState<PassView | null>(null);

  const columns: ColumnsType<PassView> = [
    { title: '#', dataIndex: 'id' },
    { title: t('passes.list.name'), dataIndex: 'name' },
    { title: t('passes.list.address'), dataIndex: 'address' },
    { title: t('passes.list.area'), key: 'area', render: (_, p) => p.area.name },
    { title: t('passes.list.valid'), key: 'valid', render: (_, p) => `${short(p.validFrom)} – ${short(p.validTo)}` },
    {
      title: t('passes.list.status'),
      key: 'status',
      render: (_, p) => (
        <Space size={4}>
          <Tag color={p.status === 'revoked' ? 'default' : 'green'}>{t(`passes.status.${p.status}`)}</Tag>
          {p.lateAt && <Tag color="red">{t('passes.status.late')}</Tag>}
        </Space>
      ),
    },
    { title: t('passes.list.outing'), key: 'outing', render: (_, p) => <OutingTag pass={p} /> },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, p) => (
        <Space>
          <Button
            size="small"
            onClick={() => void run(async () => setShown(await fetchPass(p.id)))}
            data-testid={`pass-show-${p.id}`}
          >
            {t('passes.list.show')}
          </Button>
          {p.status === 'issued' && (
            <Button size="small" danger onClick={() => setRevoking(p)} data-testid={`pass-revoke-${p.id}`}>
              {t('passes.list.revoke')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <>
      <Flex gap={8} style={{ marginBottom: 16 }}>
        <Select
          allowClear
          style={{ minWidth: 160 }}
          placeholder={t('passes.list.allStatuses')}
          value={filters.status}
          onChange={(status?: PassFilters['status']) => setFilters({ ...filters, status })}
          options={(['issued', 'revoked', 'out', 'late'] as const).map((s) => ({
            value: s,
            label: t(`passes.status.${s}`),
          }))}
        />
      </Flex>
      <Table<PassView>
        {...tableProps}
        rowKey="id"
        size="small"
        columns={columns}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('passes.list.empty') }}
        data-testid="pass-table"
      />
      {shown && <PassCard pass={shown.pass} token={shown.token} onClose={() => setShown(null)} />}
      <FormModal<{ reason: string }>
        open={revoking !== null}
        title={t('passes.list.revokeTitle', { id: revoking?.id ?? '' })}
        onClose={() => setRevoking(null)}
        onSubmit={async ({ reason }) => {
          if (!revoking) return;
          await revokePass(revoking.id, reason);
          setRevoking(null);
          void message.success(t('passes.list.revoked'));
          reload();
        }}
        okText={t('passes.list.revoke')}
        okTestId="revoke-submit"
        danger
      >
        <Form.Item
          name="reason"
          label={t('passes.list.revokeReason')}
          rules={[{ required: true, whitespace: true, max: 500 }]}
        >
          <Input.TextArea rows={2} data-testid="revoke-reason" />
        </Form.Item>
      </FormModal>
    </>
  );
}
