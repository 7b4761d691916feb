import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/db.ts';
import { protocolProblems } from './consistency.ts';
import type { HealthFact } from './document.ts';
import { healthColour } from './health-colour.ts';
import { listProtocols, type Protocol, protocolsById } from './protocol.repository.ts';
import { planQuarantine } from './quarantine-plan.ts';
import { type AreaFacts, liftingOf, passQuota } from './risk-levels.ts';

// The rules as shipped (migrations 0012 and 0017), read back as the platform reads them.
let database: TestDatabase;
const shipped: Record<string, Protocol> = {};
beforeAll(async () => {
  database = await createTestDatabase();
  const ids = (await listProtocols(database.db)).map((p) => p.id);
  for (const protocol of (await protocolsById(database.db, ids)).values()) shipped[protocol.code] = protocol;
});
afterAll(() => database.drop());

const zone = 'Asia/Shanghai';
const DAY = 86_400_000;
// 2022-05-01 10:00 in Shanghai.
const start = new Date('2022-05-01T02:00:00Z');
const days = (n: number, from = start) => new Date(from.getTime() + n * DAY);

describe('shipped protocols', () => {
  it('should ship 第八版, 第九版 (in force) and 二十条, each consistent', () => {
    expect(Object.keys(shipped).sort()).toEqual(['twenty', 'v8', 'v9']);
    expect(shipped.v9!.active).toBe(true);
    for (const protocol of Object.values(shipped)) expect(protocolProblems(protocol.document)).toEqual([]);
  });

  it('should name test days beyond the quarantine and a level that does not come down', () => {
    const document = structuredClone(shipped.v9!.document);
    document.quarantine.groups.close_contact!.homeTestDays = [3, 5];
    document.riskAreas.levels.medium!.next = 'high';
    expect(protocolProblems(document)).toEqual([
      'quarantine.groups.close_contact.homeTestDays: 5 beyond the home stage',
      'riskAreas.levels.medium.next: "high" is not lower',
    ]);
  });
});

describe('quarantine plans (DOMAIN.md table)', () => {
  it('should give a 第九版 close contact 7 days centralized and 3 at home, tests d1,2,3,5,7 and home d3', () => {
    const plan = planQuarantine(shipped.v9!, 'close_contact', start, 'centralized', zone)!;
    expect(plan.centralizedUntil).toEqual(days(7));
    expect(plan.plannedEnd).toEqual(days(10));
    expect(plan.tests.map((t) => `${t.stage}${t.day}:${t.date}`)).toEqual([
      'centralized1:2022-05-01',
      'centralized2:2022-05-02',
      'centralized3:2022-05-03',
      'centralized5:2022-05-05',
      'centralized7:2022-05-07',
      'home3:2022-05-10',
    ]);
    expect(plan.basis).toMatchObject({ protocol: 'v9', version: 1, rule: 'quarantine.groups.close_contact' });
    expect(plan.tests[5]!.basis.rule).toBe('quarantine.groups.close_contact.homeTestDays');
  });

  it('should keep the whole period at home for a person quarantined at home', () => {
    const plan = planQuarantine(shipped.v9!, 'close_contact', start, 'home', zone)!;
    expect(plan.centralizedUntil).toBeNull();
    expect(plan.plannedEnd).toEqual(days(10));
  });

  it('should give 第八版 14 + 7 days and 二十条 5 + 3 days with home tests d1 and d3', () => {
    expect(planQuarantine(shipped.v8!, 'close_contact', start, 'centralized', zone)!.plannedEnd).toEqual(days(21));
    const twenty = planQuarantine(shipped.twenty!, 'close_contact', start, 'centralized', zone)!;
    expect(twenty.plannedEnd).toEqual(days(8));
    expect(twenty.tests.filter((t) => t.stage === 'home').map((t) => t.date)).toEqual(['2022-05-06', '2022-05-08']);
  });

  it('should quarantine a 第九版 secondary contact at home only, and not at all under 二十条', () => {
    const plan = planQuarantine(shipped.v9!, 'secondary_contact', start, 'centralized', zone)!;
    expect(plan.centralizedUntil).toBeNull();
    expect(plan.tests.map((t) => t.date)).toEqual(['2022-05-01', '2022-05-04', '2022-05-07']);
    expect(planQuarantine(shipped.twenty!, 'secondary_contact', start, 'centralized', zone)).toBeNull();
  });

  it('should count days in the platform zone: a start late in the evening is day 1 that evening', () => {
    const evening = new Date('2022-05-01T15:30:00Z'); // 23:30 in Shanghai
    const plan = planQuarantine(shipped.v9!, 'close_contact', evening, 'centralized', zone)!;
    expect(plan.tests[0]!.date).toBe('2022-05-01');
    expect(plan.tests[1]!.date).toBe('2022-05-02');
  });
});

