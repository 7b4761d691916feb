import { sql } from 'kysely';
import { appendAudit, systemContext } from '../../../core/audit/audit.ts';
import type { Db, Executor } from '../../../core/db/database.ts';

/** The evidence tables partitioned by day (0012_tracing.sql), each by its time column. */
export type EvidenceTable = 'venue_scan' | 'location_record';
export const evidenceTables: readonly EvidenceTable[] = ['venue_scan', 'location_record'];

/** Evidence is kept this many days, then its partitions are dropped; ingest refuses anything older. */
export const RETENTION_DAYS = 28;

export const DAY_MS = 86_400_000;

// Partitions are a unit of storage and retention, never a figure anyone reads, so they are cut at UTC
// midnight: the same on every server whatever config.timeZone says, and never 23 or 25 hours long.
/** The UTC day holding an instant, as the epoch milliseconds of its midnight. */
export const utcDayOf = (at: Date | number): number => Math.floor(new Date(at).getTime() / DAY_MS) * DAY_MS;

const partitionName = (table: EvidenceTable, day: number): string =>
  `${table}_d${new Date(day).toISOString().slice(0, 10).replaceAll('-', '')}`;

/** The day a partition of ours holds, or null for a table not named by partitionName (left alone). */
function dayOfPartition(table: EvidenceTable, name: string): number | null {
  const m = new RegExp(`^${table}_d(\\d{4})(\\d{2})(\\d{2})$`).exec(name);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
}

// Creating and dropping partitions of one table never run at once, in this process or another.
const lockPartitions = (trx: Executor) =>
  sql`SELECT pg_advisory_xact_lock(hashtext('tracing.evidence.partitions'))`.execute(trx);

async function partitionsOf(db: Executor, table: EvidenceTable): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
     WHERE i.inhparent = ${table}::regclass ORDER BY c.relname`.execute(db);
  return rows.map((r) => r.name);
}

// Partitions known to exist, per database (a test process opens several): a batch for a known day costs
// no query. Only days older than the retention are ever dropped, and ingest refuses those.
const knownPartitions = new WeakMap<Db, Set<string>>();

function knownOf(db: Db): Set<string> {
  const known = knownPartitions.get(db) ?? new Set<string>();
  knownPartitions.set(db, known);
  return known;
}

/**
 * Makes the partitions of `table` for these UTC days (epoch ms of midnight) unless they exist. Safe from
 * any number of processes at once: the advisory lock orders them and the existing partitions are read
 * under it.
 */
export async function ensureDayPartitions(db: Db, table: EvidenceTable, days: Iterable<number>): Promise<void> {
  const known = knownOf(db);
  const missing = [...new Set(days)].filter((day) => !known.has(partitionName(table, day))).sort((a, b) => a - b);
  if (missing.length === 0) return;
  await db.transaction().execute(async (trx) => {
    await lockPartitions(trx);
    const existing = new Set(await partitionsOf(trx, table));
    for (const day of missing) {
      const name = partitionName(table, day);
      if (existing.has(name)) continue;
      // Not CREATE TABLE … PARTITION OF: that holds ACCESS EXCLUSIVE on the parent, so it waits for every
      // running read (a discovery query) and stalls all ingest queued behind it. ATTACH takes only SHARE
      // UPDATE EXCLUSIVE, which neither reads nor inserts wait for; the empty table is checked at once and
      // gets the parent's indexes as it is attached.
      await sql`CREATE TABLE IF NOT EXISTS ${sql.id(name)} (LIKE ${sql.id(table)} INCLUDING DEFAULTS INCLUDING CONSTRAINTS)`.execute(
        trx,
      );
      const [from, to] = [day, day + DAY_MS].map((ms) => sql.lit(new Date(ms).toISOString()));
      await sql`ALTER TABLE ${sql.id(table)} ATTACH PARTITION ${sql.id(name)} FOR VALUES FROM (${from}) TO (${to})`.execute(
        trx,
      );
    }
  });
  for (const day of missing) known.add(partitionName(table, day));
}

/** Makes today's partitions and those of the next `ahead` days, so ingest at midnight makes none. */
export async function prepareComingDays(db: Db, ahead = 2, now = new Date()): Promise<void> {
  const days = Array.from({ length: ahead + 1 }, (_, k) => utcDayOf(now) + k * DAY_MS);
  for (const table of evidenceTables) await ensureDayPartitions(db, table, days);
}

/** The instant before which evidence is expired: refused at ingest, and dropped with its partition. */
export const retentionCutoff = (now: number, days = RETENTION_DAYS): number => now - days * DAY_MS;

/**
 * Drops every day partition of the evidence tables wholly older than `days` days and the cell-day minutes
 * of those days, with one audit entry in the same transaction: deleting personal data is an action the
 * log keeps. Returns the dropped partitions' names.
 */
export async function dropExpiredPartitions(db: Db, days = RETENTION_DAYS, now = new Date()): Promise<string[]> {
  const cutoff = retentionCutoff(now.getTime(), days);
  const dropped = await db.transaction().execute(async (trx) => {
    // DROP of a partition locks its parent exclusively: rather fail (the job retries) than leave ingest
    // queued behind a long read.
    await sql`SET LOCAL lock_timeout = '5s'`.execute(trx);
    await lockPartitions(trx);
    const names: string[] = [];
    for (const table of evidenceTables) {
      for (const name of await partitionsOf(trx, table)) {
        const day = dayOfPartition(table, name);
        if (day === null || day + DAY_MS > cutoff) continue;
        await sql`DROP TABLE ${sql.id(name)}`.execute(trx);
        names.push(name);
      }
    }
    // The per-day minutes of location_cell_day go with the days whose records they count.
    const firstKept = new Date(utcDayOf(cutoff)).toISOString().slice(0, 10);
    const deleted = await sql`DELETE FROM location_cell_day WHERE day < ${firstKept}::date`.execute(trx);
    const cellDaysDeleted = Number(deleted.numAffectedRows ?? 0n);
    if (names.length > 0 || cellDaysDeleted > 0) {
      await appendAudit(trx, systemContext, {
        action: 'tracing.evidence.retention',
        entity: 'evidence',
        summary: { retentionDays: days, dropped: names, cellDaysDeleted },
      });
    }
    return names;
  });
  const known = knownOf(db);
  for (const name of dropped) known.delete(name);
  return dropped;
}
