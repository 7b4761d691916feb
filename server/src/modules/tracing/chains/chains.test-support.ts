import { sql } from 'kysely';
import { openWorld, type World } from '../../../../test/world.ts';
import { systemActor } from '../../../core/auth/actor.ts';
import { systemContext } from '../../../core/audit/audit.ts';
import type { Db } from '../../../core/db/database.ts';
import { createRegion } from '../../regions/regions.service.ts';
import { checkCharacter } from '../../registry/id-number.ts';
import type { Classification, ContactKind, ContactStatus } from '../vocabulary.ts';

export interface Grid {
  id: number;
  path: string;
}

export interface ChainWorld extends World {
  /** Grids of the demo city: [0] and [1] of one community, [2] of another. */
  grids: [Grid, Grid, Grid];
}

/**
 * A demo city (one grid at this size) with `office` (tracing staff of the whole city) signed in, and a second
 * grid in the same community and a grid of a new community added, to place people in.
 */
export async function openChainWorld(seed: number): Promise<ChainWorld> {
  const world = await openWorld({ residents: 200, seed }, { office: { roles: ['tracing_staff'] } });
  const db = world.t.db;
  const grid = await db
    .selectFrom('region as g')
    .innerJoin('region as c', 'c.id', 'g.parent_id')
    .select(['g.id', 'g.path', 'c.id as community', 'c.parent_id as street'])
    .where('g.level_id', '=', 5)
    .executeTakeFirstOrThrow();
  const add = (parentId: number | null, levelId: number, name: string) =>
    createRegion(db, systemActor, systemContext, { parentId, levelId, code: null, name });
  const sibling = await add(grid.community, 5, '链测第二网格');
  const community = await add(grid.street, 4, '链测社区');
  const elsewhere = await add(community.id, 5, '链测社区第一网格');
  const paths = await sql<Grid>`
    SELECT id, path::text AS path FROM region WHERE id IN (${sibling.id}, ${elsewhere.id}) ORDER BY id`.execute(db);
  const [second, third] = paths.rows;
  if (!second || !third) throw new Error('the test grids were not made');
  return { ...world, grids: [{ id: grid.id, path: grid.path }, second, third] };
}

let serial = 0;

/** A fresh, valid 18-digit ID number (born 1960-01-01 plus `serial` days). */
export function nextIdNumber(): string {
  serial += 1;
  const birth = new Date(Date.UTC(1960, 0, 1) + serial * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
  const first17 = `430203${birth}${String(serial % 1000).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
}

export interface CaseInput {
  grid: Grid;
  name?: string;
  idNumber?: string;
  phone?: string;
  classification?: Classification;
  onsetDate?: string;
  foundAt?: string;
  fromContactId?: number;
}

/** A case written straight into the table, as the cases service would leave it. */
export async function insertCase(db: Db, c: CaseInput): Promise<{ id: number; code: string; idNumber: string }> {
  const idNumber = c.idNumber ?? nextIdNumber();
  serial += 1;
  const code = `BL${String(serial).padStart(6, '0')}`;
  const { rows } = await sql<{ id: number }>`
    INSERT INTO tracing_case (code, id_number, name, phone, grid_id, path, classification, found_via, onset_date,
                              found_at, from_contact_id, protocol_id)
    VALUES (${code}, ${idNumber}, ${c.name ?? `病例${code}`}, ${c.phone ?? null}, ${c.grid.id}, ${c.grid.path}::ltree,
            ${c.classification ?? 'confirmed'}, 'mass_testing', ${c.onsetDate ?? null}::date,
            ${c.foundAt ?? new Date().toISOString()}::timestamptz, ${c.fromContactId ?? null},
            (SELECT id FROM protocol WHERE active))
    RETURNING id`.execute(db);
  return { id: rows[0]?.id ?? 0, code, idNumber };
}

export interface ContactInput {
  grid: Grid;
  source: { caseId: number } | { contactId: number };
  idNumber?: string;
  phone?: string;
  name?: string;
  kind?: ContactKind;
  status?: ContactStatus;
  identifiedAt?: string;
}

/** A contact record written straight into the table; person_key from the ID number, else the phone. */
export async function insertContact(db: Db, t: ContactInput): Promise<number> {
  const idNumber = t.idNumber ?? (t.phone ? null : nextIdNumber());
  const personKey = idNumber ? `id:${idNumber}` : `ph:${t.phone}`;
  const { rows } = await sql<{ id: number }>`
    INSERT INTO tracing_contact (person_key, id_number, phone, name, grid_id, path, kind, found_via, status,
                                 source_case_id, source_contact_id, identified_at)
    VALUES (${personKey}, ${idNumber}, ${t.phone ?? null}, ${t.name ?? '接触者'}, ${t.grid.id}, ${t.grid.path}::ltree,
            ${t.kind ?? ('caseId' in t.source ? 'close' : 'secondary')}, 'investigation', ${t.status ?? 'identified'},
            ${'caseId' in t.source ? t.source.caseId : null}, ${'contactId' in t.source ? t.source.contactId : null},
            ${t.identifiedAt ?? new Date().toISOString()}::timestamptz)
    RETURNING id`.execute(db);
  return rows[0]?.id ?? 0;
}

/**
 * A chain of `length` cases in `grid`, each found as a close contact of the one before, onsets a day apart
 * from `firstOnset`: returns the cases in chain order.
 */
export async function insertChain(db: Db, grid: Grid, length: number, firstOnset = '2022-04-01') {
  const cases = [await insertCase(db, { grid, onsetDate: firstOnset })];
  for (let i = 1; i < length; i += 1) {
    const before = cases[i - 1];
    if (!before) break;
    const idNumber = nextIdNumber();
    await insertContact(db, { grid, source: { caseId: before.id }, idNumber });
    const onset = new Date(Date.parse(firstOnset) + i * 86_400_000).toISOString().slice(0, 10);
    cases.push(await insertCase(db, { grid, idNumber, onsetDate: onset }));
  }
  return cases;
}
