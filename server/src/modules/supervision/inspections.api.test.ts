import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorByUserId } from '../../core/auth/actor.ts';
import { findingForOrder, markFindingOrdered } from './findings.service.ts';
import type { Finding, InspectionDetail } from './inspections.schema.ts';
import { jpeg, openSupervisionWorld, type SupervisionWorld } from './supervision.test-support.ts';

let w: SupervisionWorld;
let inspection: InspectionDetail;
let planId: number;
beforeAll(async () => {
  w = await openSupervisionWorld();
  const today = new Date().toISOString().slice(0, 10);
  const plan = await w.call('chief', 'POST', '/supervision/plans', {
    title: '企业督导',
    startsOn: today,
    endsOn: today,
    placeIds: [w.factory],
  });
  planId = plan.json<{ id: number }>().id;
  const checkIn = await w.call('chief', 'POST', '/supervision/inspections', {
    planTargetId: plan.json<{ targets: { id: number }[] }>().targets[0]!.id,
    lng: 113.13,
    lat: 27.83,
  });
  expect(checkIn.statusCode, checkIn.body).toBe(201);
  inspection = checkIn.json();
});
afterAll(async () => {
  await w.t.close();
});

const url = (path = '') => `/supervision/inspections/${inspection.id}${path}`;
const problem = (body: string) => JSON.parse(body) as { code: string; detail: string };

