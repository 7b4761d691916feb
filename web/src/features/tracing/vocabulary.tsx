import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { classifications, contactKinds, contactStatuses, foundVias } from './api';
import type { Classification, ContactStatus, Timer } from './api';

const CLASSIFICATION_COLORS: Record<Classification, string> = {
  confirmed: 'red',
  asymptomatic: 'orange',
  suspected: 'gold',
  excluded: 'default',
};

const STATUS_COLORS: Record<ContactStatus, string> = {
  identified: 'default',
  notified: 'blue',
  under_measure: 'green',
  released: 'default',
};

export function ClassificationTag({ classification }: { classification: Classification }) {
  const { t } = useTranslation();
  return <Tag color={CLASSIFICATION_COLORS[classification]}>{t(`tracing.classifications.${classification}`)}</Tag>;
}

export function ContactStatusTag({ status }: { status: ContactStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]}>{t(`tracing.statuses.${status}`)}</Tag>;
}

/** The clocks a case has breached (overdue, or done late), as red tags. */
export function BreachedTags({ breached }: { breached: string[] }) {
  const { t } = useTranslation();
  return breached.map((key) => (
    <Tag key={key} color="red">
      {t(`tracing.timers.${key as Timer['key']}`, { defaultValue: key })}
    </Tag>
  ));
}

/** Select options for the tracing vocabularies, labelled in the user's language. */
export function useVocabularyOptions() {
  const { t } = useTranslation();
  return {
    classificationOptions: classifications.map((value) => ({
      value,
      label: t(`tracing.classifications.${value}`),
    })),
    foundViaOptions: foundVias.map((value) => ({ value, label: t(`tracing.foundVias.${value}`) })),
    kindOptions: contactKinds.map((value) => ({ value, label: t(`tracing.kinds.${value}`) })),
    statusOptions: contactStatuses.map((value) => ({ value, label: t(`tracing.statuses.${value}`) })),
  };
}
