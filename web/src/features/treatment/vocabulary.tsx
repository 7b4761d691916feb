import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { bedLevels, outcomes, severities } from './api';
import type { Outcome, Severity } from './api';

const SEVERITY_COLORS: Record<Severity, string> = {
  mild: 'green',
  moderate: 'blue',
  severe: 'orange',
  critical: 'red',
};

const OUTCOME_COLORS: Record<Outcome, string> = {
  cured: 'green',
  transferred: 'blue',
  died: 'default',
};

export function SeverityTag({ severity }: { severity: Severity }) {
  const { t } = useTranslation();
  return <Tag color={SEVERITY_COLORS[severity]}>{t(`treatment.severities.${severity}`)}</Tag>;
}

/** An admission's outcome, or "in hospital" while it has none. */
export function OutcomeTag({ outcome }: { outcome: Outcome | null }) {
  const { t } = useTranslation();
  if (!outcome) return <Tag color="processing">{t('treatment.admission.active')}</Tag>;
  return <Tag color={OUTCOME_COLORS[outcome]}>{t(`treatment.outcomes.${outcome}`)}</Tag>;
}

/** Select options for the treatment vocabularies, labelled in the user's language. */
export function useTreatmentOptions() {
  const { t } = useTranslation();
  return {
    bedLevelOptions: bedLevels.map((value) => ({ value, label: t(`treatment.bedLevels.${value}`) })),
    severityOptions: severities.map((value) => ({ value, label: t(`treatment.severities.${value}`) })),
    outcomeOptions: outcomes.map((value) => ({ value, label: t(`treatment.outcomes.${value}`) })),
  };
}
