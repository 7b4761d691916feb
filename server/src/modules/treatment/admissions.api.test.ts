import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTreatmentWorld, type TreatmentWorld } from './treatment.test-support.ts';

const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();

describe('treatment: beds, admissions, severity, plans, discharge and transfers', () => {
  let w: TreatmentWorld;
  /** Cases of residents of grid A: admitted in the tests below, in this order. */
  const cases: number[] = [];
  let first: number;

  const admit = (who: string, body: object) => w.call(who, 'POST', '/treatment/admissions', body);
  const hospital = async (id: number) =>
    (await w.call('doctor', 'GET', '/treatment/hospitals?pageSize=200'))
      .json()
      .items.find((h: { id: number }) => h.id === id);

  beforeAll(async () => {
    // doctor: medical staff (reads identifiers in full); nurse: hospital staff (masked); nurseB: grid B only.
    w = await openTreatmentWorld(61, { doctor: { roles: ['medical_staff'] }, nurse: { roles: ['hospital_staff'] } });
    await w.signInAs('nurseB', ['hospital_staff'], [w.gridB]);
    await w.signInAs('commander', ['commander'], [w.city]);
    for (const person of w.inA.slice(0, 8)) cases.push(await w.openCase(person, { foundAt: hoursAgo(30) }));
  });
  afterAll(() => w.t.close());

  it('should keep beds per level, only for treatment.manage, and show a hospital without beds as not designated', async () => {
    expect((await hospital(w.hospitalA)).designated).toBe(false);
    const refused = await w.call('commander', 'PUT', `/treatment/hospitals/${w.hospitalA}/beds`, {
      general: 2,
      severe: 1,
      icu: 0,
    });
    expect(refused.statusCode).toBe(403);
    const set = await w.call('doctor', 'PUT', `/treatment/hospitals/${w.hospitalA}/beds`, {
      general: 2,
      severe: 1,
      icu: 0,
    });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({
      id: w.hospitalA,
      designated: true,
      beds: {
        general: { beds: 2, occupied: 0, free: 2 },
        severe: { beds: 1, occupied: 0, free: 1 },
        icu: { beds: 0, occupied: 0, free: 0 },
      },
    });
    const bad = await w.call('doctor', 'PUT', `/treatment/hospitals/${w.hospitalA}/beds`, { general: -1, severe: 1 });
    expect(bad.statusCode).toBe(400);
    const designated = await w.call('doctor', 'GET', '/treatment/hospitals?designated=true');
    expect(designated.json().items.map((h: { id: number }) => h.id)).toEqual([w.hospitalA]);
  });

  it('should admit a case to a free bed, start its severity timeline and record its treatment time', async () => {
    const admittedAt = hoursAgo(20);
    const response = await admit('doctor', {
      caseId: cases[0],
      hospitalId: w.hospitalA,
      bedLevel: 'general',
      severity: 'mild',
      admittedAt,
    });
    expect(response.statusCode).toBe(201);
    const detail = response.json();
    first = detail.id;
    expect(detail).toMatchObject({
      case: { id: cases[0], idNumber: w.inA[0]?.id_number, name: w.inA[0]?.name },
      hospital: { id: w.hospitalA },
      bedLevel: 'general',
      severity: 'mild',
      admittedAt,
      outcome: null,
      admittedBy: 'doctor',
      patient: { treatedAt: admittedAt, region: { id: w.gridA } },
      severities: [{ severity: 'mild', bedLevel: 'general', at: admittedAt, by: 'doctor' }],
      plans: [],
      transferId: null,
    });
    const tracing = await w.call('tracer', 'GET', `/tracing/cases/${cases[0]}`);
    expect(tracing.json().milestones.treated).toBe(admittedAt);
    expect((await hospital(w.hospitalA)).beds.general).toEqual({ beds: 2, occupied: 1, free: 1 });
  });

  it('should refuse a second active admission of the same case, at any hospital', async () => {
    await w.call('doctor', 'PUT', `/treatment/hospitals/${w.hospitalB}/beds`, { general: 5, severe: 0, icu: 1 });
    const again = await admit('doctor', {
      caseId: cases[0],
      hospitalId: w.hospitalB,
      bedLevel: 'general',
      severity: 'mild',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'ADMISSION_STATE' });
    expect(again.json().detail).toContain('甲区定点医院');
  });

  it('should refuse an admission when no bed of the level is free, and a level with no beds at all', async () => {
    const second = await admit('doctor', {
      caseId: cases[1],
      hospitalId: w.hospitalA,
      bedLevel: 'general',
      severity: 'moderate',
    });
    expect(second.statusCode).toBe(201);
    const full = await admit('doctor', {
      caseId: cases[2],
      hospitalId: w.hospitalA,
      bedLevel: 'general',
      severity: 'mild',
    });
    expect(full.statusCode).toBe(409);
    expect(full.json().detail).toBe('甲区定点医院的普通床位已满（共 2 张，占用 2 张）');
    const icu = await admit('doctor', {
      caseId: cases[2],
      hospitalId: w.hospitalA,
      bedLevel: 'icu',
      severity: 'critical',
    });
    expect(icu.statusCode).toBe(409);
    const stored = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM admission WHERE case_id = ${cases[2]}`.execute(w.t.db);
    expect(stored.rows[0]?.n).toBe(0);
  });

  it('should give the last bed of a level to one of two admissions made at the same moment', async () => {
    await w.call('doctor', 'PUT', `/treatment/hospitals/${w.hospitalA}/beds`, { general: 2, severe: 1, icu: 1 });
    const racing = await Promise.all(
      [cases[6], cases[7]].map((caseId) =>
        admit('doctor', { caseId, hospitalId: w.hospitalA, bedLevel: 'icu', severity: 'critical' }),
      ),
    );
    expect(racing.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const winner = racing.find((r) => r.statusCode === 201)?.json<{ id: number }>().id;
    await w.call('doctor', 'POST', `/treatment/admissions/${winner}/discharge`, {
      outcome: 'transferred',
      note: '转院',
    });
    await w.call('doctor', 'PUT', `/treatment/hospitals/${w.hospitalA}/beds`, { general: 2, severe: 1, icu: 0 });
  });

  it('should refuse to shrink a level below the patients in it', async () => {
    const shrink = await w.call('doctor', 'PUT', `/treatment/hospitals/${w.hospitalA}/beds`, {
      general: 1,
      severe: 1,
      icu: 0,
    });
    expect(shrink.statusCode).toBe(409);
    expect(shrink.json().detail).toContain('2');
    expect((await hospital(w.hospitalA)).beds.general.beds).toBe(2);
  });

  it('should refuse an excluded case, a case found after the admission, and an admission in the future', async () => {
    await w.call('tracer', 'POST', `/tracing/cases/${cases[3]}/classification`, {
      classification: 'excluded',
      reason: '复核阴性',
    });
    const excluded = await admit('doctor', {
      caseId: cases[3],
      hospitalId: w.hospitalB,
      bedLevel: 'general',
      severity: 'mild',
    });
    expect(excluded.statusCode).toBe(409);
    expect(excluded.json().detail).toContain('已排除');
    const early = await admit('doctor', {
      caseId: cases[2],
      hospitalId: w.hospitalB,
      bedLevel: 'general',
      severity: 'mild',
      admittedAt: hoursAgo(40),
    });
    expect(early.json().detail).toBe('收治时间早于病例发现时间');
    const future = await admit('doctor', {
      caseId: cases[2],
      hospitalId: w.hospitalB,
      bedLevel: 'general',
      severity: 'mild',
      admittedAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(future.statusCode).toBe(409);
    const unknown = await admit('doctor', {
      caseId: 999_999,
      hospitalId: w.hospitalB,
      bedLevel: 'general',
      severity: 'mild',
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('should record severity over time, moving the patient to a free bed of another level or refusing', async () => {
    const worse = await w.call('doctor', 'POST', `/treatment/admissions/${first}/severity`, {
      severity: 'severe',
      at: hoursAgo(10),
      note: '血氧 90%',
      bedLevel: 'severe',
    });
    expect(worse.statusCode).toBe(200);
    expect(worse.json()).toMatchObject({
      severity: 'severe',
      bedLevel: 'severe',
      severities: [
        { severity: 'mild', bedLevel: 'general' },
        { severity: 'severe', bedLevel: 'severe', note: '血氧 90%', by: 'doctor' },
      ],
    });
    expect((await hospital(w.hospitalA)).beds).toMatchObject({
      general: { occupied: 1, free: 1 },
      severe: { occupied: 1, free: 0 },
    });
    const admissions = (await w.call('doctor', 'GET', '/treatment/admissions?status=active')).json().items;
    const secondId = admissions.find((a: { case: { id: number } }) => a.case.id === cases[1]).id;
    const noBed = await w.call('doctor', 'POST', `/treatment/admissions/${secondId}/severity`, {
      severity: 'severe',
      bedLevel: 'severe',
    });
    expect(noBed.statusCode).toBe(409);
    expect(noBed.json().detail).toContain('重症床位已满');
    const unchanged = (await w.call('doctor', 'GET', `/treatment/admissions/${secondId}`)).json();
    expect(unchanged).toMatchObject({
      severity: 'moderate',
      bedLevel: 'general',
      severities: [{ severity: 'moderate' }],
    });
    const backwards = await w.call('doctor', 'POST', `/treatment/admissions/${first}/severity`, {
      severity: 'moderate',
      at: hoursAgo(15),
    });
    expect(backwards.json().detail).toBe('早于上一次记录的时间');
  });

  it('should keep every version of the per-patient plan with its author', async () => {
    await w.call('doctor', 'PUT', `/treatment/admissions/${first}/plan`, { text: '抗病毒治疗，监测血氧' });
    const revised = await w.call('nurse', 'PUT', `/treatment/admissions/${first}/plan`, { text: '加用俯卧位通气' });
    expect(revised.statusCode).toBe(200);
    expect(revised.json().plans).toMatchObject([
      { version: 2, text: '加用俯卧位通气', author: 'nurse' },
      { version: 1, text: '抗病毒治疗，监测血氧', author: 'doctor' },
    ]);
    const blank = await w.call('doctor', 'PUT', `/treatment/admissions/${first}/plan`, { text: '   ' });
    expect(blank.statusCode).toBe(400);
  });

  it('should require a note for a death, then refuse any change to the ended admission', async () => {
    const silent = await w.call('doctor', 'POST', `/treatment/admissions/${first}/discharge`, { outcome: 'died' });
    expect(silent.statusCode).toBe(409);
    expect(silent.json()).toMatchObject({ code: 'ADMISSION_STATE', detail: '登记死亡须填写说明（死亡原因等）' });
    const died = await w.call('doctor', 'POST', `/treatment/admissions/${first}/discharge`, {
      outcome: 'died',
      note: '呼吸衰竭，抢救无效',
    });
    expect(died.statusCode).toBe(200);
    expect(died.json()).toMatchObject({ outcome: 'died', dischargeNote: '呼吸衰竭，抢救无效', dischargedBy: 'doctor' });
    for (const [method, path, body] of [
      ['POST', 'severity', { severity: 'mild' }],
      ['PUT', 'plan', { text: '复查' }],
      ['POST', 'discharge', { outcome: 'cured' }],
    ] as const) {
      const refused = await w.call('doctor', method, `/treatment/admissions/${first}/${path}`, body);
      expect(refused.statusCode).toBe(409);
      expect(refused.json().detail).toBe('该收治记录已结束（死亡），不能再更改');
    }
    // The bed it held is free again.
    expect((await hospital(w.hospitalA)).beds.severe).toEqual({ beds: 1, occupied: 0, free: 1 });
  });

  it('should discharge a cured patient and let a transferred one be admitted again elsewhere', async () => {
    const third = await admit('doctor', {
      caseId: cases[2],
      hospitalId: w.hospitalA,
      bedLevel: 'general',
      severity: 'mild',
    });
    expect(third.statusCode).toBe(201);
    const moved = await w.call('doctor', 'POST', `/treatment/admissions/${third.json().id}/discharge`, {
      outcome: 'transferred',
      note: '转乙区定点医院',
    });
    expect(moved.json().outcome).toBe('transferred');
    const readmitted = await admit('doctor', {
      caseId: cases[2],
      hospitalId: w.hospitalB,
      bedLevel: 'icu',
      severity: 'critical',
    });
    expect(readmitted.statusCode).toBe(201);
    const cured = await w.call('doctor', 'POST', `/treatment/admissions/${readmitted.json().id}/discharge`, {
      outcome: 'cured',
    });
    expect(cured.json()).toMatchObject({ outcome: 'cured', dischargeNote: null });
  });

  it('should list pending transfers with their case, or say there is none, and link the admission that receives one', async () => {
    const withCase = await w.transfer(w.inA[4]!, w.hospitalB);
    const withoutCase = await w.transfer(w.inA[10]!, w.hospitalB);
    const pending = await w.call('nurseB', 'GET', '/treatment/transfers');
    expect(pending.statusCode).toBe(200);
    const items = pending.json().items;
    expect(items).toMatchObject([
      {
        id: withCase,
        name: w.inA[4]?.name,
        hospital: { id: w.hospitalB },
        reason: '发热 38.2℃',
        case: { id: cases[4] },
      },
      { id: withoutCase, case: null },
    ]);
    expect(items[0].idNumber).toMatch(/^\d{3}\*{11}[\dX]{4}$/);
    const noCase = await admit('nurseB', {
      caseId: cases[4],
      hospitalId: w.hospitalB,
      bedLevel: 'general',
      severity: 'mild',
      transferId: withoutCase,
    });
    expect(noCase.json().detail).toBe('该转运人员尚无病例，请流调组先建立病例');
    const wrongHospital = await admit('doctor', {
      caseId: cases[4],
      hospitalId: w.hospitalA,
      bedLevel: 'general',
      severity: 'mild',
      transferId: withCase,
    });
    expect(wrongHospital.json().detail).toBe('该转运人员转往乙区定点医院');
    // The case lives in grid A, outside nurseB's jurisdiction: the transfer to her hospital brings it in.
    const received = await admit('nurseB', {
      caseId: cases[4],
      hospitalId: w.hospitalB,
      bedLevel: 'general',
      severity: 'mild',
      transferId: withCase,
    });
    expect(received.statusCode).toBe(201);
    expect(received.json().transferId).toBe(withCase);
    const linked = await sql<{ admission_id: number }>`
      SELECT admission_id FROM hospital_transfer WHERE id = ${withCase}`.execute(w.t.db);
    expect(linked.rows[0]?.admission_id).toBe(received.json().id);
    const after = (await w.call('nurseB', 'GET', '/treatment/transfers')).json().items;
    expect(after.map((t: { id: number }) => t.id)).toEqual([withoutCase]);
  });

  it('should answer 404 for admissions, cases and hospitals outside the jurisdiction', async () => {
    const seen = await w.call('nurseB', 'GET', `/treatment/admissions/${first}`);
    expect(seen.statusCode).toBe(404);
    const severity = await w.call('nurseB', 'POST', `/treatment/admissions/${first}/severity`, { severity: 'mild' });
    expect(severity.statusCode).toBe(404);
    const theirCase = await admit('nurseB', {
      caseId: cases[5],
      hospitalId: w.hospitalB,
      bedLevel: 'general',
      severity: 'mild',
    });
    expect(theirCase.statusCode).toBe(404);
    const theirHospital = await w.call('nurseB', 'PUT', `/treatment/hospitals/${w.hospitalA}/beds`, {
      general: 9,
      severe: 9,
      icu: 9,
    });
    expect(theirHospital.statusCode).toBe(404);
    const list = (await w.call('nurseB', 'GET', '/treatment/admissions')).json();
    // Admissions at her hospital only (the patients' homes lie elsewhere).
    expect(list.items.every((a: { hospital: { id: number } }) => a.hospital.id === w.hospitalB)).toBe(true);
    expect(list.total).toBe(2);
    const search = (await w.call('nurseB', 'GET', `/treatment/cases?q=${encodeURIComponent(w.inA[5]!.name)}`)).json();
    expect(search.items).toEqual([]);
  });

  it('should mask identifiers in lists, show them in full only to those who may, and audit every full read', async () => {
    const list = (await w.call('doctor', 'GET', '/treatment/admissions')).json();
    expect(list.items.length).toBeGreaterThan(0);
    for (const item of list.items) expect(item.case.idNumber).toMatch(/^\d{3}\*{11}[\dX]{4}$/);
    const masked = (await w.call('nurse', 'GET', `/treatment/admissions/${first}`)).json();
    expect(masked.case.idNumber).toMatch(/\*{11}/);
    const full = (await w.call('doctor', 'GET', `/treatment/admissions/${first}`)).json();
    expect(full.case.idNumber).toBe(w.inA[0]?.id_number);
    const search = (await w.call('doctor', 'GET', `/treatment/cases?q=${w.inA[5]?.id_number}`)).json();
    expect(search.items).toMatchObject([{ id: cases[5], activeAdmissionId: null }]);
    expect(search.items[0].idNumber).toMatch(/\*{11}/);
    const audit = await sql<{ action: string; n: number }>`
      SELECT action, count(*)::int AS n FROM audit_log WHERE entity = 'admission' GROUP BY action ORDER BY action`.execute(
      w.t.db,
    );
    expect(Object.fromEntries(audit.rows.map((r) => [r.action, r.n]))).toMatchObject({
      'treatment.admission.admit': 6,
      'treatment.admission.severity': 1,
      'treatment.admission.plan': 2,
      'treatment.admission.discharge': 4,
    });
    const reads = audit.rows.find((r) => r.action === 'treatment.admission.read');
    expect(reads?.n).toBeGreaterThanOrEqual(12);
  });
});
