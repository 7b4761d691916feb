import { useCallback, useState } from 'react';
import { Button, Checkbox, Flex, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../app/format';
import { useFetch } from '../../../app/hooks/useFetch';
import { type Alert, fetchAlerts } from './api';
import { type AlertAction, AlertModals } from './AlertModals';

const kindColour = { fever: 'red', positive: 'magenta', missed_check: 'orange' } as const;
const statusColour = { open: 'red', acknowledged: 'default', transferred: 'blue' } as const;

/** A detail the server sent (a number or a string), as text. */
const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

/** What raised the alert, in words: the temperature, the positive test, or the check that was due. */
function Details({ alert }: { alert: Alert }) {
  const { t } = useTranslation();
  const d = alert.details;
  if (alert.kind === 'fever') return t('healthChecks.alerts.temperature', { temperature: text(d.temperature) });
  if (alert.kind === 'positive') return t('healthChecks.alerts.positive', { day: text(d.day), tube: text(d.tube) });
  return t('healthChecks.alerts.missedSlot', { dueAt: formatDateTime(text(d.dueAt)).slice(0, 16) });
}

/** What became of it: who dealt with it and how, or the hospital the person was sent to. */
function Outcome({ alert }: { alert: Alert }) {
  const { t } = useTranslation();
  if (alert.transfer) return t('healthChecks.alerts.transferredTo', { hospital: alert.transfer.hospital.name });
  if (alert.acknowledged)
    return t('healthChecks.alerts.handled', { by: alert.acknowledged.by ?? '', note: alert.acknowledged.note });
  return null;
}

/** Alerts (fever, positive test, missed check), open first: dealt with here, or the person sent to hospital. */
export function AlertList({ siteId }: { siteId?: number }) {
  const { t } = useTranslation();
  const [onlyOpen, setOnlyOpen] = useState(true);
  const [action, setAction] = useState<AlertAction | null>(null);
  const load = useCallback(
    (signal: AbortSignal) => fetchAlerts({ siteId, ...(onlyOpen ? { status: 'open' as const } : {}) }, signal),
    [siteId, onlyOpen],
  );
  const alerts = useFetch(load);
  const columns: ColumnsType<Alert> = [
    {
      title: t('healthChecks.alerts.person'),
      key: 'person',
      render: (_, a) => (
        <Space direction="vertical" size={0}>
          <Typography.Text strong>{a.quarantine.name}</Typography.Text>
          <Typography.Text type="secondary">
            {a.quarantine.site ? `${a.quarantine.site.name} ${a.quarantine.room ?? ''}` : t('healthChecks.missed.home')}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t('healthChecks.alerts.details'),
      key: 'kind',
      render: (_, a) => (
        <Flex gap={4} wrap align="center">
          <Tag color={kindColour[a.kind]}>{t(`healthChecks.alerts.kind.${a.kind}`)}</Tag>
          <Tag color={statusColour[a.status]}>{t(`healthChecks.alerts.status.${a.status}`)}</Tag>
          <Details alert={a} />
        </Flex>
      ),
    },
    {
      title: t('healthChecks.alerts.raisedAt'),
      key: 'raised',
      render: (_, a) => formatDateTime(a.raisedAt).slice(0, 16),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, a) =>
        a.status === 'transferred' ? (
          <Outcome alert={a} />
        ) : (
          <Flex gap={4} wrap>
            {a.status === 'open' && (
              <Button
                size="small"
                onClick={() => setAction({ alert: a, kind: 'acknowledge' })}
                data-testid={`acknowledge-${a.id}`}
              >
                {t('healthChecks.alerts.acknowledge')}
              </Button>
            )}
            {a.quarantine.status === 'active' && (
              <Button
                size="small"
                danger
                onClick={() => setAction({ alert: a, kind: 'transfer' })}
                data-testid={`transfer-${a.id}`}
              >
                {t('healthChecks.alerts.transfer')}
              </Button>
            )}
            <Outcome alert={a} />
          </Flex>
        ),
    },
  ];
  return (
    <Flex vertical gap={8}>
      <Checkbox checked={onlyOpen} onChange={(e) => setOnlyOpen(e.target.checked)}>
        {t('healthChecks.alerts.onlyOpen')}
      </Checkbox>
      <Table<Alert>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={alerts.data?.items ?? []}
        loading={alerts.loading}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('healthChecks.alerts.empty') }}
        data-testid="alerts-table"
      />
      <AlertModals
        action={action}
        onClose={() => setAction(null)}
        onDone={() => {
          setAction(null);
          alerts.reload();
        }}
      />
    </Flex>
  );
}
