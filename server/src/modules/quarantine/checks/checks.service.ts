import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Actor } from '../../../core/auth/actor.ts';
import { inJurisdiction } from '../../../core/auth/scope.ts';
import { type AuditContext, appendAudit } from '../../../core/audit/audit.ts';
import type { Db } from '../../../core/db/database.ts';
import { notFound } from '../../../core/errors.ts';
import { addDays, localDate, startOfLocalDay } from '../../../core/time/local-time.ts';
import { raiseFeverAlerts } from './alerts.repository.ts';
import { type CheckEntry, type CheckOutcome, judgeChecks } from './check-rules.ts';
import * as repo from './checks.repository.ts';
import type {
  CheckSheet,
  MissedCheck,
  RecordChecksBody,
  RecordChecksReply,
  RecordedCheck,
  SiteDayQuery,
} from './checks.schema.ts';
import { findQuarantine } from './quarantines.repository.ts';
import { missedChecks, type SheetRow, sheetRows } from './sheet.repository.ts';
import { slotClock, slotOf, type SlotWindow, slotWindows } from './slots.ts';
import type { CheckVia } from './vocabulary.ts';

const iso = (d: Date) => d.toISOString();

export const toRecordedCheck = (r: repo.CheckRow): RecordedCheck => ({
  checkId: r.check_id,
  day: r.day,
  slot: r.slot,
  checkedAt: iso(r.checked_at),
  temperature: Number(r.temperature),
  fever: r.fever,
  symptoms: r.symptoms,
  via: r.via,
});

/** Who records a batch: staff within their reach, or the person through their signed link (actor null). */
export interface Recorder {
  actor: Actor | null;
  via: CheckVia;
  userId: number | null;
}

/**
 * Stores a batch of checks in one transaction: each judged (duplicate, refused with a reason, or stored in
 * its slot), a fever alert raised at once for a fever, and one audit entry for the batch.
 */
export async function storeChecks(
  db: Db,
  recorder: Recorder,
  audit: AuditContext,
  timeZone: string,
  entries: CheckEntry[],
): Promise<RecordChecksReply> {
  return db.transaction().execute(async (trx) => {
    const now = new Date();
    const quarantineIds = [...new Set(entries.map((e) => e.quarantineId))];
    const quarantines = await repo.quarantineFacts(trx, recorder.actor, quarantineIds);
    const clock = slotClock(timeZone);
    const days = [...new Set(entries.map((e) => clock(e.at, 1).day))];
    const known = {
      quarantines,
      storedCheckIds: await repo.storedCheckIds(
        trx,
        entries.map((e) => e.checkId),
      ),
      recordedSlots: await repo.recordedSlots(trx, [...quarantines.keys()], days),
    };
    const judged = judgeChecks(entries, known, now, timeZone);
    const stored = await repo.insertChecks(trx, judged.accepted, recorder.via, recorder.userId);
    // A check that lost its slot to a concurrent batch between the judgement and the insert.
    const outcomes = judged.outcomes.map((o): CheckOutcome =>
      o.status === 'stored' && !stored.has(o.checkId) ? { ...o, status: 'rejected', reason: 'slot_recorded' } : o,
    );
    const accepted = judged.accepted.filter((c) => stored.has(c.checkId));
    const alerts = await raiseFeverAlerts(trx, accepted);
    const figures = {
      stored: accepted.length,
      duplicates: outcomes.filter((o) => o.status === 'duplicate').length,
      rejected: outcomes.filter((o) => o.status === 'rejected').length,
    };
    if (figures.stored > 0) {
      await appendAudit(trx, audit, {
        action: 'healthcheck.record',
        entity: 'health_check',
        summary: {
          via: recorder.via,
          ...figures,
          fevers: accepted.filter((c) => c.fever).length,
          digest: digest(entries),
        },
      });
    }
    return { ...figures, alerts, outcomes };
  });
}

/** A digest of the batch as sent, so the audit entry pins down exactly which checks it stored. */
function digest(entries: CheckEntry[]): string {
  const hash = createHash('sha256');
  for (const e of entries) {
    hash.update(`${e.checkId}|${e.quarantineId}|${e.at.toISOString()}|${e.temperature}|${e.symptoms.join(',')}\n`);
  }
  return hash.digest('hex');
}

