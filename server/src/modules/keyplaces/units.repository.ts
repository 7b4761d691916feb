import { type RawBuilder, sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import type { Executor } from '../../core/db/database.ts';
import { inJurisdiction } from '../../core/auth/scope.ts';
import { readsUnit, type UnitType } from './unit-access.ts';

/** The figures of a daily report, and the liaison's note. */
export type ReportFigures = { note?: string | null };

/**
 * What sets one kind of unit's ledger apart from another's: its place type, its two tables and its columns.
 * Both tables hang off `place`, so every read is scoped by the place's path.
 */
export interface UnitKind<Body extends ReportFigures> {
  type: UnitType;
  /** One row per unit (l), made on its first edit. */
  ledgerTable: string;
  /** One row per unit and local day (d), filed by its liaison. */
  reportTable: string;
  /** The ledger's own columns as of `day`, over place p and ledger l: defaults while l is missing. */
  ledgerColumns: (day: string) => RawBuilder<unknown>;
  /** The report's figures: field of the body → column of the report table. */
  reportColumns: Record<Exclude<keyof Body, 'note'>, string>;
}

/** The columns of a ledger row that every kind has. */
export interface UnitRow {
  id: number;
  code: string;
  name: string;
  grid_id: number;
  grid_name: string;
  kept: boolean;
  reported_today: boolean;
  updated_at: Date | null;
}

/** Who filed a report and when; each kind adds its figures. */
export interface UnitReportRow {
  day: string;
  note: string | null;
  reported_by: string;
  reported_at: string;
}

// The registry may already hold a unit's figures (place.attributes, from the places import): a unit never
// edited here starts from them.
export const registryCount = (key: string) =>
  sql`CASE WHEN p.attributes->>${key} ~ '^[0-9]{1,7}$' THEN (p.attributes->>${key})::int END`;

/** Units of a type the caller reads, narrowed to a region path and a part of their name. */
export function unitFilter(actor: Actor, type: UnitType, regionPath: string | null, name?: string) {
  return sql<boolean>`p.type = ${type} AND ${readsUnit(actor, 'p.id', 'p.path')}
    ${regionPath === null ? sql`` : sql`AND p.path <@ ${regionPath}::ltree`}
    ${name ? sql`AND p.name LIKE ${`%${name.replace(/[\\%_]/g, '\\$&')}%`}` : sql``}`;
}

/** The places of the caller's jurisdiction with these codes, of any type, by code. */
export async function placesByCode(db: Executor, actor: Actor, codes: string[]) {
  const { rows } = await sql<{ id: number; code: string; type: string }>`
    SELECT p.id, p.code, p.type FROM place p
     WHERE p.code = ANY(${codes}::text[]) AND ${inJurisdiction(actor, 'p.path')}`.execute(db);
  return new Map(rows.map((r) => [r.code, r]));
}

/** The SQL of a kind's ledgers and daily reports, typed by its rows. */
export function unitsRepository<Row extends UnitRow, Report extends UnitReportRow, Body extends ReportFigures>(
  kind: UnitKind<Body>,
) {
  const from = sql`place p JOIN region g ON g.id = p.grid_id LEFT JOIN ${sql.table(kind.ledgerTable)} l ON l.place_id = p.id`;
  const reports = sql.table(kind.reportTable);
  const figures = Object.entries<string>(kind.reportColumns);
  const columns = (day: string) => sql`
    p.id, p.code, p.name, g.id AS grid_id, g.name AS grid_name, l.place_id IS NOT NULL AS kept, l.updated_at,
    ${kind.ledgerColumns(day)},
    EXISTS (SELECT 1 FROM ${reports} d WHERE d.place_id = p.id AND d.day = ${day}::date) AS reported_today`;
  const reportJson = sql`jsonb_build_object(
    'day', d.day::text, ${sql.join(figures.map(([, column]) => sql`${sql.lit(column)}, ${sql.ref(`d.${column}`)}`))},
    'note', d.note, 'reported_by', u.display_name, 'reported_at', d.reported_at)`;
  const filed = sql`${reports} d JOIN app_user u ON u.id = d.reported_by`;

  return {
    type: kind.type,
    ledgerTable: kind.ledgerTable,

    /** A page of the ledgers `where` admits, by name. */
    async page(db: Executor, where: RawBuilder<boolean>, today: string, page: { limit: number; offset: number }) {
      const [{ rows }, count] = await Promise.all([
        sql<Row>`SELECT ${columns(today)} FROM ${from} WHERE ${where}
                  ORDER BY p.name, p.id LIMIT ${page.limit} OFFSET ${page.offset}`.execute(db),
        sql<{ total: number }>`SELECT count(*)::int AS total FROM ${from} WHERE ${where}`.execute(db),
      ]);
      return { rows, total: count.rows[0]?.total ?? 0 };
    },

    /** One unit's ledger (the caller's reach is checked before: see unit-access). */
    async find(db: Executor, placeId: number, today: string): Promise<Row | null> {
      const { rows } = await sql<Row>`SELECT ${columns(today)} FROM ${from} WHERE p.id = ${placeId}`.execute(db);
      return rows[0] ?? null;
    },

    /** Every unit `where` admits with its ledger and its report of the day (null: not reported), by name. */
    async dayRows(db: Executor, where: RawBuilder<boolean>, day: string) {
      const { rows } = await sql<Row & { report: Report | null }>`
        SELECT ${columns(day)},
               (SELECT ${reportJson} FROM ${filed} WHERE d.place_id = p.id AND d.day = ${day}::date) AS report
          FROM ${from} WHERE ${where} ORDER BY p.name, p.id LIMIT 5000`.execute(db);
      return rows;
    },

    /** A unit's report of a day, or null. */
    async report(db: Executor, placeId: number, day: string): Promise<Report | null> {
      const { rows } = await sql<{ report: Report }>`
        SELECT ${reportJson} AS report FROM ${filed} WHERE d.place_id = ${placeId} AND d.day = ${day}::date`.execute(
        db,
      );
      return rows[0]?.report ?? null;
    },

    /** Stores a unit's report of a day, replacing one filed earlier that day. */
    async storeReport(db: Executor, placeId: number, day: string, body: Body, userId: number): Promise<void> {
      const names = sql.join(figures.map(([, column]) => sql.ref(column)));
      const values = sql.join(figures.map(([field]) => body[field as keyof Body]));
      const replaced = sql.join(figures.map(([, column]) => sql`${sql.ref(column)} = excluded.${sql.ref(column)}`));
      await sql`
        INSERT INTO ${reports} (place_id, day, ${names}, note, reported_by)
        VALUES (${placeId}, ${day}::date, ${values}, ${body.note ?? null}, ${userId})
        ON CONFLICT (place_id, day) DO UPDATE SET ${replaced}, note = excluded.note,
          reported_by = excluded.reported_by, reported_at = now()`.execute(db);
    },

    /** Serialises edits of one unit (its ledger, its reports…) until the transaction ends. */
    async lock(db: Executor, placeId: number): Promise<void> {
      await sql`SELECT pg_advisory_xact_lock(hashtext(${kind.type}), ${placeId}::int)`.execute(db);
    },
  };
}

export type UnitsRepository<Row extends UnitRow, Report extends UnitReportRow, Body extends ReportFigures> = ReturnType<
  typeof unitsRepository<Row, Report, Body>
>;
