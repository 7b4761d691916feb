/** Case classifications (病例分类); 'excluded' keeps the record but takes it out of chains and counts. */
export const classifications = ['confirmed', 'asymptomatic', 'suspected', 'excluded'] as const;
export type Classification = (typeof classifications)[number];

/** How a case was found: the split behind 社会面清零 (cases found outside control are the ones that spread). */
export const foundVias = ['mass_testing', 'fever_clinic', 'key_person', 'self_report', 'under_control'] as const;
export type FoundVia = (typeof foundVias)[number];

/** Milestones of a case: the 四早 clock (found → reported → isolated → treated) and Shanghai's 2+4+24. */
export const milestones = ['reported', 'isolated', 'treated', 'onSite', 'coreFacts', 'investigationReported'] as const;
export type Milestone = (typeof milestones)[number];

export const contactKinds = ['close', 'secondary', 'general'] as const;
export type ContactKind = (typeof contactKinds)[number];

/** A contact's control status, in the order it moves; a step may be skipped but never undone. */
export const contactStatuses = ['identified', 'notified', 'under_measure', 'released'] as const;
export type ContactStatus = (typeof contactStatuses)[number];

export const contactSources = ['investigation', 'venue_scan', 'companion', 'household', 'coworker', 'ledger'] as const;
export type ContactSource = (typeof contactSources)[number];

/** Where a suggested contact came from; each suggestion carries its evidence. */
export const suggestionVias = ['venue_scan', 'companion', 'household', 'coworker'] as const;
export type SuggestionVia = (typeof suggestionVias)[number];
