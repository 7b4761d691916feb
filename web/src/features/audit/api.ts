import { api } from '../../app/api/client';
import type { Page, PageParams } from '../../app/hooks/usePagedQuery';

import type { AuditEntry } from '../../../../server/src/modules/audit/audit.schema.ts';
export type { AuditEntry } from '../../../../server/src/modules/audit/audit.schema.ts';

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
