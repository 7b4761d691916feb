import { sql } from 'kysely';
import type { Executor } from '../../core/db/database.ts';
import type { AuditEntry, AuditQuery } from './audit.schema.ts';

/** Newest first; `action` matches a prefix so "auth." finds every sign-in event. */
export async function searchAudit(db: Executor, filter: AuditQuery): Promise<{ items: AuditEntry[]; total: number }> {
  let query = db.selectFrom('audit_log as a');
  if (filter.username) query = query.where('a.actor_name', '=', filter.username);
  if (filter.action) query = query.where('a.action', 'like', `${filter.action.replace(/[\\%_]/g, '\\$&')}%`);
  if (filter.entity) query = query.where('a.entity', '=', filter.entity);
  if (filter.entityId) query = query.where('a.entity_id', '=', filter.entityId);
  if (filter.from) query = query.where('a.at', '>=', new Date(filter.from));
  if (filter.to) query = query.where('a.at', '<', new Date(filter.to));
  const [rows, count] = await Promise.all([
    query
      .select([
        'a.id',
        'a.at',
        'a.actor_id',
        'a.actor_name',
        sql<string | null>`host(a.ip)`.as('ip'),
        'a.action',
        'a.entity',
        'a.entity_id',
        'a.reason',
        'a.summary',
      ])
      .orderBy('a.id', 'desc')
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize)
      .execute(),
    query.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    total: count.n,
    items: rows.map((row) => ({
      id: row.id,
      at: row.at.toISOString(),
      actorId: row.actor_id,
      actorName: row.actor_name,
      ip: row.ip,
      action: row.action,
      entity: row.entity,
      entityId: row.entity_id,
      reason: row.reason,
      summary: row.summary,
    })),
  };
}
