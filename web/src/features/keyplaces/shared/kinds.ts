/**
 * The kinds of unit whose ledgers share these views: each has a translation namespace (enterprises.*,
 * schools.*) with the same keys for what they share, and a stem for its test ids.
 */
export const unitKinds = {
  enterprises: { testId: 'enterprise', countLabel: 'enterprises.enterprises' },
  schools: { testId: 'school', countLabel: 'schools.schools' },
} as const;

export type UnitNamespace = keyof typeof unitKinds;