/** Checks entered by staff (a room round on a phone, or a list). */
export function recordChecks(db: Db, actor: Actor, audit: AuditContext, timeZone: string, body: RecordChecksBody) {
  const now = new Date();
  const entries = body.checks.map((c) => ({ ...c, at: c.at ? new Date(c.at) : now }));
  return storeChecks(db, { actor, via: 'staff', userId: actor.userId || null }, audit, timeZone, entries);
}

/** The day asked for, or today, with its bounds in the platform's zone. */
export function dayOf(date: string | undefined, timeZone: string) {
  const day = date ?? localDate(new Date(), timeZone);
  return { day, start: startOfLocalDay(day, timeZone), end: startOfLocalDay(addDays(day, 1), timeZone) };
}

async function siteName(db: Db, actor: Actor, siteId: number): Promise<string> {
  const { rows } = await sql<{ name: string }>`
    SELECT name FROM place WHERE id = ${siteId} AND type = 'isolation_site' AND ${inJurisdiction(actor, 'path')}`.execute(
    db,
  );
  const name = rows[0]?.name;
  if (name === undefined) throw notFound();
  return name;
}

/** A person's slots of the day: the check recorded, or missed once due (when they were in quarantine by then). */
function slotStates(row: SheetRow, windows: SlotWindow[], checkOf: Map<string, RecordedCheck>, now: Date) {
  return windows.map((w) => {
    const check = checkOf.get(`${row.quarantine_id}|${w.slot}`) ?? null;
    const owed = row.starts_at <= w.startsAt && (row.ended_at === null || row.ended_at > w.dueAt);
    return { slot: w.slot, check, missed: check === null && owed && w.dueAt <= now };
  });
}

/** A site's room-by-room sheet for a day: who is in each room and which of the day's checks are in or missed. */
export async function checkSheet(
  db: Db,
  actor: Actor,
  timeZone: string,
  siteId: number,
  date: string | undefined,
): Promise<CheckSheet> {
  const name = await siteName(db, actor, siteId);
  const { day, start, end } = dayOf(date, timeZone);
  const rows = await sheetRows(db, actor, siteId, start, end);
  const checks = await repo.checksOfDay(
    db,
    rows.map((r) => r.quarantine_id),
    day,
  );
  const checkOf = new Map(checks.map((c) => [`${c.quarantine_id}|${c.slot}`, toRecordedCheck(c)]));
  const now = new Date();
  // The header follows the protocol of the site's persons (one protocol in force at a time); none: no slots.
  const perDay = rows[0]?.per_day;
  const windowsOf = new Map<number, SlotWindow[]>();
  const rooms = new Map<number, CheckSheet['rooms'][number]>();
  for (const row of rows) {
    const room = rooms.get(row.room_id) ?? { id: row.room_id, floor: row.floor, number: row.number, persons: [] };
    rooms.set(row.room_id, room);
    const windows = windowsOf.get(row.per_day) ?? slotWindows(day, timeZone, row.per_day);
    windowsOf.set(row.per_day, windows);
    const slots = slotStates(row, windows, checkOf, now);
    room.persons.push({ quarantineId: row.quarantine_id, name: row.name, slots });
  }
  const today = localDate(now, timeZone) === day;
  return {
    site: { id: siteId, name },
    date: day,
    slots: perDay
      ? slotWindows(day, timeZone, perDay).map((w) => ({
          slot: w.slot,
          startsAt: iso(w.startsAt),
          dueAt: iso(w.dueAt),
        }))
      : [],
    currentSlot: today && perDay ? slotOf(now, timeZone, perDay).slot : null,
    rooms: [...rooms.values()],
  };
}

/** Checks past due and missing on a day, within reach: at one site, or everywhere including at home. */
export async function listMissed(db: Db, actor: Actor, timeZone: string, query: SiteDayQuery): Promise<MissedCheck[]> {
  const { day } = dayOf(query.date, timeZone);
  const rows = await missedChecks(db, actor, day, timeZone, query.siteId);
  return rows.map((r) => ({
    quarantineId: r.quarantine_id,
    name: r.name,
    mode: r.mode,
    site: r.site_id === null ? null : { id: r.site_id, name: r.site_name ?? '' },
    room: r.room,
    day,
    slot: r.slot,
    checksPerDay: r.per_day,
    dueAt: iso(r.due_at),
  }));
}

/** A quarantine's checks, newest first. */
export async function quarantineChecks(db: Db, actor: Actor, quarantineId: number): Promise<RecordedCheck[]> {
  if (!(await findQuarantine(db, actor, quarantineId))) throw notFound();
  return (await repo.checksOf(db, quarantineId)).map(toRecordedCheck);
}
