import { Type } from '@sinclair/typebox';
import type { ModuleRoutes } from '../../core/http/types.ts';
import { searchAudit } from './audit.repository.ts';
import { AuditEntry, AuditQuery } from './audit.schema.ts';

export const auditRoutes: ModuleRoutes = (app, { db }) => {
  // Reading the log is itself not audited: it holds no personal records, only who did what.
  app.get(
    '/audit',
    {
      config: { access: 'audit.read' },
      schema: {
        tags: ['audit'],
        querystring: AuditQuery,
        response: { 200: Type.Object({ items: Type.Array(AuditEntry), total: Type.Integer() }) },
      },
    },
    async (request) => searchAudit(db, request.query),
  );
};
