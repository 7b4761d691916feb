import { useCallback, useState } from 'react';
import { App, Button, Flex, Popconfirm, Table, Tag, Tooltip, Typography } from 'antd';
import { FilePdfOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../app/format';
import { useAction } from '../../../app/hooks/useAction';
import { useFetch } from '../../../app/hooks/useFetch';
import { certificateUrl, fetchReleaseDue, releaseQuarantine, type ReleaseDue, type SiteDay } from './api';

/** Each release criterion as a tag: green when it holds, red with the reason when it does not. */
function Criteria({ due }: { due: ReleaseDue }) {
  const { t, i18n } = useTranslation();
  const english = i18n.language.startsWith('en');
  return (
    <Flex gap={4} wrap>
      {due.criteria.map((c) => (
        <Tooltip key={c.criterion} title={english ? c.reasonEn : c.reasonZh}>
          <Tag color={c.ok ? 'green' : 'red'}>{t(`healthChecks.release.criterion.${c.criterion}`)}</Tag>
        </Tooltip>
      ))}
    </Flex>
  );
}

type Released = { quarantineId: number; name: string; certificateNo: string };

/** Persons due for release by the day: release (refused with the reason while a criterion fails), then print. */
export function ReleaseList({ where }: { where: SiteDay }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { run, busy } = useAction();
  const load = useCallback((signal: AbortSignal) => fetchReleaseDue(where, signal), [where]);
  const due = useFetch(load);
  const [released, setReleased] = useState<Released[]>([]);
  const release = (d: ReleaseDue) =>
    run(async () => {
      const done = await releaseQuarantine(d.quarantineId);
      void message.success(t('healthChecks.release.released', { number: done.certificateNo }));
      setReleased((all) => [{ quarantineId: d.quarantineId, name: d.name, certificateNo: done.certificateNo }, ...all]);
      due.reload();
    });
  const columns: ColumnsType<ReleaseDue> = [
    { title: t('healthChecks.tests.name'), dataIndex: 'name' },
    {
      title: t('healthChecks.tests.place'),
      key: 'place',
      render: (_, d) => (d.site ? `${d.site.name} ${d.room ?? ''}` : t('healthChecks.missed.home')),
    },
    {
      title: t('healthChecks.release.plannedEnd'),
      key: 'end',
      render: (_, d) => formatDateTime(d.plannedEnd).slice(0, 16),
    },
    { title: t('healthChecks.release.criteria'), key: 'criteria', render: (_, d) => <Criteria due={d} /> },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, d) => (
        <Popconfirm title={t('healthChecks.release.confirm', { name: d.name })} onConfirm={() => void release(d)}>
          <Button
            size="small"
            type={d.releasable ? 'primary' : 'default'}
            loading={busy}
            data-testid={`release-${d.quarantineId}`}
          >
            {t('healthChecks.release.release')}
          </Button>
        </Popconfirm>
      ),
    },
  ];
  return (
    <Flex vertical gap={12}>
      {released.length > 0 && (
        <Flex vertical gap={4} data-testid="released">
          <Typography.Text strong>{t('healthChecks.release.releasedToday')}</Typography.Text>
          {released.map((r) => (
            <Typography.Link key={r.quarantineId} href={certificateUrl(r.quarantineId)} download>
              <FilePdfOutlined /> {`${r.name} · ${t('healthChecks.release.certificate')} ${r.certificateNo}`}
            </Typography.Link>
          ))}
        </Flex>
      )}
      <Table<ReleaseDue>
        rowKey="quarantineId"
        size="small"
        columns={columns}
        dataSource={due.data ?? []}
        loading={due.loading}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('healthChecks.release.empty') }}
        data-testid="release-table"
      />
    </Flex>
  );
}
