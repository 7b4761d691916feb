import { Type } from '@sinclair/typebox';
import { actorOf } from '../../core/auth/plugin.ts';
import { auditContextOf } from '../../core/http/request-context.ts';
import type { ModuleRoutes } from '../../core/http/types.ts';
import { UnitMember, UnitMemberBody, UnitMemberParams, UnitParams } from './units.schema.ts';
import * as units from './units.service.ts';

const tags = ['supervision'];
const Members = Type.Object({ items: Type.Array(UnitMember) });

/** The people of a unit (a place): liaison officers, managers, staff. */
export const unitRoutes: ModuleRoutes = (app, { db }) => {
  app.get(
    '/units/:placeId/members',
    { config: { access: 'keyplace.read' }, schema: { tags, params: UnitParams, response: { 200: Members } } },
    async (request) => ({ items: await units.listUnitMembers(db, actorOf(request), request.params.placeId) }),
  );

  app.put(
    '/units/:placeId/members/:userId',
    {
      config: { access: 'keyplace.manage' },
      schema: { tags, params: UnitMemberParams, body: UnitMemberBody, response: { 200: Members } },
    },
    async (request) => ({
      items: await units.setUnitMember(
        db,
        actorOf(request),
        auditContextOf(request),
        request.params,
        request.body.duty,
      ),
    }),
  );

  app.delete(
    '/units/:placeId/members/:userId',
    { config: { access: 'keyplace.manage' }, schema: { tags, params: UnitMemberParams } },
    async (request, reply) => {
      await units.removeUnitMember(db, actorOf(request), auditContextOf(request), request.params);
      return reply.code(204).send();
    },
  );
};
