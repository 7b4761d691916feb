import { api } from '../../app/api/client';
import type { Page, PageParams } from '../../app/hooks/usePagedQuery';

export type AuditEntry = {
  id: number;
  at: string;
  /** null for work the system did on its own (jobs, CLI). */
  actorId: number | null;
  actorName: string | null;
  ip: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  reason: string | null;
  summary: Record<string, unknown>;
};

/** `from` and `to` are ISO instants. */
export type AuditFilters = {
  username?: string;
  action?: string;
  entity?: string;
  entityId?: string;
  from?: string;
  to?: string;
};

export function fetchAuditPage(query: AuditFilters & PageParams, signal: AbortSignal): Promise<Page<AuditEntry>> {
  return api.get<Page<AuditEntry>>('/audit', { query, signal });
}
