import type { FindingSeverity } from '../supervision/vocabulary.ts';

/* Plain data: the web app imports these too. */

/** issued → answered → closed (销号), or answered → returned (sent back) → answered again. */
export const orderStatuses = ['issued', 'answered', 'returned', 'closed'] as const;
export type OrderStatus = (typeof orderStatuses)[number];

/** The timestamped steps of an order (rectification_event.kind). */
export const orderEventKinds = ['issued', 'answered', 'returned', 'closed', 'escalated', 'carried'] as const;
export type OrderEventKind = (typeof orderEventKinds)[number];

/** What the supervisor decides on a unit's answer: close the order (销号) or send it back. */
export const verdicts = ['close', 'return'] as const;
export type Verdict = (typeof verdicts)[number];

/**
 * The default time a unit has to fix a problem, by severity: a critical one (a checkpoint unmanned, a quarantined
 * household unsealed) within a day, a major one within three days, a minor one (a register kept untidily) within a
 * week. The supervisor may set any later deadline on the order.
 */
export const defaultDeadlineHours: Record<FindingSeverity, number> = { critical: 24, major: 72, minor: 168 };

/** What a report covers: one plan's inspections, a team's (the members of a plan), or a period's. */
export const reportScopes = ['plan', 'team', 'period'] as const;
export type ReportScope = (typeof reportScopes)[number];
