import { useCallback } from 'react';
import { Alert, Descriptions, Drawer, Flex, Skeleton, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../app/format';
import { useFetch } from '../../../app/hooks/useFetch';
import { type Entry, fetchEntry } from './api';

type Person = Entry['people'][number];

function EntryDetails({ entryId }: { entryId: number }) {
  const { t } = useTranslation();
  const load = useCallback((signal: AbortSignal) => fetchEntry(entryId, signal), [entryId]);
  const { data: entry } = useFetch(load);
  if (!entry) return <Skeleton active />;
  return (
    <Flex vertical gap="middle" data-testid="checkpoint-entry-detail">
      <Alert type="info" showIcon title={t('checkpoints.detail.audited')} />
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('checkpoints.checkpoint')}>{entry.checkpoint.name}</Descriptions.Item>
        <Descriptions.Item label={t('checkpoints.at')}>
          {formatDateTime(entry.at)} · {t(`checkpoints.directions.${entry.direction}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('checkpoints.plate')}>
          {entry.plate ?? t('checkpoints.walkIn')} · {t(`checkpoints.vehicleKinds.${entry.vehicleKind}`)}
        </Descriptions.Item>
        <Descriptions.Item label={`${t('checkpoints.origin')} → ${t('checkpoints.destination')}`}>
          {`${entry.origin ?? ''} → ${entry.destination ?? ''}`}
        </Descriptions.Item>
        <Descriptions.Item label={t('checkpoints.persons')}>{entry.persons}</Descriptions.Item>
        <Descriptions.Item label={t('checkpoints.healthCode')}>
          {t(`checkpoints.healthCodes.${entry.healthCode}`)} · {t(`checkpoints.testProofs.${entry.testProof}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('checkpoints.action')}>
          {t(`checkpoints.actions.${entry.action}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('checkpoints.note')}>{entry.note}</Descriptions.Item>
        <Descriptions.Item label={t('checkpoints.recordedBy')}>{entry.recordedBy}</Descriptions.Item>
      </Descriptions>
      <Table<Person & { key: number }>
        size="small"
        pagination={false}
        title={() => t('checkpoints.people')}
        dataSource={entry.people.map((person, key) => ({ ...person, key }))}
        data-testid="checkpoint-entry-people"
        columns={[
          { key: 'name', title: t('checkpoints.personName'), dataIndex: 'name' },
          { key: 'idNumber', title: t('checkpoints.idNumber'), dataIndex: 'idNumber' },
          { key: 'phone', title: t('checkpoints.phone'), dataIndex: 'phone' },
        ]}
      />
    </Flex>
  );
}

/**
 * One entry of the ledger with its people in full (ID numbers and phones). Its content mounts only while
 * open and fetches afresh each time: every read is audited, so nothing is read until the user asks.
 */
export function EntryDrawer({ entryId, onClose }: { entryId: number | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Drawer
      open={entryId !== null}
      onClose={onClose}
      title={t('checkpoints.detail.title')}
      size={560}
      styles={{ wrapper: { maxWidth: '100vw' } }}
      destroyOnHidden
    >
      {entryId !== null && <EntryDetails key={entryId} entryId={entryId} />}
    </Drawer>
  );
}
