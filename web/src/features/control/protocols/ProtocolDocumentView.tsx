import type { ReactNode } from 'react';
import { Descriptions, Flex, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProtocolDocument } from './api';

type Group = { key: string } & NonNullable<ProtocolDocument['quarantine']['groups']['close_contact']>;
type Level = { key: string } & ProtocolDocument['riskAreas']['levels'][string];

/** The unit a tracing limit is counted in, by its name (reportWithinHours, windowDays…). */
const unitOf = (key: string) =>
  /(Hours|Days|Minutes)$/.exec(key)?.[1]?.toLowerCase() as 'hours' | 'days' | 'minutes' | undefined;

const days = (list: number[]) => (list.length === 0 ? '—' : list.join('、'));

function QuarantinePart({ quarantine }: { quarantine: ProtocolDocument['quarantine'] }) {
  const { t } = useTranslation();
  const groups: Group[] = Object.entries(quarantine.groups).flatMap(([key, rules]) =>
    rules ? [{ key, ...rules }] : [],
  );
  const columns: TableColumnsType<Group> = [
    {
      key: 'group',
      title: t('protocols.view.group'),
      render: (_, g) => t(`protocols.groups.${g.key}`, { defaultValue: g.key }),
    },
    {
      key: 'centralizedDays',
      title: t('protocols.view.centralizedDays'),
      dataIndex: 'centralizedDays',
      align: 'right',
    },
    { key: 'homeDays', title: t('protocols.view.homeDays'), dataIndex: 'homeDays', align: 'right' },
    { key: 'testDays', title: t('protocols.view.testDays'), render: (_, g) => days(g.testDays) },
    { key: 'homeTestDays', title: t('protocols.view.homeTestDays'), render: (_, g) => days(g.homeTestDays) },
  ];
  return (
    <>
      <Table<Group> rowKey="key" size="small" pagination={false} columns={columns} dataSource={groups} />
      <Descriptions size="small" column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label={t('protocols.view.checksPerDay')}>{quarantine.checksPerDay}</Descriptions.Item>
        <Descriptions.Item label={t('protocols.view.feverCelsius')}>{quarantine.feverCelsius}</Descriptions.Item>
        <Descriptions.Item label={t('protocols.view.releaseNeedsNegativeLastTest')}>
          {t(quarantine.releaseNeedsNegativeLastTest ? 'protocols.view.yes' : 'protocols.view.no')}
        </Descriptions.Item>
      </Descriptions>
    </>
  );
}

function RiskAreaPart({ levels }: { levels: ProtocolDocument['riskAreas']['levels'] }) {
  const { t } = useTranslation();
  const level = (key: string | null) =>
    key ? t(`protocols.levels.${key}`, { defaultValue: key }) : t('protocols.view.byPerson');
  const rows: Level[] = Object.entries(levels)
    .map(([key, rules]) => ({ key, ...rules }))
    .sort((a, b) => b.rank - a.rank);
  const optional = (value: number | undefined) => value ?? '—';
  const columns: TableColumnsType<Level> = [
    { key: 'level', title: t('protocols.view.level'), render: (_, l) => level(l.key) },
    { key: 'rank', title: t('protocols.view.rank'), dataIndex: 'rank', align: 'right' },
    {
      key: 'closure',
      title: t('protocols.view.closure'),
      render: (_, l) => (l.closure ? t(`protocols.closures.${l.closure}`) : t('protocols.view.open')),
    },
    { key: 'next', title: t('protocols.view.next'), render: (_, l) => level(l.next) },
    { key: 'cleanDays', title: t('protocols.view.cleanDays'), render: (_, l) => optional(l.cleanDays) },
    {
      key: 'cleanDaysAfterDowngrade',
      title: t('protocols.view.cleanDaysAfterDowngrade'),
      render: (_, l) => optional(l.cleanDaysAfterDowngrade),
    },
    {
      key: 'negativeRoundWithinDays',
      title: t('protocols.view.negativeRoundWithinDays'),
      render: (_, l) => optional(l.negativeRoundWithinDays),
    },
  ];
  return <Table<Level> rowKey="key" size="small" pagination={false} columns={columns} dataSource={rows} />;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div>
      <Typography.Title level={5}>{title}</Typography.Title>
      {children}
    </div>
  );
}

/** A protocol version's document as people read it: quarantine, risk levels, passes, health status, tracing. */
export function ProtocolDocumentView({ document }: { document: ProtocolDocument }) {
  const { t } = useTranslation();
  const { passes, healthStatus, tracing } = document;
  const facts = (list: string[]) =>
    list.length === 0 ? '—' : list.map((fact) => t(`healthStatus.reasons.${fact}`, { defaultValue: fact })).join('、');
  const unitLabel = (key: string) => {
    const unit = unitOf(key);
    return unit ? t(`tracing.rules.${unit}`) : '';
  };
  const tracingLimits = Object.entries(tracing).flatMap(([key, value]) =>
    typeof value === 'number' ? [[key, value] as const] : Object.entries(value).map(([k, v]) => [k, v] as const),
  );
  return (
    <Flex vertical gap={16} data-testid="protocol-document">
      <Section title={t('protocols.view.quarantine')}>
        <QuarantinePart quarantine={document.quarantine} />
      </Section>
      <Section title={t('protocols.view.riskAreas')}>
        <RiskAreaPart levels={document.riskAreas.levels} />
      </Section>
      <Section title={t('protocols.view.passes')}>
        <Descriptions size="small" column={1}>
          {(['sealed', 'controlled'] as const).map((closure) => (
            <Descriptions.Item key={closure} label={t(`protocols.closures.${closure}`)}>
              {t('protocols.view.passQuota', passes[closure])}
            </Descriptions.Item>
          ))}
          <Descriptions.Item label={t('protocols.view.lateGraceMinutes')}>{passes.lateGraceMinutes}</Descriptions.Item>
        </Descriptions>
      </Section>
      <Section title={t('protocols.view.healthStatus')}>
        <Descriptions size="small" column={1} data-testid="protocol-health-status">
          <Descriptions.Item label={t('protocols.view.red')}>{facts(healthStatus.red)}</Descriptions.Item>
          <Descriptions.Item label={t('protocols.view.yellow')}>{facts(healthStatus.yellow)}</Descriptions.Item>
          <Descriptions.Item label={t('protocols.view.feverWithinHours')}>
            {healthStatus.feverWithinHours}
          </Descriptions.Item>
        </Descriptions>
      </Section>
      <Section title={t('protocols.view.tracing')}>
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          {tracingLimits.map(([key, value]) => (
            <Descriptions.Item key={key} label={t(`tracing.rules.${key}`, { defaultValue: key })}>
              {value} {unitLabel(key)}
            </Descriptions.Item>
          ))}
        </Descriptions>
      </Section>
      {document.clearing && (
        <Section title={t('protocols.view.clearing')}>
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('protocols.view.basicallyZeroPer100k')}>
              {document.clearing.basicallyZeroPer100k}
            </Descriptions.Item>
            <Descriptions.Item label={t('protocols.view.basicallyZeroDays')}>
              {document.clearing.basicallyZeroDays}
            </Descriptions.Item>
          </Descriptions>
        </Section>
      )}
      <Section title={t('protocols.view.isolation')}>
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t('protocols.view.roomsPer10k')}>
            {document.isolation.roomsPer10k}
          </Descriptions.Item>
        </Descriptions>
      </Section>
    </Flex>
  );
}
