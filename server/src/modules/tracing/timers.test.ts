import { describe, expect, it } from 'vitest';
import { breachedTimers, caseTimers } from './timers.ts';
import type { TracingRules } from './rules.ts';

const rules = {
  reportWithinHours: 2,
  onSiteWithinHours: 2,
  coreFactsWithinHours: 4,
  investigationReportWithinHours: 24,
} as TracingRules;
const at = (hours: number) => new Date(Date.UTC(2022, 4, 1, 0) + hours * 3_600_000);
const none = { reported_at: null, on_site_at: null, core_facts_at: null, investigation_reported_at: null };

describe('case timers (四早, 2+4+24)', () => {
  it('should run the report clock from discovery and wait with the others until the report', () => {
    const timers = caseTimers({ found_at: at(0), ...none }, rules, at(1));
    expect(timers.map((t) => [t.key, t.state])).toEqual([
      ['report', 'running'],
      ['onSite', 'waiting'],
      ['coreFacts', 'waiting'],
      ['investigationReport', 'waiting'],
    ]);
    expect(timers[0]?.dueAt).toBe(at(2).toISOString());
  });

  it('should tell done in time, done late and overdue apart', () => {
    const clock = { ...none, found_at: at(0), reported_at: at(3), on_site_at: at(4), core_facts_at: at(8) };
    const timers = caseTimers(clock, rules, at(30));
    expect(timers.map((t) => t.state)).toEqual(['late', 'done', 'late', 'overdue']);
    expect(breachedTimers(timers)).toEqual(['report', 'coreFacts', 'investigationReport']);
  });

  it('should count a milestone exactly at its limit as in time', () => {
    const timers = caseTimers({ ...none, found_at: at(0), reported_at: at(2) }, rules, at(2));
    expect(timers[0]?.state).toBe('done');
  });
});
