import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localDate, startOfLocalDay } from '../../core/time/local-time.ts';
import { openTreatmentWorld, type TreatmentWorld } from './treatment.test-support.ts';

describe('treatment: the four rates and 社会面清零 per region and day', () => {
  let w: TreatmentWorld;
  let today: string;
  /** Residents of grid A and of the whole city in the registry. */
  let populationA: number;
  let populationCity: number;

  /** An instant of a day, `daysAgo` before today, at noon in the platform's time zone (today: just now). */
  const on = (daysAgo: number, hour = 12) => {
    const tz = w.t.config.timeZone;
    const at = startOfLocalDay(addDays(today, -daysAgo), tz).getTime() + hour * 3_600_000;
    return new Date(daysAgo === 0 ? Math.min(at, Date.now() - 60_000) : at).toISOString();
  };
  const rates = (who: string, query: string) => w.call(who, 'GET', `/treatment/rates?${query}`);

  beforeAll(async () => {
    w = await openTreatmentWorld(62, { doctor: { roles: ['medical_staff'] } });
    await w.signInAs('nurseB', ['hospital_staff'], [w.gridB]);
    today = localDate(new Date(), w.t.config.timeZone);
    const count = async (grid: number | null) =>
      (
        await sql<{ n: number }>`
          SELECT count(*)::int AS n FROM resident WHERE ${grid === null ? sql`true` : sql`grid_id = ${grid}`}`.execute(
          w.t.db,
        )
      ).rows[0]?.n ?? 0;
    [populationA, populationCity] = [await count(w.gridA), await count(null)];
    await w.call('doctor', 'PUT', `/treatment/hospitals/${w.hospitalA}/beds`, { general: 5, severe: 2, icu: 1 });
    const [p1, p2, p3, p4, p5, p6] = w.inA;
    const admit = async (caseId: number, admittedAt: string) =>
      (
        await w.call('doctor', 'POST', '/treatment/admissions', {
          caseId,
          hospitalId: w.hospitalA,
          bedLevel: 'general',
          severity: 'moderate',
          admittedAt,
        })
      ).json<{ id: number }>().id;
    const discharge = (id: number, outcome: string, at: string, note?: string) =>
      w.call('doctor', 'POST', `/treatment/admissions/${id}/discharge`, { outcome, at, note });
    // Grid A, three days ago: a case found in mass testing (outside control), admitted, cured two days later.
    const c1 = await w.openCase(p1!, { foundVia: 'mass_testing', foundAt: on(3) });
    await discharge(await admit(c1, on(3, 14)), 'cured', on(1));
    // Two days ago: two found in quarantine (under control); one dies today, the other is admitted today.
    const c2 = await w.openCase(p2!, { foundVia: 'under_control', foundAt: on(2) });
    await discharge(await admit(c2, on(2, 13)), 'died', on(0), '多器官衰竭');
    const c3 = await w.openCase(p3!, { classification: 'asymptomatic', foundVia: 'under_control', foundAt: on(2) });
    await admit(c3, on(0));
    // Yesterday: a case under control, not admitted; a suspected case and an excluded one count nowhere.
    await w.openCase(p4!, { foundVia: 'under_control', foundAt: on(1) });
    await w.openCase(p5!, { classification: 'suspected', foundAt: on(1) });
    const excluded = await w.openCase(p6!, { foundVia: 'mass_testing', foundAt: on(3) });
    await w.call('tracer', 'POST', `/tracing/cases/${excluded}/classification`, {
      classification: 'excluded',
      reason: '复核阴性',
    });
    // Grid B, yesterday: a case found in the community.
    await w.openCase(w.inB[0]!, { foundVia: 'self_report', foundAt: on(1) });
  });
  afterAll(() => w.t.close());

  it('should give the four rates of a region as of now, each with its formula, numerator and denominator', async () => {
    const response = await rates('doctor', `regionId=${w.gridA}`);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ area: [{ id: w.gridA }], population: populationA, today });
    expect(populationA).toBeGreaterThan(0);
    expect(body.rates).toEqual([
      {
        key: 'admission',
        nameZh: '收治率',
        nameEn: 'Admission rate',
        formulaZh: '收治率 = 截至当日24时累计收治入定点医院的病例数 ÷ 累计病例数（确诊病例 + 无症状感染者）',
        formulaEn:
          'Admission rate = cases admitted to a designated hospital by the end of the day ÷ cumulative cases (confirmed + asymptomatic)',
        numerator: 3,
        denominator: 4,
        value: 0.75,
      },
      {
        key: 'cure',
        nameZh: '治愈率',
        nameEn: 'Cure rate',
        formulaZh: '治愈率 = 截至当日24时累计治愈出院人数 ÷ 累计病例数（确诊病例 + 无症状感染者）',
        formulaEn:
          'Cure rate = cases cured and discharged by the end of the day ÷ cumulative cases (confirmed + asymptomatic)',
        numerator: 1,
        denominator: 4,
        value: 0.25,
      },
      {
        key: 'infection',
        nameZh: '感染率',
        nameEn: 'Infection rate',
        formulaZh: '感染率 = 截至当日24时累计感染者数（确诊病例 + 无症状感染者） ÷ 辖区人口（人口底数登记的居民数）',
        formulaEn:
          'Infection rate = cumulative infections (confirmed + asymptomatic) by the end of the day ÷ population of the area (residents in the registry)',
        numerator: 4,
        denominator: populationA,
        value: 4 / populationA,
      },
      {
        key: 'death',
        nameZh: '病亡率',
        nameEn: 'Case fatality rate',
        formulaZh: '病亡率 = 截至当日24时累计死亡人数（出院登记为死亡） ÷ 累计病例数（确诊病例 + 无症状感染者）',
        formulaEn:
          'Case fatality rate = deaths (recorded at discharge) by the end of the day ÷ cumulative cases (confirmed + asymptomatic)',
        numerator: 1,
        denominator: 4,
        value: 0.25,
      },
    ]);
  });

  it('should give each day cumulative as of its end in the time zone', async () => {
    const body = (await rates('doctor', `regionId=${w.gridA}&from=${addDays(today, -4)}&to=${today}`)).json();
    const pairs = (key: string) =>
      body.series.map((d: Record<string, { numerator: number; denominator: number }>) => [
        d[key]?.numerator,
        d[key]?.denominator,
      ]);
    expect(body.series.map((d: { day: string }) => d.day)).toEqual([4, 3, 2, 1, 0].map((n) => addDays(today, -n)));
    expect(pairs('admission')).toEqual([
      [0, 0],
      [1, 1],
      [2, 3],
      [2, 4],
      [3, 4],
    ]);
    expect(pairs('cure')).toEqual([
      [0, 0],
      [0, 1],
      [0, 3],
      [1, 4],
      [1, 4],
    ]);
    expect(pairs('death')).toEqual([
      [0, 0],
      [0, 1],
      [0, 3],
      [0, 4],
      [1, 4],
    ]);
    expect(pairs('infection')).toEqual([0, 1, 3, 4, 4].map((n) => [n, populationA]));
    expect(body.series[0].admission.value).toBeNull();
  });

  it('should judge 社会面清零 per day under the protocol rule, with its basis', async () => {
    const body = (await rates('doctor', `regionId=${w.gridA}&from=${addDays(today, -3)}&to=${today}`)).json();
    expect(body.clearing).toMatchObject({
      ruleZh: '社会面清零：当日新增阳性均在管控人员中发现；基本清零：社会面新增阳性连续 3 天低于每十万人 1 例',
      basis: { protocol: 'v9', version: 1, rule: 'clearing' },
    });
    expect(
      body.clearing.series.map((d: Record<string, unknown>) => [
        d.day,
        d.newPositives,
        d.underControl,
        d.outsideControl,
        d.zero,
        d.basicallyZero,
      ]),
    ).toEqual([
      [addDays(today, -3), 1, 0, 1, false, false],
      [addDays(today, -2), 2, 2, 0, true, false],
      [addDays(today, -1), 1, 1, 0, true, false],
      [today, 0, 0, 0, true, true],
    ]);
    expect(body.clearing.series[0].per100k).toBeCloseTo(100_000 / populationA, 6);
    expect(body.clearing.today).toEqual(body.clearing.series[3]);
  });

  it('should cover the whole jurisdiction without a region, and give today even for an earlier range', async () => {
    const body = (await rates('doctor', `from=${addDays(today, -2)}&to=${addDays(today, -1)}`)).json();
    expect(body.area).toEqual([{ id: w.city, name: expect.any(String) }]);
    expect(body.population).toBe(populationCity);
    expect(body.rates.find((r: { key: string }) => r.key === 'infection')).toMatchObject({
      numerator: 5,
      denominator: populationCity,
    });
    expect(body.series.map((d: { infection: { numerator: number } }) => d.infection.numerator)).toEqual([3, 5]);
    // Yesterday a case was found outside control in grid B; today nothing: not yet 3 clean days.
    expect(body.clearing.today).toMatchObject({ day: today, outsideControl: 0, zero: true, basicallyZero: false });
    expect(body.clearing.series[1]).toMatchObject({ outsideControl: 1, zero: false, basicallyZero: false });
  });

  it('should default to the last 14 days, refuse a bad range, and keep to the jurisdiction', async () => {
    const recent = (await rates('doctor', '')).json();
    expect(recent.series).toHaveLength(14);
    expect(recent.series.at(-1).day).toBe(today);
    expect((await rates('doctor', `from=${today}&to=${addDays(today, -1)}`)).statusCode).toBe(400);
    expect((await rates('doctor', `to=${addDays(today, 1)}`)).statusCode).toBe(400);
    expect((await rates('doctor', `from=${addDays(today, -100)}&to=${today}`)).statusCode).toBe(400);
    expect((await rates('nurseB', `regionId=${w.gridA}`)).statusCode).toBe(404);
    const own = (await rates('nurseB', '')).json();
    expect(own).toMatchObject({ area: [{ id: w.gridB }], population: populationCity - populationA });
    expect(own.rates.map((r: { numerator: number }) => r.numerator)).toEqual([0, 0, 1, 0]);
  });
});
