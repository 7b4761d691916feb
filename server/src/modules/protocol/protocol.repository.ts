import { Value } from '@sinclair/typebox/value';
import { sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db, Executor } from '../../core/db/database.ts';
import { AppError } from '../../core/errors.ts';
import { protocolProblems } from './consistency.ts';
import { ProtocolDocument } from './document.ts';

/** One version of a protocol, as decisions record it (by id) and name it (code, version). */
export interface Protocol {
  id: number;
  code: string;
  name: string;
  version: number;
  active: boolean;
  createdAt: string;
  document: ProtocolDocument;
}

interface ProtocolRow {
  id: string;
  code: string;
  name: string;
  version: number;
  active: boolean;
  created_at: Date;
  document: unknown;
}

function toProtocol(row: ProtocolRow): Protocol {
  if (!Value.Check(ProtocolDocument, row.document)) throw new Error(`protocol ${row.id} is not a valid document`);
  return {
    id: Number(row.id),
    code: row.code,
    name: row.name,
    version: row.version,
    active: row.active,
    createdAt: row.created_at.toISOString(),
    document: row.document,
  };
}

const columns = sql`id, code, name, version, active, created_at, document`;

/** The protocol in force: every new decision uses it and records its id. */
export async function activeProtocol(db: Executor): Promise<Protocol> {
  const { rows } = await sql<ProtocolRow>`SELECT ${columns} FROM protocol WHERE active`.execute(db);
  if (!rows[0]) throw new Error('no active protocol');
  return toProtocol(rows[0]);
}

/** Protocol versions by id (those earlier decisions recorded). */
export async function protocolsById(db: Executor, ids: number[]): Promise<Map<number, Protocol>> {
  const { rows } = await sql<ProtocolRow>`
    SELECT ${columns} FROM protocol WHERE id = ANY(${[...new Set(ids)]}::bigint[])`.execute(db);
  return new Map(rows.map((row) => [Number(row.id), toProtocol(row)]));
}

export async function protocolById(db: Executor, id: number): Promise<Protocol> {
  const found = (await protocolsById(db, [id])).get(id);
  if (!found) throw new AppError('NOT_FOUND');
  return found;
}

/** Every version of every protocol, newest first within each. */
export async function listProtocols(db: Executor): Promise<Omit<Protocol, 'document'>[]> {
  const { rows } = await sql<Omit<ProtocolRow, 'document'>>`
    SELECT id, code, name, version, active, created_at FROM protocol ORDER BY code, version DESC`.execute(db);
  return rows.map((r) => ({
    id: Number(r.id),
    code: r.code,
    name: r.name,
    version: r.version,
    active: r.active,
    createdAt: r.created_at.toISOString(),
  }));
}

async function lockProtocols(trx: Executor): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext('protocol.revise'))`.execute(trx);
}

/**
 * Revises a protocol: `revise` turns its present document (the version in force when it is this protocol,
 * else the latest) into the next version, which is put in force. Past versions stay as they were, for the
 * decisions made under them. Revisions are serialised, so two revising different parts lose neither.
 */
export async function reviseProtocol(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  code: string,
  revise: (present: ProtocolDocument) => ProtocolDocument,
): Promise<Protocol> {
  return db.transaction().execute(async (trx) => {
    await lockProtocols(trx);
    const { rows: present } = await sql<ProtocolRow>`
      SELECT ${columns} FROM protocol WHERE code = ${code} ORDER BY active DESC, version DESC LIMIT 1`.execute(trx);
    if (!present[0]) throw new AppError('NOT_FOUND');
    const base = toProtocol(present[0]);
    const { rows: latest } = await sql<{ version: number }>`
      SELECT max(version) AS version FROM protocol WHERE code = ${code}`.execute(trx);
    const next = revise(base.document);
    const problems = Value.Check(ProtocolDocument, next) ? protocolProblems(next) : ['not a protocol document'];
    if (problems.length > 0) throw new AppError('VALIDATION_FAILED', { details: problems.join('; ') });
    await sql`UPDATE protocol SET active = false WHERE active`.execute(trx);
    const { rows } = await sql<{ id: string }>`
      INSERT INTO protocol (code, version, name, document, active, created_by)
      VALUES (${code}, ${latest[0]!.version + 1}, ${base.name}, ${JSON.stringify(next)}::jsonb, true,
              ${actor.userId || null})
      RETURNING id`.execute(trx);
    const id = rows[0]!.id;
    await appendAudit(trx, audit, { action: 'protocol.revise', entity: 'protocol', entityId: id, summary: { code } });
    return protocolById(trx, Number(id));
  });
}

/** Puts an existing version in force (switching 第九版 → 二十条, or back); nothing is copied or changed. */
export async function activateProtocol(db: Db, audit: AuditContext, id: number): Promise<Protocol> {
  return db.transaction().execute(async (trx) => {
    await lockProtocols(trx);
    const target = await protocolById(trx, id);
    await sql`UPDATE protocol SET active = false WHERE active AND id <> ${id}`.execute(trx);
    await sql`UPDATE protocol SET active = true WHERE id = ${id}`.execute(trx);
    await appendAudit(trx, audit, {
      action: 'protocol.activate',
      entity: 'protocol',
      entityId: id,
      summary: { code: target.code, version: target.version },
    });
    return { ...target, active: true };
  });
}
