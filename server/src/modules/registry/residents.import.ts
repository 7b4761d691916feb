import { sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import { pathInJurisdiction } from '../../core/auth/scope.ts';
import type { Executor } from '../../core/db/database.ts';
import { CountDeltas } from './counts.repository.ts';
import { findOrCreateHouseholds } from './households.repository.ts';
import { parseIdNumber, parsePhone } from './id-number.ts';
import { type BatchOutcome, type ImportHandler, optional, type ParsedRow, required } from './import/handler.ts';
import type { FieldProblem } from './import/reasons.ts';
import { pinRows, type RegionCache } from './region-cache.ts';
import { parseTags } from './tags.ts';
import type { SpecialNeedsTag } from './vocabulary.ts';

export interface ResidentInput {
  idNumber: string;
  name: string;
  sex: 'M' | 'F';
  birthDate: string;
  phone: string | null;
  householdAddress: string | null;
  gridCode: string;
  tags: SpecialNeedsTag[];
}

interface Existing {
  id_number: string;
  name: string;
  phone: string | null;
  household_id: number | null;
  grid_id: number;
  path: string;
  tags: string[];
}

const idProblems = { format: 'id_format', birthDate: 'id_birth_date', checksum: 'id_checksum' } as const;

export function parseResident(values: Record<string, string>): ResidentInput | FieldProblem[] {
  const problems: FieldProblem[] = [];
  const rawId = required(values, 'idNumber', problems);
  const name = required(values, 'name', problems);
  const gridCode = required(values, 'gridCode', problems);
  const id = rawId ? parseIdNumber(rawId) : null;
  if (typeof id === 'string') problems.push({ field: 'idNumber', value: rawId, reason: idProblems[id] });
  const rawPhone = optional(values, 'phone');
  const phone = rawPhone === null ? null : parsePhone(rawPhone);
  if (rawPhone !== null && phone === null) problems.push({ field: 'phone', value: rawPhone, reason: 'phone_invalid' });
  const tags = parseTags(values.tags ?? '');
  if (!Array.isArray(tags)) problems.push({ field: 'tags', value: values.tags ?? '', reason: 'unknown_tag' });
  if (problems.length > 0 || !id || typeof id === 'string' || !Array.isArray(tags)) return problems;
  return { ...id, name, phone, householdAddress: optional(values, 'householdAddress'), gridCode, tags };
}

const sameTags = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((t, i) => t === b[i]);

async function existingResidents(db: Executor, idNumbers: string[]): Promise<Map<string, Existing>> {
  const { rows } = await sql<Existing>`
    SELECT id_number, name, phone, household_id, grid_id, path::text AS path, tags
      FROM resident WHERE id_number = ANY(${idNumbers}::text[])`.execute(db);
  return new Map(rows.map((row) => [row.id_number, row]));
}

interface ResidentWrite extends ResidentInput {
  householdId: number | null;
  gridId: number;
  path: string;
}

async function upsertResidents(db: Executor, rows: ResidentWrite[]): Promise<void> {
  if (rows.length === 0) return;
  const col = <K extends keyof ResidentWrite>(key: K) => rows.map((r) => r[key]);
  await sql`
    INSERT INTO resident (id_number, name, sex, birth_date, phone, household_id, grid_id, path, tags)
    SELECT t.id_number, t.name, t.sex, t.birth_date, t.phone, t.household_id, t.grid_id, t.path::ltree,
           string_to_array(t.tags, ',')
      FROM unnest(${col('idNumber')}::text[], ${col('name')}::text[], ${col('sex')}::text[], ${col('birthDate')}::date[],
                  ${col('phone')}::text[], ${col('householdId')}::bigint[], ${col('gridId')}::bigint[], ${col('path')}::text[],
                  ${rows.map((r) => r.tags.join(','))}::text[])
           AS t(id_number, name, sex, birth_date, phone, household_id, grid_id, path, tags)
    ON CONFLICT (id_number) DO UPDATE SET name = excluded.name, phone = excluded.phone,
      household_id = excluded.household_id, grid_id = excluded.grid_id, path = excluded.path, tags = excluded.tags,
      updated_at = now()`.execute(db);
}

/** Residents keyed by ID number; a missing household is created in the resident's grid. */
export function residentImport(regions: RegionCache): ImportHandler<ResidentInput> {
  return {
    parse: parseResident,
    key: (input) => input.idNumber,
    async write(trx: Executor, actor: Actor, rows: ParsedRow<ResidentInput>[]): Promise<BatchOutcome> {
      const { pinned, rejections } = await pinRows(trx, actor, regions, rows, 'gridCode', true);
      const counts = new CountDeltas();
      const households = await findOrCreateHouseholds(
        trx,
        pinned.flatMap((r) =>
          r.input.householdAddress
            ? [{ address: r.input.householdAddress, gridId: r.region.id, path: r.region.path }]
            : [],
        ),
        counts,
      );
      const existing = await existingResidents(
        trx,
        pinned.map((r) => r.input.idNumber),
      );
      const writes: ResidentWrite[] = [];
      let unchanged = 0;
      for (const { row, input, region } of pinned) {
        const household = input.householdAddress ? households.get(input.householdAddress) : undefined;
        if (household && household.gridId !== region.id) {
          rejections.push({
            row,
            field: 'householdAddress',
            value: input.householdAddress ?? '',
            reason: 'household_in_other_grid',
          });
          continue;
        }
        const before = existing.get(input.idNumber);
        // Moving someone out of another jurisdiction is a transfer for whoever holds both, not an import.
        if (before && !pathInJurisdiction(actor, before.path)) {
          rejections.push({ row, field: 'idNumber', value: input.idNumber, reason: 'outside_jurisdiction' });
          continue;
        }
        const write = { ...input, householdId: household?.id ?? null, gridId: region.id, path: region.path };
        if (before && isSame(before, write)) {
          unchanged += 1;
          continue;
        }
        countChange(counts, before, write);
        writes.push(write);
      }
      await upsertResidents(trx, writes);
      await counts.apply(trx);
      const inserted = writes.filter((w) => !existing.has(w.idNumber)).length;
      return { inserted, updated: writes.length - inserted, unchanged, rejections };
    },
  };
}

function isSame(before: Existing, after: ResidentWrite): boolean {
  return (
    before.name === after.name &&
    before.phone === after.phone &&
    before.household_id === after.householdId &&
    before.grid_id === after.gridId &&
    sameTags(before.tags, after.tags)
  );
}

function countChange(counts: CountDeltas, before: Existing | undefined, after: ResidentWrite): void {
  if (before) {
    counts.add(before.grid_id, before.path, 'residents', -1);
    counts.add(before.grid_id, before.path, 'special_needs', before.tags.length > 0 ? -1 : 0);
  }
  counts.add(after.gridId, after.path, 'residents', 1);
  counts.add(after.gridId, after.path, 'special_needs', after.tags.length > 0 ? 1 : 0);
}