describe('an inspection on site', () => {
  it('should check in with the checklist of the place type, once per target', async () => {
    expect(inspection.checklist).toMatchObject({ code: 'enterprise', version: 1 });
    expect(inspection.checklist.items.map((i) => i.key)).toContain('closed_loop');
    expect(inspection).toMatchObject({
      lng: 113.13,
      lat: 27.83,
      submittedAt: null,
      target: { name: '株洲火炬工业炉厂' },
    });
    const again = await w.call('chief', 'POST', '/supervision/inspections', { planTargetId: inspection.planTargetId });
    expect(again.statusCode).toBe(409);
    expect(problem(again.body).code).toBe('INSPECTION_STATE');
    expect((await w.audits('supervision.inspection.check_in')).map((a) => Number(a.entity_id))).toEqual([
      inspection.id,
    ]);
  });

  it('should refuse an answer to an unknown item or of the wrong kind, naming its position, and keep nothing', async () => {
    const unknown = await w.call('chief', 'POST', url('/answers'), {
      answers: [
        { itemKey: 'masks', value: true },
        { itemKey: 'karaoke', value: true },
      ],
    });
    expect(unknown.statusCode).toBe(422);
    expect(problem(unknown.body)).toMatchObject({ code: 'CHECKLIST_ITEM_UNKNOWN' });
    expect(problem(unknown.body).detail).toBe('第 2 条答案：检查清单中没有“karaoke”这一项');
    const wrongKind = await w.call('chief', 'POST', url('/answers'), { answers: [{ itemKey: 'masks', value: 'yes' }] });
    expect(wrongKind.statusCode).toBe(422);
    expect(problem(wrongKind.body).detail).toMatch(/^第 1 条答案：.*须回答是或否$/);
    const badChoice = await w.call('chief', 'POST', url('/answers'), {
      answers: [{ itemKey: 'temperature_register', value: 'sometimes' }],
    });
    expect(problem(badChoice.body).detail).toContain('sometimes');
    const stored = await w.call('chief', 'GET', url());
    expect(stored.json<InspectionDetail>().answers).toEqual([]);
  });

  it('should record answers, photos and a finding by hand, then make findings of the failed items on submit', async () => {
    const answered = await w.call('chief', 'POST', url('/answers'), {
      answers: [
        { itemKey: 'closed_loop', value: false, note: '员工自行外出' },
        { itemKey: 'masks', value: true },
        { itemKey: 'canteen', value: false },
        { itemKey: 'dormitory', value: false },
        { itemKey: 'temperature_register', value: 'complete' },
      ],
    });
    expect(answered.statusCode, answered.body).toBe(200);
    // Answered again before submitting: the new answer counts.
    await w.call('chief', 'POST', url('/answers'), {
      answers: [{ itemKey: 'temperature_register', value: 'partial' }],
    });

    const photo = await w.upload('chief', url('/photos'), { type: 'image/jpeg', content: jpeg });
    expect(photo.statusCode, photo.body).toBe(201);
    const notPhoto = await w.upload('chief', url('/photos'), { type: 'text/plain', content: Buffer.from('hi') });
    expect(notPhoto.statusCode).toBe(415);

    const byHand = await w.call('chief', 'POST', url('/findings'), { description: '消毒液过期', severity: 'minor' });
    expect(byHand.statusCode, byHand.body).toBe(200);

    const submitted = await w.call('chief', 'POST', url('/submit'), { note: '企业负责人陪同不当' });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const detail = submitted.json<InspectionDetail>();
    expect(detail.submittedAt).not.toBeNull();
    expect(detail.photos).toHaveLength(1);
    expect(detail.failedCount).toBe(4);
    const severities = Object.fromEntries(detail.findings.map((f) => [f.itemKey ?? 'hand', f.severity]));
    expect(severities).toEqual({
      hand: 'minor',
      closed_loop: 'critical',
      canteen: 'major',
      dormitory: 'minor',
      temperature_register: 'major',
    });
    expect(detail.findings.find((f) => f.itemKey === 'closed_loop')?.description).toContain('员工自行外出');
    const plan = await w.call('chief', 'GET', `/supervision/plans/${planId}`);
    expect(plan.json<{ status: string }>().status).toBe('done');
    expect(await w.audits('supervision.inspection.submit')).toHaveLength(1);
    expect(await w.audits('supervision.inspection.answer')).toHaveLength(2);
  });

  it('should freeze the inspection once submitted', async () => {
    const late = await w.call('chief', 'POST', url('/answers'), { answers: [{ itemKey: 'masks', value: false }] });
    expect(late.statusCode).toBe(409);
    expect(problem(late.body).code).toBe('INSPECTION_STATE');
    const lateFinding = await w.call('chief', 'POST', url('/findings'), { description: '又一个', severity: 'minor' });
    expect(lateFinding.statusCode).toBe(409);
    const again = await w.call('chief', 'POST', url('/submit'), {});
    expect(again.statusCode).toBe(409);
  });

  it('should record a fix on the spot only with a note and a photo', async () => {
    const detail = (await w.call('chief', 'GET', url())).json<InspectionDetail>();
    const canteen = detail.findings.find((f) => f.itemKey === 'canteen')!;
    const noPhoto = await w.call('chief', 'POST', `/supervision/findings/${canteen.id}/fixed-on-spot`, {
      note: '已分餐',
    });
    expect(noPhoto.statusCode).toBe(409);
    const photo = await w.upload('chief', `/supervision/findings/${canteen.id}/photos`, {
      type: 'image/png',
      content: jpeg,
    });
    expect(photo.statusCode, photo.body).toBe(201);
    const fixed = await w.call('chief', 'POST', `/supervision/findings/${canteen.id}/fixed-on-spot`, {
      note: '已分餐',
    });
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect(fixed.json<Finding>()).toMatchObject({ disposition: 'fixed_on_spot', fixedNote: '已分餐' });
    expect(fixed.json<Finding>().photos).toHaveLength(1);
    const image = await w.call('chief', 'GET', `/supervision/photos/${photo.json<{ id: number }>().id}`);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.rawPayload.equals(jpeg)).toBe(true);
    expect(await w.audits('supervision.finding.fix_on_spot')).toHaveLength(1);
    expect((await w.audits('supervision.photo.add')).length).toBe(2);
  });

  it('should hand a finding to a rectification order once, inside the caller transaction', async () => {
    const detail = (await w.call('chief', 'GET', url())).json<InspectionDetail>();
    const closedLoop = detail.findings.find((f) => f.itemKey === 'closed_loop')!;
    const chief = (await actorByUserId(w.t.db, w.ids.chief))!;
    const outsider = (await actorByUserId(w.t.db, w.ids.outsider))!;
    await w.t.db.transaction().execute(async (trx) => {
      const finding = await findingForOrder(trx, chief, closedLoop.id);
      expect(finding).toMatchObject({ severity: 'critical', mustFixNow: true, placeId: w.factory });
      await markFindingOrdered(trx, finding.id);
    });
    await expect(
      w.t.db.transaction().execute((trx) => findingForOrder(trx, chief, closedLoop.id)),
    ).rejects.toMatchObject({
      code: 'INSPECTION_STATE',
    });
    const dormitory = detail.findings.find((f) => f.itemKey === 'dormitory')!;
    await expect(
      w.t.db.transaction().execute((trx) => findingForOrder(trx, outsider, dormitory.id)),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('should list inspections and findings within the jurisdiction only', async () => {
    const mine = await w.call('chief', 'GET', '/supervision/findings?pageSize=50');
    expect(mine.json<{ total: number }>().total).toBe(5);
    const open = await w.call('chief', 'GET', '/supervision/findings?disposition=open');
    expect(open.json<{ total: number }>().total).toBe(3);
    const theirs = await w.call('outsider', 'GET', '/supervision/findings');
    expect(theirs.json<{ total: number }>().total).toBe(0);
    const inspections = await w.call('outsider', 'GET', '/supervision/inspections');
    expect(inspections.json<{ total: number }>().total).toBe(0);
    expect((await w.call('outsider', 'GET', url())).statusCode).toBe(404);
    // The unit's liaison sees its inspection once it happened.
    expect((await w.call('liaison', 'GET', url())).statusCode).toBe(200);
  });

  it('should check in ad hoc with the checklist of the target kind, within the jurisdiction', async () => {
    const pharmacy = await w.call('chief', 'POST', '/supervision/inspections', { placeId: w.pharmacy });
    expect(pharmacy.statusCode, pharmacy.body).toBe(201);
    expect(pharmacy.json<InspectionDetail>().checklist.code).toBe('pharmacy');
    const community = await w.call('chief', 'POST', '/supervision/inspections', { regionId: w.tree.communityA });
    expect(community.json<InspectionDetail>().checklist.code).toBe('community');
    const outside = await w.call('teammate', 'POST', '/supervision/inspections', { placeId: w.factory });
    expect(outside.statusCode).toBe(404);
    const both = await w.call('chief', 'POST', '/supervision/inspections', {
      placeId: w.factory,
      regionId: w.tree.gridA,
    });
    expect(both.statusCode).toBe(400);
  });
});
