import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TemplateDetail, TemplateSummary } from './checklists.schema.ts';
import type { InspectionDetail } from './inspections.schema.ts';
import { openSupervisionWorld, type SupervisionWorld } from './supervision.test-support.ts';

let w: SupervisionWorld;
beforeAll(async () => {
  w = await openSupervisionWorld();
});
afterAll(async () => {
  await w.t.close();
});

const templateOf = async (code: string) =>
  (await w.call('chief', 'GET', '/supervision/checklists'))
    .json<{ items: TemplateSummary[] }>()
    .items.find((t) => t.code === code)!;

describe('checklist templates', () => {
  it('should ship a default checklist for each kind of target', async () => {
    const list = await w.call('chief', 'GET', '/supervision/checklists');
    expect(list.statusCode).toBe(200);
    const items = list.json<{ items: TemplateSummary[] }>().items;
    expect(items.map((t) => t.targetKind).sort()).toEqual(
      [
        'checkpoint',
        'community',
        'enterprise',
        'general',
        'hospital',
        'isolation_site',
        'market',
        'pharmacy',
        'sampling_point',
        'school',
      ].sort(),
    );
    for (const template of items) {
      expect(template.activeVersion).toBe(1);
      expect(template.itemCount).toBeGreaterThanOrEqual(4);
    }
  });

  it('should keep the version an inspection was made with after a revision', async () => {
    const pharmacy = await templateOf('pharmacy');
    const before = await w.call('chief', 'POST', '/supervision/inspections', { placeId: w.pharmacy });
    const detail = (await w.call('chief', 'GET', `/supervision/checklists/${pharmacy.id}`)).json<TemplateDetail>();
    const items = [
      ...detail.versions[0]!.items,
      {
        key: 'queue_distance',
        textZh: '购药排队间隔一米',
        textEn: 'Buyers queue one metre apart',
        kind: 'yes_no',
        expected: true,
        weight: 2,
        mustFixNow: false,
      },
    ];
    const revised = await w.call('staff', 'PUT', `/supervision/checklists/${pharmacy.id}`, { items });
    expect(revised.statusCode, revised.body).toBe(200);
    const versions = revised.json<TemplateDetail>().versions;
    expect(versions.map((v) => [v.version, v.active])).toEqual([
      [2, true],
      [1, false],
    ]);
    const old = (
      await w.call('chief', 'GET', `/supervision/inspections/${before.json<{ id: number }>().id}`)
    ).json<InspectionDetail>();
    expect(old.checklist.version).toBe(1);
    expect(old.checklist.items.map((i) => i.key)).not.toContain('queue_distance');
    const after = await w.call('chief', 'POST', '/supervision/inspections', { placeId: w.pharmacy });
    expect(after.json<InspectionDetail>().checklist.version).toBe(2);
    const audits = await w.audits('supervision.checklist.revise');
    expect(audits).toEqual([
      expect.objectContaining({ entity_id: String(pharmacy.id), summary: expect.objectContaining({ version: 2 }) }),
    ]);
  });

  it('should refuse unsound items, naming item and field, and keep the active version', async () => {
    const school = await templateOf('school');
    const bad = await w.call('staff', 'PUT', `/supervision/checklists/${school.id}`, {
      items: [
        { key: 'gate', textZh: '门', textEn: 'gate', kind: 'yes_no', expected: true, weight: 2, mustFixNow: false },
        { key: 'gate', textZh: '门', textEn: 'gate', kind: 'yes_no', expected: true, weight: 2, mustFixNow: false },
        {
          key: 'log',
          textZh: '记录',
          textEn: 'log',
          kind: 'choice',
          choices: [
            { key: 'a', textZh: '有', textEn: 'yes' },
            { key: 'b', textZh: '无', textEn: 'no' },
          ],
          passing: ['c'],
          weight: 2,
          mustFixNow: false,
        },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual([
      '/items/1/key',
      '/items/2/passing',
    ]);
    expect((await templateOf('school')).activeVersion).toBe(1);
  });

  it('should let only checklist managers revise', async () => {
    const school = await templateOf('school');
    const detail = (await w.call('chief', 'GET', `/supervision/checklists/${school.id}`)).json<TemplateDetail>();
    const response = await w.call('chief', 'PUT', `/supervision/checklists/${school.id}`, {
      items: detail.versions[0]!.items,
    });
    expect(response.statusCode).toBe(403);
  });
});

describe('the people of a unit', () => {
  it('should add, list and remove a liaison officer, audited', async () => {
    const added = await w.call('admin', 'PUT', `/units/${w.school}/members/${w.ids.communityCadre}`, {
      duty: 'liaison',
    });
    expect(added.statusCode, added.body).toBe(200);
    expect(added.json<{ items: { userId: number; duty: string }[] }>().items).toEqual([
      expect.objectContaining({ userId: w.ids.communityCadre, duty: 'liaison' }),
    ]);
    const forbidden = await w.call('chief', 'PUT', `/units/${w.school}/members/${w.ids.chief}`, { duty: 'staff' });
    expect(forbidden.statusCode).toBe(403);
    const removed = await w.call('admin', 'DELETE', `/units/${w.school}/members/${w.ids.communityCadre}`);
    expect(removed.statusCode).toBe(204);
    const list = await w.call('admin', 'GET', `/units/${w.school}/members`);
    expect(list.json<{ items: unknown[] }>().items).toEqual([]);
    expect((await w.audits('supervision.unit_member.set')).map((a) => a.summary)).toEqual([
      { userId: w.ids.communityCadre, duty: 'liaison' },
    ]);
    expect(await w.audits('supervision.unit_member.remove')).toHaveLength(1);
  });
});
