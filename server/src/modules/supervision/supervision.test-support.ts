import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import type { Role } from '../../core/auth/roles.ts';
import { buildRegionTree, buildUser, createTestApp, type RegionTree, signIn, type TestApp } from '../../../test/app.ts';
import type { Method } from '../../../test/world.ts';

type Account = 'chief' | 'staff' | 'admin' | 'liaison' | 'communityCadre' | 'outsider' | 'teammate';

export interface SupervisionWorld {
  t: TestApp;
  tree: RegionTree;
  /** A factory in grid A (its liaison is `liaison`), a school in grid A2, a pharmacy in grid B. */
  factory: number;
  school: number;
  pharmacy: number;
  ids: Record<Account, number>;
  call: (who: string, method: Method, url: string, payload?: object) => Promise<LightMyRequestResponse>;
  /** A multipart upload of one file as `who`. */
  upload: (who: string, url: string, file: { type: string; content: Buffer }) => Promise<LightMyRequestResponse>;
  /** The audit entries of an action, oldest first. */
  audits: (action: string) => Promise<{ entity_id: string | null; summary: Record<string, unknown> }[]>;
}

async function insertPlace(t: TestApp, gridId: number, type: string, name: string): Promise<number> {
  const { rows } = await sql<{ id: number }>`
    INSERT INTO place (code, type, name, grid_id, path)
    SELECT ${`S-${name}`}, ${type}, ${name}, id, path FROM region WHERE id = ${gridId} RETURNING id::int AS id`.execute(
    t.db,
  );
  return rows[0]!.id;
}

/**
 * Two districts (株洲 test tree) with a factory, a school and a pharmacy, and these accounts:
 * chief (supervisor, whole city), staff (supervision staff: edits checklists, whole city), admin (administrator),
 * liaison (the factory's liaison officer; enterprise staff, so holding supervision.read; grid A),
 * communityCadre (commander of grid A2 under community A), outsider (commander of grid B),
 * teammate (supervision staff of district B only).
 */
export async function openSupervisionWorld(): Promise<SupervisionWorld> {
  const t = await createTestApp();
  const tree = await buildRegionTree(t.db);
  const accounts: Record<Account, { roles: Role[]; regions: number[] }> = {
    chief: { roles: ['supervisor'], regions: [tree.city] },
    staff: { roles: ['supervision_staff'], regions: [tree.city] },
    admin: { roles: ['administrator'], regions: [tree.city] },
    liaison: { roles: ['liaison', 'enterprise_staff'], regions: [tree.gridA] },
    communityCadre: { roles: ['commander'], regions: [tree.gridA2] },
    outsider: { roles: ['commander'], regions: [tree.gridB] },
    teammate: { roles: ['supervision_staff'], regions: [tree.districtB] },
  };
  const cookies: Record<string, string> = {};
  const ids = {} as Record<Account, number>;
  for (const [username, { roles, regions }] of Object.entries(accounts) as [Account, (typeof accounts)[Account]][]) {
    ids[username] = (await buildUser(t.db, { username, roles, regionIds: regions })).id;
    cookies[username] = await signIn(t.app, username);
  }
  const factory = await insertPlace(t, tree.gridA, 'enterprise', '株洲火炬工业炉厂');
  await sql`INSERT INTO place_member (place_id, user_id) VALUES (${factory}, ${ids.liaison})`.execute(t.db);
  const call: SupervisionWorld['call'] = (who, method, url, payload) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { cookie: cookies[who] ?? '' },
      ...(payload ? { payload } : {}),
    });
  const upload: SupervisionWorld['upload'] = (who, url, file) => {
    const boundary = '----supervision-test';
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="photo"\r\nContent-Type: ${file.type}\r\n\r\n`,
      ),
      file.content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    return t.app.inject({
      method: 'POST',
      url: `/api/v1${url}`,
      headers: { cookie: cookies[who] ?? '', 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: body,
    });
  };
  const audits: SupervisionWorld['audits'] = async (action) =>
    (
      await sql<{ entity_id: string | null; summary: Record<string, unknown> }>`
        SELECT entity_id, summary FROM audit_log WHERE action = ${action} ORDER BY id`.execute(t.db)
    ).rows;
  return {
    t,
    tree,
    factory,
    school: await insertPlace(t, tree.gridA2, 'school', '铁路科技职院'),
    pharmacy: await insertPlace(t, tree.gridB, 'pharmacy', '新塘大药房'),
    ids,
    call,
    upload,
    audits,
  };
}

/** A tiny but real JPEG header and body: enough for a stored photo. */
export const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0xff, 0xd9]);
