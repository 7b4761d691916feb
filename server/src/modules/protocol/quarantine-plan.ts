import { addDays, localDate } from '../../core/time/local-time.ts';
import { type Basis, basisOf } from './basis.ts';
import type { QuarantineGroup } from './document.ts';
import type { Protocol } from './protocol.repository.ts';

const DAY_MS = 86_400_000;

export interface TestDue {
  /** The day of the stage it belongs to (day 1 = the stage's first day). */
  day: number;
  stage: 'centralized' | 'home';
  /** Calendar day in the platform's zone. */
  date: string;
  basis: Basis;
}

export interface QuarantinePlan {
  group: QuarantineGroup;
  /** The end of the centralized stage, or null when the group (or the person) stays at home throughout. */
  centralizedUntil: Date | null;
  plannedEnd: Date;
  tests: TestDue[];
  basis: Basis;
}

/**
 * A group's quarantine under a protocol, from its start: the centralized stage, then the home stage,
 * with each test day. Someone quarantined at home from the start (home conditions met) spends both
 * stages there. Null when the protocol does not quarantine the group.
 */
export function planQuarantine(
  protocol: Protocol,
  group: QuarantineGroup,
  startsAt: Date,
  mode: 'centralized' | 'home',
  timeZone: string,
): QuarantinePlan | null {
  const rules = protocol.document.quarantine.groups[group];
  if (!rules) return null;
  const rule = `quarantine.groups.${group}`;
  const firstStageEnd = new Date(startsAt.getTime() + rules.centralizedDays * DAY_MS);
  const plannedEnd = new Date(firstStageEnd.getTime() + rules.homeDays * DAY_MS);
  const startDay = localDate(startsAt, timeZone);
  const homeDay = localDate(firstStageEnd, timeZone);
  const tests: TestDue[] = [
    ...rules.testDays.map((day) => ({
      day,
      stage: 'centralized' as const,
      date: addDays(startDay, day - 1),
      basis: basisOf(protocol, `${rule}.testDays`),
    })),
    ...rules.homeTestDays.map((day) => ({
      day,
      stage: 'home' as const,
      date: addDays(homeDay, day - 1),
      basis: basisOf(protocol, `${rule}.homeTestDays`),
    })),
  ].sort((a, b) => a.date.localeCompare(b.date));
  return {
    group,
    centralizedUntil: rules.centralizedDays > 0 && mode === 'centralized' ? firstStageEnd : null,
    plannedEnd,
    tests,
    basis: basisOf(protocol, rule),
  };
}
