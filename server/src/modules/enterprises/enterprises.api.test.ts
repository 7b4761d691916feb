import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openUnitWorld, type UnitWorld } from '../keyplaces/units.test-support.ts';

const ledger = {
  headcount: 200,
  workersBack: 160,
  onDuty: 150,
  closedLoop: 'closed_in_plant',
  dormitories: 12,
  dormitoryPersons: 90,
  canteenOpen: true,
  staggeredMeals: true,
  liaisonName: '王建国',
  liaisonPhone: '13812345678',
};

describe('enterprises: the ledger, its permissions and resumption approval', () => {
  let w: UnitWorld;
  const audits = async (action: string) =>
    (await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log WHERE action = ${action}`.execute(w.t.db))
      .rows[0]!.n;

  beforeAll(async () => {
    w = await openUnitWorld(71, {
      keeper: { roles: ['enterprise_staff'] },
      keeper2: { roles: ['enterprise_staff'] },
      commander: { roles: ['commander'] },
    });
    await w.signInMember('liaisonA', w.enterpriseA);
    await w.signInAs('keeperB', ['enterprise_staff'], [w.gridB]);
  });
  afterAll(() => w.t.close());

  it('should list every enterprise of the jurisdiction, one never edited with defaults', async () => {
    const enterprises = await sql<{ id: number; grid_id: number }>`
      SELECT id, grid_id FROM place WHERE type = 'enterprise' ORDER BY id`.execute(w.t.db);
    const response = await w.call('commander', 'GET', '/enterprises?pageSize=200');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.total).toBe(enterprises.rows.length);
    expect(body.items.find((e: { id: number }) => e.id === w.enterpriseA)).toMatchObject({
      kept: false,
      headcount: 0,
      attendanceRate: null,
      resumption: 'none',
      reportedToday: false,
    });
    const inB = (await w.call('keeperB', 'GET', '/enterprises')).json();
    const expectedB = enterprises.rows.filter((e) => e.grid_id === w.gridB).map((e) => e.id);
    expect(inB.items.map((e: { id: number }) => e.id).sort()).toEqual(expectedB.sort());
    expect(expectedB).toContain(w.enterpriseB);
  });

  it('should let a keeper of ledgers save a ledger and compute 到岗率, with one audit entry', async () => {
    const response = await w.call('keeper', 'PUT', `/enterprises/${w.enterpriseA}`, ledger);
    expect(response.statusCode).toBe(200);
    expect(response.json().ledger).toMatchObject({
      kept: true,
      headcount: 200,
      onDuty: 150,
      attendanceRate: 0.75,
      closedLoop: 'closed_in_plant',
      liaisonPhone: '13812345678',
    });
    // Saved again unchanged: nothing to audit.
    await w.call('keeper', 'PUT', `/enterprises/${w.enterpriseA}`, ledger);
    expect(await audits('enterprise.ledger.save')).toBe(1);
    const list = (await w.call('commander', 'GET', '/enterprises?closedLoop=closed_in_plant')).json();
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ id: w.enterpriseA, liaisonPhone: '138****5678', attendanceRate: 0.75 });
  });

  it('should refuse figures that disagree, naming each field and why', async () => {
    const response = await w.call('keeper', 'PUT', `/enterprises/${w.enterpriseA}`, {
      ...ledger,
      workersBack: 250,
      onDuty: 260,
      liaisonPhone: '12345',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      { path: 'body.workersBack', message: 'exceeds_headcount' },
      { path: 'body.onDuty', message: 'exceeds_workers_back' },
      { path: 'body.liaisonPhone', message: 'invalid' },
    ]);
  });

  it("should let a unit's liaison edit their own enterprise only, and refuse a place that is not an enterprise", async () => {
    const own = await w.call('liaisonA', 'PUT', `/enterprises/${w.enterpriseA}`, { ...ledger, onDuty: 140 });
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ canEdit: true, members: [{ displayName: 'liaisonA', duty: 'liaison' }] });
    // Another enterprise of the same jurisdiction: readable, not theirs to keep.
    await sql`UPDATE place SET grid_id = ${w.gridA}, path = (SELECT path FROM region WHERE id = ${w.gridA})
               WHERE id = ${w.enterpriseB}`.execute(w.t.db);
    const other = await w.call('liaisonA', 'PUT', `/enterprises/${w.enterpriseB}`, ledger);
    expect(other.statusCode).toBe(403);
    expect(other.json()).toMatchObject({ code: 'NOT_A_UNIT_MEMBER', detail: expect.stringContaining('宏达机械') });
    await sql`UPDATE place SET grid_id = ${w.gridB}, path = (SELECT path FROM region WHERE id = ${w.gridB})
               WHERE id = ${w.enterpriseB}`.execute(w.t.db);
    const school = await w.call('keeper', 'PUT', `/enterprises/${w.schoolA}`, ledger);
    expect(school.statusCode).toBe(422);
    expect(school.json()).toMatchObject({ code: 'PLACE_TYPE_MISMATCH', detail: '钟鼓岭小学 不是企业' });
    // Outside the keeper's jurisdiction: the same answer as absent.
    expect((await w.call('keeperB', 'PUT', `/enterprises/${w.enterpriseA}`, ledger)).statusCode).toBe(404);
    expect((await w.call('commander', 'PUT', `/enterprises/${w.enterpriseA}`, ledger)).statusCode).toBe(403);
  });

  it('should need a second keeper of ledgers to approve a resumption, with a note, all audited', async () => {
    const asked = await w.call('liaisonA', 'POST', `/enterprises/${w.enterpriseA}/resumption`, { note: '已落实闭环' });
    expect(asked.statusCode).toBe(200);
    expect(asked.json().ledger.resumption).toBe('requested');
    const again = await w.call('liaisonA', 'POST', `/enterprises/${w.enterpriseA}/resumption`, {});
    expect(again.json()).toMatchObject({ code: 'PROPOSAL_STATE' });
    // The liaison cannot decide at all; a keeper who asked cannot decide their own request.
    const byLiaison = await w.call('liaisonA', 'POST', `/enterprises/${w.enterpriseA}/resumption/decision`, {
      approve: true,
      note: '同意',
    });
    expect(byLiaison.statusCode).toBe(403);
    const approved = await w.call('keeper', 'POST', `/enterprises/${w.enterpriseA}/resumption/decision`, {
      approve: true,
      note: '经现场核查，同意复工',
    });
    expect(approved.statusCode).toBe(200);
    expect(approved.json().resumptions[0]).toMatchObject({
      status: 'approved',
      requestedBy: 'liaisonA',
      decidedBy: 'keeper',
      decisionNote: '经现场核查，同意复工',
    });

    await w.call('keeper', 'POST', `/enterprises/${w.enterpriseB}/resumption`, { note: '申请复工' });
    const own = await w.call('keeper', 'POST', `/enterprises/${w.enterpriseB}/resumption/decision`, {
      approve: true,
      note: '同意',
    });
    expect(own.json()).toMatchObject({ code: 'SAME_PERSON_APPROVAL' });
    const rejected = await w.call('keeper2', 'POST', `/enterprises/${w.enterpriseB}/resumption/decision`, {
      approve: false,
      note: '宿舍未分区',
    });
    expect(rejected.json().ledger.resumption).toBe('rejected');
    expect(await audits('enterprise.resumption.request')).toBe(2);
    expect(await audits('enterprise.resumption.approve')).toBe(1);
    expect(await audits('enterprise.resumption.reject')).toBe(1);
    const list = (await w.call('commander', 'GET', '/enterprises?resumption=approved')).json();
    expect(list.items.map((e: { id: number }) => e.id)).toEqual([w.enterpriseA]);
  });
});
