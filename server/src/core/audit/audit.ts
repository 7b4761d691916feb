import type { Executor } from '../db/database.ts';

/** Who did it and from where; built once per request from the actor and the client address. */
export interface AuditContext {
  actorId: number | null;
  actorName: string | null;
  ip: string | null;
}

/** One business action (not one database row): a batch or an import batch is one entry. */
export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | number | null;
  reason?: string | null;
  summary?: Record<string, unknown>;
}

export const systemContext: AuditContext = { actorId: null, actorName: 'system', ip: null };

/**
 * Appends one entry to the hash-chained audit log. Call it inside the transaction of the change it
 * records, so the change and its audit row commit or fail together.
 */
export async function appendAudit(db: Executor, context: AuditContext, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      actor_id: context.actorId,
      actor_name: context.actorName,
      ip: context.ip,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId),
      reason: entry.reason ?? null,
      summary: JSON.stringify(entry.summary ?? {}),
    })
    .execute();
}
