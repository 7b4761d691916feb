import { createHash } from 'node:crypto';
import type { Actor } from '../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db } from '../../core/db/database.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { localDate } from '../../core/time/local-time.ts';
import { maskIdNumber, maskPhone } from '../registry/id-number.ts';
import * as repo from './checkpoints.repository.ts';
import type {
  CheckpointPlace,
  CountsQuery,
  CountsReply,
  Entry,
  EntryBatch,
  EntryBatchReply,
  EntryQuery,
} from './checkpoints.schema.ts';
import { checkEntries } from './entry-rows.ts';

// A longer span is a report, not a ledger view: it would scan months of entries per request.
const MAX_DAYS = 92;

/** The checkpoints the caller reads or records at. */
export async function checkpoints(db: Db, actor: Actor): Promise<CheckpointPlace[]> {
  const rows = await repo.checkpointRows(db, actor);
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    grid: { id: r.grid_id, name: r.grid_name },
    canRecord: r.can_record,
  }));
}

/**
 * Stores a batch of entries from a checkpoint's phone: each entry is checked on its own, refused ones come
 * back with row, field and reason, the others are stored in one transaction with one audit entry. An entry
 * id already stored is reported as a duplicate, so a batch sent again changes nothing.
 */
export async function recordEntries(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  batch: EntryBatch,
): Promise<EntryBatchReply> {
  return db.transaction().execute(async (trx) => {
    const asked = [...new Set(batch.entries.map((e) => e.checkpointId))];
    const places = await repo.checkpointRows(trx, actor, asked);
    const paths = new Map(places.filter((p) => p.can_record).map((p) => [p.id, p.path]));
    const { valid, rejected } = checkEntries(batch.entries, paths);
    const created = await repo.insertEntries(trx, valid, actor.userId || null);
    const refused = new Set(rejected.map((r) => r.row));
    const outcomes = batch.entries.map((entry, i) => ({
      entryId: entry.entryId,
      status: refused.has(i + 1)
        ? ('rejected' as const)
        : created.has(entry.entryId.toLowerCase())
          ? ('created' as const)
          : ('duplicate' as const),
    }));
    const duplicates = outcomes.filter((o) => o.status === 'duplicate').length;
    if (created.size > 0) {
      await appendAudit(trx, audit, {
        action: 'checkpoint.entries.record',
        entity: 'checkpoint_entry',
        summary: {
          created: created.size,
          duplicates,
          rejected: refused.size,
          checkpoints: [...new Set(valid.map((e) => e.checkpointId))],
          // What was stored, without the personal data in it: the same batch gives the same digest.
          digest: createHash('sha256')
            .update([...created].sort().join(','))
            .digest('hex'),
        },
      });
    }
    return { created: created.size, duplicates, outcomes, rejected };
  });
}

/** The filter's day span, today in the platform's zone when absent; refused when reversed or too long. */
export function daySpan<F extends { from?: string; to?: string }>(
  filter: F,
  timeZone: string,
): F & { from: string; to: string } {
  const today = localDate(new Date(), timeZone);
  const from = filter.from ?? filter.to ?? today;
  const to = filter.to ?? (filter.from ? today : from);
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
  if (days < 0 || days >= MAX_DAYS) {
    throw new AppError('VALIDATION_FAILED', { details: `querystring.to: must be 0–${MAX_DAYS - 1} days after from` }, [
      { path: 'querystring.to', message: `must be 0–${MAX_DAYS - 1} days after from` },
    ]);
  }
  return { ...filter, from, to };
}

/** ID numbers and phones masked: a list travels further than the gate it was taken at. */
export const toEntry = (row: repo.EntryRow): Entry => ({
  id: row.id,
  entryId: row.entry_id,
  checkpoint: { id: row.checkpoint_id, name: row.checkpoint_name },
  at: row.at.toISOString(),
  direction: row.direction,
  plate: row.plate,
  vehicleKind: row.vehicle_kind,
  origin: row.origin,
  destination: row.destination,
  persons: row.persons,
  people: row.people.map((p) => ({
    name: p.name,
    idNumber: p.idNumber === null ? null : maskIdNumber(p.idNumber),
    phone: p.phone === null ? null : maskPhone(p.phone),
  })),
  healthCode: row.health_code,
  testProof: row.test_proof,
  action: row.action,
  note: row.note,
  recordedBy: row.recorded_by,
});

/** A page of the entries the caller may read, newest first. */
export async function entries(db: Db, actor: Actor, timeZone: string, query: EntryQuery) {
  const { page, pageSize, ...filter } = query;
  const { rows, total } = await repo.entryRows(db, actor, daySpan(filter, timeZone), timeZone, {
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  return { items: rows.map(toEntry), total };
}

/**
 * One entry with its people as recorded, for whoever reads its checkpoint's ledger: ID numbers and phones in
 * full for those with registry.read_full, masked as in the list for the others. Every read is audited.
 */
export async function entryInFull(db: Db, actor: Actor, audit: AuditContext, id: number): Promise<Entry> {
  const row = await repo.entryRow(db, actor, id);
  if (!row) throw notFound();
  // Identifiers in full only for those who may read them so anywhere (as for pharmacy buyers and residents).
  const full = actor.permissions.has('registry.read_full');
  await appendAudit(db, audit, {
    action: 'checkpoint.entry.read',
    entity: 'checkpoint_entry',
    entityId: id,
    summary: { checkpointId: row.checkpoint_id, people: row.people.length, full },
  });
  return full ? { ...toEntry(row), people: row.people } : toEntry(row);
}

/** Per day and checkpoint: in and out, vehicles, persons and entries by action. */
export async function counts(db: Db, actor: Actor, timeZone: string, query: CountsQuery): Promise<CountsReply> {
  const span = daySpan(query, timeZone);
  const rows = await repo.dayCounts(db, actor, span, timeZone);
  return {
    from: span.from,
    to: span.to,
    days: rows.map((r) => ({
      day: r.day,
      checkpoint: { id: r.checkpoint_id, name: r.checkpoint_name },
      entries: r.entries,
      in: r.in,
      out: r.out,
      vehicles: r.vehicles,
      persons: r.persons,
      byAction: { passed: r.passed, turned_back: r.turned_back, quarantined: r.quarantined, tested: r.tested },
    })),
  };
}
