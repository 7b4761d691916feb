import type { FastifyRequest } from 'fastify';
import type { AuditContext } from '../audit/audit.ts';

/** Who is acting and from which address, for the audit row of this request's writes. */
export function auditContextOf(request: FastifyRequest): AuditContext {
  return { actorId: request.actor?.userId ?? null, actorName: request.actor?.username ?? null, ip: request.ip };
}
