import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMinute } from '../../testing/time';
import type { Change, LiftingStatus } from './api';
import { useLevelName } from './LevelTag';

type Basis = NonNullable<Change['basis']>;

/** "Basis: 第九版防控方案 v1 · riskAreas.levels.high.cleanDays": the rule behind a date or a proposal. */
export function BasisText({ basis }: { basis: Pick<Basis, 'name' | 'version' | 'rule'> }) {
  const { t } = useTranslation();
  return (
    <Typography.Text type="secondary" data-testid="basis">
      {t('riskAreas.detail.basis', basis)}
    </Typography.Text>
  );
}

/** When and to what the area comes down under its protocol, what it still waits for, and on what facts. */
export function LiftingCard({ lifting }: { lifting: LiftingStatus | null }) {
  const { t } = useTranslation();
  const levelName = useLevelName();
  const at = (iso: string | null) => (iso ? formatMinute(iso) : t('riskAreas.detail.none'));
  if (!lifting)
    return (
      <Card size="small" title={t('riskAreas.detail.lifting')}>
        <Typography.Text type="secondary">{t('riskAreas.detail.liftingManual')}</Typography.Text>
      </Card>
    );
  const to = levelName(lifting.toLevelLabel);
  return (
    <Card size="small" title={t('riskAreas.detail.lifting')} data-testid="lifting">
      <Typography.Paragraph strong>
        {lifting.due
          ? t('riskAreas.detail.liftingDue', { to })
          : t('riskAreas.detail.liftingWaiting', { to, dueAt: formatMinute(lifting.dueAt) })}
      </Typography.Paragraph>
      {lifting.waitingFor.length > 0 && (
        <Typography.Paragraph>
          {t('riskAreas.detail.waitingFor')}
          {lifting.waitingFor.map((w) => t(`riskAreas.detail.waiting.${w}`)).join('、')}
        </Typography.Paragraph>
      )}
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('riskAreas.detail.lastCaseAt')}>{at(lifting.facts.lastCaseAt)}</Descriptions.Item>
        <Descriptions.Item label={t('riskAreas.detail.lastNegativeRoundAt')}>
          {at(lifting.facts.lastNegativeRoundAt)}
        </Descriptions.Item>
      </Descriptions>
      {lifting.facts.reachedByDowngrade && (
        <Typography.Paragraph type="secondary">{t('riskAreas.detail.downgraded')}</Typography.Paragraph>
      )}
      <BasisText basis={lifting.basis} />
    </Card>
  );
}
