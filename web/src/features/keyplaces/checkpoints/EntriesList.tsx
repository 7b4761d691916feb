import { useState } from 'react';
import { Button, Form, Input, Select, Table, Tag } from 'antd';
import { DownloadOutlined, EyeOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { FilterForm } from '../../../app/components/FilterForm';
import { formatDateTime } from '../../../app/format';
import { usePagedQuery } from '../../../app/hooks/usePagedQuery';
import {
  checkpointActions,
  directions,
  type Entry,
  type EntryFilter,
  entriesWorkbookUrl,
  fetchEntriesPage,
  vehicleKinds,
} from './api';
import { EntryDrawer } from './EntryDrawer';

const codeColor = { green: 'green', yellow: 'gold', red: 'red', none: 'default' } as const;
type Values = Pick<EntryFilter, 'direction' | 'action' | 'vehicleKind' | 'plate'>;

/**
 * The ledger of the chosen checkpoint and days, filtered, with ID numbers and phones masked; one entry opens
 * in full (an audited read) on request. Mounted anew (keyed) for each checkpoint and span.
 */
export function EntriesList({ span }: { span: Pick<EntryFilter, 'checkpointId' | 'from' | 'to'> }) {
  const { t } = useTranslation();
  const { filters, setFilters, tableProps } = usePagedQuery<EntryFilter, Entry>(fetchEntriesPage, span);
  const [opened, setOpened] = useState<number | null>(null);

  return (
    <>
      <FilterForm<Values, EntryFilter>
        name="checkpoint-entries"
        toFilters={(values) => ({ ...span, ...values, plate: values.plate?.trim() || undefined })}
        cleared={span}
        onChange={setFilters}
      >
        <Form.Item name="direction">
          <Select
            allowClear
            placeholder={t('checkpoints.direction')}
            style={{ width: 90 }}
            options={directions.map((d) => ({ value: d, label: t(`checkpoints.directions.${d}`) }))}
          />
        </Form.Item>
        <Form.Item name="vehicleKind">
          <Select
            allowClear
            placeholder={t('checkpoints.vehicleKind')}
            style={{ width: 130 }}
            options={vehicleKinds.map((k) => ({ value: k, label: t(`checkpoints.vehicleKinds.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="action">
          <Select
            allowClear
            placeholder={t('checkpoints.action')}
            style={{ width: 120 }}
            options={checkpointActions.map((a) => ({ value: a, label: t(`checkpoints.actions.${a}`) }))}
          />
        </Form.Item>
        <Form.Item name="plate">
          <Input allowClear placeholder={t('checkpoints.list.platePrefix')} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item>
          <Button icon={<DownloadOutlined />} href={entriesWorkbookUrl(filters)} data-testid="checkpoint-export">
            {t('checkpoints.list.export')}
          </Button>
        </Form.Item>
      </FilterForm>
      <Table<Entry>
        {...tableProps}
        rowKey="id"
        size="small"
        scroll={{ x: 'max-content' }}
        data-testid="checkpoint-entries"
        columns={[
          { key: 'at', title: t('checkpoints.at'), render: (_, e) => formatDateTime(e.at) },
          { key: 'checkpoint', title: t('checkpoints.checkpoint'), render: (_, e) => e.checkpoint.name },
          {
            key: 'direction',
            title: t('checkpoints.direction'),
            render: (_, e) => t(`checkpoints.directions.${e.direction}`),
          },
          { key: 'plate', title: t('checkpoints.plate'), render: (_, e) => e.plate ?? t('checkpoints.walkIn') },
          {
            key: 'kind',
            title: t('checkpoints.vehicleKind'),
            render: (_, e) => t(`checkpoints.vehicleKinds.${e.vehicleKind}`),
          },
          {
            key: 'route',
            title: `${t('checkpoints.origin')} → ${t('checkpoints.destination')}`,
            render: (_, e) => `${e.origin ?? ''} → ${e.destination ?? ''}`,
          },
          { key: 'persons', title: t('checkpoints.persons'), dataIndex: 'persons' },
          {
            key: 'people',
            title: t('checkpoints.people'),
            render: (_, e) => e.people.map((p) => [p.name, p.idNumber, p.phone].filter(Boolean).join(' ')).join('；'),
          },
          {
            key: 'code',
            title: t('checkpoints.healthCode'),
            render: (_, e) => <Tag color={codeColor[e.healthCode]}>{t(`checkpoints.healthCodes.${e.healthCode}`)}</Tag>,
          },
          {
            key: 'proof',
            title: t('checkpoints.testProof'),
            render: (_, e) => t(`checkpoints.testProofs.${e.testProof}`),
          },
          { key: 'action', title: t('checkpoints.action'), render: (_, e) => t(`checkpoints.actions.${e.action}`) },
          { key: 'note', title: t('checkpoints.note'), dataIndex: 'note' },
          { key: 'by', title: t('checkpoints.recordedBy'), dataIndex: 'recordedBy' },
          {
            key: 'open',
            fixed: 'right',
            render: (_, e) => (
              <Button
                size="small"
                icon={<EyeOutlined />}
                onClick={() => setOpened(e.id)}
                data-testid={`checkpoint-entry-open-${e.id}`}
              >
                {t('checkpoints.list.open')}
              </Button>
            ),
          },
        ]}
      />
      <EntryDrawer entryId={opened} onClose={() => setOpened(null)} />
    </>
  );
}