describe('risk-area lifting', () => {
  const area = (level: string, extra: Partial<AreaFacts> = {}): AreaFacts => ({
    level,
    levelSince: start,
    reachedByDowngrade: false,
    lastCaseAt: null,
    lastNegativeRoundAt: null,
    ...extra,
  });

  it('should bring a 第九版 high area to medium after 7 clean days with a negative round on day 7', () => {
    const facts = area('high', { lastNegativeRoundAt: days(6.9) });
    const lifting = liftingOf(shipped.v9!, facts, days(7))!;
    expect(lifting).toMatchObject({ toLevel: 'medium', due: true, waitingFor: [] });
    expect(lifting.dueAt).toEqual(days(7));
    expect(lifting.basis).toMatchObject({ protocol: 'v9', rule: 'riskAreas.levels.high.cleanDays' });
  });

  it('should wait for the clean days and for a recent negative round', () => {
    expect(liftingOf(shipped.v9!, area('high', { lastNegativeRoundAt: days(5) }), days(6))!.waitingFor).toEqual([
      'clean_days',
    ]);
    // A round two days old is not "on day 7".
    expect(liftingOf(shipped.v9!, area('high', { lastNegativeRoundAt: days(5) }), days(7))!.waitingFor).toEqual([
      'negative_round',
    ]);
  });

  it('should restart the clean days at a new case', () => {
    const lifting = liftingOf(
      shipped.v9!,
      area('high', { lastCaseAt: days(3), lastNegativeRoundAt: days(9.5) }),
      days(9),
    )!;
    expect(lifting.dueAt).toEqual(days(10));
    expect(lifting.due).toBe(false);
  });

  it('should bring medium to low after 3 days when it was reached by a downgrade, else after 7', () => {
    const after = liftingOf(shipped.v9!, area('medium', { reachedByDowngrade: true }), days(3))!;
    expect(after).toMatchObject({ toLevel: 'low', due: true });
    expect(after.basis.rule).toBe('riskAreas.levels.medium.cleanDaysAfterDowngrade');
    expect(liftingOf(shipped.v9!, area('medium'), days(3))!.due).toBe(false);
  });

  it('should leave a low area to a person, and lift 二十条 high areas after 5 clean days', () => {
    expect(liftingOf(shipped.v9!, area('low'), days(30))).toBeNull();
    expect(liftingOf(shipped.twenty!, area('high'), days(5))).toMatchObject({ toLevel: 'lifted', due: true });
  });

  it('should lift 第八版 areas after 14 days with a negative round in the last 2 days', () => {
    const facts = area('sealed', { lastNegativeRoundAt: days(12.5) });
    expect(liftingOf(shipped.v8!, facts, days(14))).toMatchObject({ toLevel: 'lifted', due: true });
    expect(liftingOf(shipped.v8!, facts, days(15))!.waitingFor).toEqual(['negative_round']);
  });
});

describe('pass quotas', () => {
  it('should give sealed areas one person every 2 days for 2 hours, and open areas none', () => {
    expect(passQuota(shipped.v9!, 'high')).toMatchObject({
      closure: 'sealed',
      quota: { persons: 1, everyDays: 2, maxHoursOut: 2 },
      basis: { rule: 'passes.sealed' },
    });
    expect(passQuota(shipped.v9!, 'medium')?.closure).toBe('controlled');
    expect(passQuota(shipped.v9!, 'low')).toBeNull();
    expect(passQuota(shipped.v9!, 'no_such_level')).toBeNull();
  });
});

describe('health colour', () => {
  const colourOf = (...facts: HealthFact[]) => healthColour(shipped.v9!.document.healthStatus, new Set(facts));

  it('should be red for a case or fever, yellow for quarantine, a closed area or an overdue test, else green', () => {
    expect(colourOf()).toEqual({ colour: 'green', reasons: [] });
    expect(colourOf('closed_area', 'overdue_test')).toEqual({
      colour: 'yellow',
      reasons: ['closed_area', 'overdue_test'],
    });
    expect(colourOf('quarantine', 'fever')).toEqual({ colour: 'red', reasons: ['fever'] });
    expect(colourOf('case').colour).toBe('red');
  });

  it('should follow the rule, not a constant: a protocol without closed_area leaves those residents green', () => {
    const rules = { ...shipped.v9!.document.healthStatus, yellow: ['quarantine' as const] };
    expect(healthColour(rules, new Set<HealthFact>(['closed_area'])).colour).toBe('green');
  });
});
