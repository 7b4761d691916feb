import { useState } from 'react';
import { App, Button, Card, Flex, Input, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../app/auth/context';
import { hasPermission } from '../../../app/auth/permissions';
import { formatDateTime } from '../../../app/format';
import { useAction } from '../../../app/hooks/useAction';
import { decideResumption, requestResumption } from './api';
import type { EnterpriseDetail } from './api';
import { ResumptionTag } from './LedgerTags';

/**
 * 复工复产: the unit (or staff) asks, another keeper of ledgers decides with a note. The server refuses a
 * decision by whoever asked; the buttons are hidden from them too.
 */
export function ResumptionCard({ detail, onChanged }: { detail: EnterpriseDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const { run, busy } = useAction();
  const [note, setNote] = useState('');
  const pending = detail.resumptions.find((r) => r.status === 'requested');
  const canDecide = hasPermission(me, 'keyplace.manage') && pending !== undefined && pending.requestedById !== me.id;
  const act = (work: () => Promise<unknown>, done: string) =>
    void run(async () => {
      await work();
      setNote('');
      void message.success(done);
      onChanged();
    });
  return (
    <Card size="small" title={t('enterprises.resumptionTitle')} style={{ marginTop: 16 }}>
      <List
        size="small"
        dataSource={detail.resumptions}
        renderItem={(r) => (
          <List.Item>
            <Flex vertical>
              <span>
                <ResumptionTag status={r.status} />{' '}
                {t('enterprises.requestedBy', { who: r.requestedBy, at: formatDateTime(r.requestedAt) })}
                {r.requestNote ? `：${r.requestNote}` : ''}
              </span>
              {r.decidedAt && (
                <Typography.Text type="secondary">
                  {t('enterprises.decidedBy', {
                    who: r.decidedBy,
                    at: formatDateTime(r.decidedAt),
                    note: r.decisionNote,
                  })}
                </Typography.Text>
              )}
            </Flex>
          </List.Item>
        )}
      />
      {(detail.canEdit && !pending) || canDecide ? (
        <Flex vertical gap={8}>
          <Input.TextArea
            value={note}
            onChange={(e) => setNote(e.target.value)}
            maxLength={500}
            placeholder={t(canDecide ? 'enterprises.decisionNote' : 'enterprises.requestNote')}
            autoSize={{ minRows: 1, maxRows: 3 }}
            data-testid="resumption-note"
          />
          {canDecide ? (
            <Flex gap={8}>
              <Button
                type="primary"
                loading={busy}
                disabled={note.trim() === ''}
                onClick={() => act(() => decideResumption(detail.ledger.id, true, note), t('enterprises.decided'))}
                data-testid="resumption-approve"
              >
                {t('enterprises.approve')}
              </Button>
              <Button
                danger
                loading={busy}
                disabled={note.trim() === ''}
                onClick={() => act(() => decideResumption(detail.ledger.id, false, note), t('enterprises.decided'))}
              >
                {t('enterprises.reject')}
              </Button>
            </Flex>
          ) : (
            <Button
              loading={busy}
              onClick={() =>
                act(() => requestResumption(detail.ledger.id, note || undefined), t('enterprises.requested'))
              }
              data-testid="resumption-request"
            >
              {t('enterprises.requestResumption')}
            </Button>
          )}
        </Flex>
      ) : null}
    </Card>
  );
}
