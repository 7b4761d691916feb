import { useCallback, useState } from 'react';
import { Button, Descriptions, Empty, Flex, List, Skeleton, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../app/auth/context';
import { hasPermission } from '../../../app/auth/permissions';
import { useFetch } from '../../../app/hooks/useFetch';
import { formatMinute } from '../../testing/time';
import { fetchResidentStatus } from './api';
import type { ResidentStatus } from './api';
import { ColourTag, ReasonList } from './ColourTag';
import { OverrideList } from './OverrideList';
import { ProposeOverrideModal } from './ProposeOverrideModal';

/** The records behind each fact, one line each. */
function FactLines({ facts }: { facts: ResidentStatus['facts'] }) {
  const { t } = useTranslation();
  const lines = [
    ...facts.cases.map((c) =>
      t('healthStatus.detail.cases', {
        code: c.code,
        classification: t(`tracing.classifications.${c.classification}`, { defaultValue: c.classification }),
      }),
    ),
    ...facts.fevers.map((f) =>
      t('healthStatus.detail.fever', { temperature: f.temperature, at: formatMinute(f.checkedAt) }),
    ),
    ...facts.quarantines.map((q) =>
      t('healthStatus.detail.quarantine', {
        group: t(`protocols.groups.${q.group}`, { defaultValue: q.group }),
        mode: t(`healthStatus.modes.${q.mode}`, { defaultValue: q.mode }),
        end: formatMinute(q.plannedEnd),
      }),
    ),
    ...facts.areas.map((a) =>
      t('healthStatus.detail.area', {
        name: a.name,
        level: t(`protocols.levels.${a.level}`, { defaultValue: a.level }),
        closure: t(`healthStatus.closures.${a.closure}`, { defaultValue: a.closure }),
      }),
    ),
    ...facts.overdueTests.map((test) => t('healthStatus.detail.overdueTest', { date: test.dueDate })),
  ];
  if (lines.length === 0) return <Typography.Text type="secondary">{t('healthStatus.detail.noFacts')}</Typography.Text>;
  return <List size="small" dataSource={lines} renderItem={(line) => <List.Item>{line}</List.Item>} />;
}

function StatusDetails({ status, onPropose }: { status: ResidentStatus; onPropose: (() => void) | null }) {
  const { t } = useTranslation();
  const { resident } = status;
  return (
    <Flex vertical gap={16}>
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={resident.name}>
          {resident.idNumber} · {resident.grid.name} · {resident.householdAddress ?? '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('healthStatus.detail.colour')}>
          <span data-testid="status-colour">
            <ColourTag colour={status.colour} />
          </span>
          {status.since ? formatMinute(status.since) : t('healthStatus.detail.alwaysGreen')}
        </Descriptions.Item>
        <Descriptions.Item label={t('healthStatus.detail.reasons')}>
          {status.reasons.length === 0
            ? t('healthStatus.detail.noReasons')
            : status.reasons.map(({ reason, basis }) => (
                <div key={reason}>
                  <ReasonList reasons={[reason]} />
                  {basis && (
                    <Typography.Text type="secondary">
                      {' · '}
                      {t('healthStatus.detail.protocolVersion', { name: basis.name, version: basis.version })}{' '}
                      {t('healthStatus.detail.rule', { rule: basis.rule })}
                    </Typography.Text>
                  )}
                  {reason === 'override' && status.override && (
                    <Typography.Text type="secondary">
                      {' · '}
                      {status.override.reason} ({status.override.proposedBy.name} / {status.override.decidedBy?.name})
                    </Typography.Text>
                  )}
                </div>
              ))}
        </Descriptions.Item>
        <Descriptions.Item label={t('healthStatus.detail.protocol')}>
          {t('healthStatus.detail.protocolVersion', { name: status.protocol.name, version: status.protocol.version })}
        </Descriptions.Item>
      </Descriptions>
      {onPropose && (
        <Button onClick={onPropose} data-testid="propose-override">
          {t('healthStatus.override.propose')}
        </Button>
      )}
      <Typography.Title level={5}>{t('healthStatus.detail.facts')}</Typography.Title>
      <FactLines facts={status.facts} />
      <Typography.Title level={5}>{t('healthStatus.detail.history')}</Typography.Title>
      <Timeline
        items={status.history.map((change, i) => ({
          key: `${change.changedAt}-${i}`,
          content: (
            <Flex wrap gap={8} align="center">
              <Typography.Text type="secondary">{formatMinute(change.changedAt)}</Typography.Text>
              <ColourTag colour={change.fromColour} />→<ColourTag colour={change.toColour} />
              <ReasonList reasons={change.reasons} />
              <Typography.Text type="secondary">
                {t('healthStatus.detail.historyBasis', {
                  protocol: change.protocol.name,
                  version: change.protocol.version,
                })}
              </Typography.Text>
            </Flex>
          ),
        }))}
      />
      <Typography.Title level={5}>{t('healthStatus.detail.overrides')}</Typography.Title>
      <OverrideList overrides={status.overrides} />
    </Flex>
  );
}

/** A resident's health status with its basis, facts and history; proposing an override where permitted. */
export function ResidentStatusView({ residentId, onChanged }: { residentId: number; onChanged: () => void }) {
  const canOverride = hasPermission(useMe(), 'healthstatus.override');
  const [proposing, setProposing] = useState(false);
  const load = useCallback((signal: AbortSignal) => fetchResidentStatus(residentId, signal), [residentId]);
  const { data, error } = useFetch(load);
  // A failed read is shown by useFetch; the drawer then stays empty.
  if (!data) return error ? <Empty /> : <Skeleton active />;
  return (
    <>
      <StatusDetails status={data} onPropose={canOverride ? () => setProposing(true) : null} />
      <ProposeOverrideModal
        open={proposing}
        residentId={residentId}
        onClose={() => setProposing(false)}
        onProposed={() => {
          setProposing(false);
          // The parent reads everything again, this status included.
          onChanged();
        }}
      />
    </>
  );
}
