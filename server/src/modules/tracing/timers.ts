import type { Timer } from './cases.schema.ts';
import type { TracingRules } from './rules.ts';

export interface CaseClock {
  found_at: Date;
  reported_at: Date | null;
  on_site_at: Date | null;
  core_facts_at: Date | null;
  investigation_reported_at: Date | null;
}

const HOUR = 3_600_000;

function timer(key: Timer['key'], start: Date | null, hours: number, done: Date | null, now: Date): Timer {
  const due = start ? new Date(start.getTime() + hours * HOUR) : null;
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  const state: Timer['state'] = !start
    ? 'waiting'
    : done
      ? done.getTime() <= (due?.getTime() ?? 0)
        ? 'done'
        : 'late'
      : now.getTime() > (due?.getTime() ?? 0)
        ? 'overdue'
        : 'running';
  return { key, startedAt: iso(start), dueAt: iso(due), doneAt: iso(done), state };
}

/**
 * The clocks of a case under its protocol's limits: reported within N hours of being found (四早), then from
 * the report investigators on site, core facts and the investigation report (2+4+24).
 */
export function caseTimers(clock: CaseClock, rules: TracingRules, now = new Date()): Timer[] {
  return [
    timer('report', clock.found_at, rules.reportWithinHours, clock.reported_at, now),
    timer('onSite', clock.reported_at, rules.onSiteWithinHours, clock.on_site_at, now),
    timer('coreFacts', clock.reported_at, rules.coreFactsWithinHours, clock.core_facts_at, now),
    timer(
      'investigationReport',
      clock.reported_at,
      rules.investigationReportWithinHours,
      clock.investigation_reported_at,
      now,
    ),
  ];
}

/** The timers a case has breached: overdue now, or done late. */
export const breachedTimers = (timers: Timer[]): string[] =>
  timers.filter((t) => t.state === 'overdue' || t.state === 'late').map((t) => t.key);
