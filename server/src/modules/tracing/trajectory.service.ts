import { sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db, Executor } from '../../core/db/database.ts';
import { violatedConstraint } from '../../core/db/pg-errors.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { findCase } from './cases.repository.ts';
import type { TrajectoryBody, TrajectoryEntry } from './investigation.schema.ts';

interface EntryRow {
  id: number;
  place_id: number | null;
  place_name: string | null;
  place_type: string | null;
  address: string | null;
  starts: Date;
  ends: Date;
  exposure: string | null;
  note: string | null;
  created_at: Date;
}

const toEntry = (r: EntryRow): TrajectoryEntry => ({
  id: Number(r.id),
  place: r.place_id ? { id: Number(r.place_id), name: r.place_name ?? '', type: r.place_type ?? '' } : null,
  address: r.address,
  from: r.starts.toISOString(),
  to: r.ends.toISOString(),
  exposure: r.exposure,
  note: r.note,
  createdAt: r.created_at.toISOString(),
});

async function entries(db: Executor, caseId: number, entryId?: number): Promise<EntryRow[]> {
  const { rows } = await sql<EntryRow>`
    SELECT e.id, e.place_id, p.name AS place_name, p.type AS place_type, coalesce(e.address, p.address) AS address,
           lower(e.during) AS starts, upper(e.during) AS ends, e.exposure, e.note, e.created_at
      FROM case_trajectory e LEFT JOIN place p ON p.id = e.place_id
     WHERE e.case_id = ${caseId} ${entryId === undefined ? sql`` : sql`AND e.id = ${entryId}`}
     ORDER BY lower(e.during)`.execute(db);
  return rows;
}

async function checkCase(db: Executor, actor: Actor, caseId: number): Promise<void> {
  if (!(await findCase(db, actor, caseId))) throw notFound();
}

/** The case's trajectory in time order. */
export async function listTrajectory(db: Db, actor: Actor, caseId: number): Promise<TrajectoryEntry[]> {
  await checkCase(db, actor, caseId);
  return (await entries(db, caseId)).map(toEntry);
}

/** The entry of the case that overlaps [from, to), named for the error message. */
async function overlapping(db: Executor, caseId: number, from: string, to: string, timeZone: string): Promise<string> {
  const { rows } = await sql<{ label: string }>`
    SELECT coalesce(p.name, e.address) || ' ' || to_char(lower(e.during) AT TIME ZONE ${timeZone}, 'MM-DD HH24:MI') || '–' ||
           to_char(upper(e.during) AT TIME ZONE ${timeZone}, 'MM-DD HH24:MI') AS label
      FROM case_trajectory e LEFT JOIN place p ON p.id = e.place_id
     WHERE e.case_id = ${caseId} AND e.during && tstzrange(${from}::timestamptz, ${to}::timestamptz)
     LIMIT 1`.execute(db);
  return rows[0]?.label ?? '';
}

/**
 * Adds a place and interval to the case's trajectory. An interval ending before it starts, lying in the
 * future, or overlapping another of the case (one person, one place at a time) is refused with the reason.
 */
export async function addTrajectoryEntry(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  caseId: number,
  body: TrajectoryBody,
  timeZone: string,
): Promise<TrajectoryEntry> {
  const refuse = (zh: string, en: string) => new AppError('TRAJECTORY_INVALID', { reasonZh: zh, reasonEn: en });
  if (Date.parse(body.to) <= Date.parse(body.from))
    throw refuse('结束时间须晚于开始时间', 'the interval ends before it starts');
  if (Date.parse(body.from) > Date.now()) throw refuse('开始时间不能在将来', 'the interval starts in the future');
  if (body.placeId === undefined && !body.address)
    throw refuse('请选择场所或填写地址', 'a place or an address is required');
  return db.transaction().execute(async (trx) => {
    await checkCase(trx, actor, caseId);
    try {
      const { rows } = await sql<{ id: number }>`
        INSERT INTO case_trajectory (case_id, place_id, address, during, exposure, note, created_by)
        VALUES (${caseId}, ${body.placeId ?? null}, ${body.address ?? null},
                tstzrange(${body.from}::timestamptz, ${body.to}::timestamptz), ${body.exposure ?? null},
                ${body.note ?? null}, ${actor.userId || null})
        RETURNING id`.execute(trx);
      const id = Number(rows[0]?.id);
      await appendAudit(trx, audit, {
        action: 'tracing.trajectory.add',
        entity: 'tracing_case',
        entityId: caseId,
        summary: { entryId: id, placeId: body.placeId ?? null },
      });
      const [entry] = await entries(trx, caseId, id);
      if (!entry) throw new Error('trajectory entry vanished');
      return toEntry(entry);
    } catch (error) {
      if (violatedConstraint(error, 'foreignKey')) throw notFound();
      if (violatedConstraint(error, 'exclusion')) {
        const other = await overlapping(db, caseId, body.from, body.to, timeZone);
        throw refuse(`与已有轨迹重叠：${other}`, `overlaps ${other}`);
      }
      throw error;
    }
  });
}

/** Removes an entry entered in error (audited). */
export async function removeTrajectoryEntry(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  caseId: number,
  entryId: number,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await checkCase(trx, actor, caseId);
    const deleted = await sql`DELETE FROM case_trajectory WHERE id = ${entryId} AND case_id = ${caseId}`.execute(trx);
    if (!deleted.numAffectedRows) throw notFound();
    await appendAudit(trx, audit, {
      action: 'tracing.trajectory.remove',
      entity: 'tracing_case',
      entityId: caseId,
      summary: { entryId },
    });
  });
}
