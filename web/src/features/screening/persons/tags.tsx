import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMinute } from '../../testing/time';
import type { KeyPerson, KeyPersonStatus } from '../api';

const statusColour: Record<KeyPersonStatus, string> = {
  pending: 'processing',
  found_tested: 'success',
  under_measure: 'blue',
  not_found: 'error',
};

export function StatusTag({ status }: { status: KeyPersonStatus }) {
  const { t } = useTranslation();
  return <Tag color={statusColour[status]}>{t(`screening.statuses.${status}`)}</Tag>;
}

/** Who an item waits with, by escalation 0, 1, 2. */
export const ESCALATION = ['grid', 'community', 'street'] as const;
const escalationColour = ['default', 'orange', 'red'] as const;

export function EscalationTag({ escalation }: { escalation: number }) {
  const { t } = useTranslation();
  const key = ESCALATION[escalation] ?? 'grid';
  return <Tag color={escalationColour[escalation]}>{t(`screening.escalation.${key}`)}</Tag>;
}

/** The grid a person was dispatched to, or a mark that they wait for one. */
export function GridText({ person }: { person: KeyPerson }) {
  const { t } = useTranslation();
  return person.grid ? person.grid.name : <Tag color="orange">{t('screening.person.unassigned')}</Tag>;
}

const WARN_MS = 2 * 3_600_000;

/** A pending person's deadline as time left, or how long it is overdue (in red); a closed one's as a time. */
export function DueText({ person, now }: { person: KeyPerson; now: number }) {
  const { t } = useTranslation();
  const due = formatMinute(person.dueAt);
  if (person.status !== 'pending') return <Typography.Text type="secondary">{due}</Typography.Text>;
  const left = Date.parse(person.dueAt) - now;
  const overdue = person.overdue || left <= 0;
  const minutes = Math.floor(Math.abs(overdue ? Math.min(left, 0) : left) / 60_000);
  const span = { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
  return (
    <Flex vertical>
      <Typography.Text
        type={overdue ? 'danger' : left < WARN_MS ? 'warning' : undefined}
        strong={overdue}
        data-testid={`key-person-due-${person.id}`}
      >
        {t(overdue ? 'screening.person.overdue' : 'screening.person.remaining', span)}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {due}
      </Typography.Text>
    </Flex>
  );
}
