import { sql } from 'kysely';
import type { Executor } from '../../../core/db/database.ts';
import type { ColumnMapping } from './fields.ts';

export interface SavedMapping {
  id: number;
  kind: string;
  name: string;
  columns: ColumnMapping;
}

export async function findMapping(db: Executor, kind: string, name: string): Promise<SavedMapping | undefined> {
  return db
    .selectFrom('import_mapping')
    .select(['id', 'kind', 'name', 'columns'])
    .where('kind', '=', kind)
    .where('name', '=', name)
    .executeTakeFirst();
}

export async function listMappings(db: Executor, kind: string): Promise<SavedMapping[]> {
  return db
    .selectFrom('import_mapping')
    .select(['id', 'kind', 'name', 'columns'])
    .where('kind', '=', kind)
    .orderBy('name')
    .execute();
}

/** Saves (or replaces) a named mapping for the next file of the same shape. */
export async function saveMapping(
  db: Executor,
  mapping: Omit<SavedMapping, 'id'>,
  userId: number | null,
): Promise<SavedMapping> {
  const { rows } = await sql<SavedMapping>`
    INSERT INTO import_mapping (kind, name, columns, created_by) VALUES (${mapping.kind}, ${mapping.name}, ${JSON.stringify(mapping.columns)}::jsonb, ${userId})
    ON CONFLICT (kind, name) DO UPDATE SET columns = excluded.columns, updated_at = now()
    RETURNING id, kind, name, columns`.execute(db);
  const row = rows[0];
  if (!row) throw new Error('import_mapping upsert returned nothing');
  return row;
}
