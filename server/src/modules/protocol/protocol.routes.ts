import { Type } from '@sinclair/typebox';
import { actorOf } from '../../core/auth/plugin.ts';
import { auditContextOf } from '../../core/http/request-context.ts';
import type { ModuleRoutes } from '../../core/http/types.ts';
import { requestHealthStatusRecompute } from '../healthstatus/healthstatus.jobs.ts';
import { ProtocolDocument } from './document.ts';
import * as protocols from './protocol.repository.ts';

const tags = ['protocol'];
const manage = { access: 'protocol.manage' } as const;
const signedIn = { access: 'authenticated' } as const;

const ProtocolSummary = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  name: Type.String(),
  version: Type.Integer(),
  active: Type.Boolean(),
  createdAt: Type.String({ format: 'date-time' }),
});
const ProtocolReply = Type.Composite([ProtocolSummary, Type.Object({ document: ProtocolDocument })]);
const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const CodeParams = Type.Object({ code: Type.String({ pattern: '^[a-z0-9_]{1,40}$' }) });

/**
 * Protocols (防控方案) as data: every version is kept; a revision is a new version put in force, and
 * switching between shipped protocols (第八版, 第九版, 二十条) only changes which one is in force.
 */
export const protocolRoutes: ModuleRoutes = (app, { db, jobs }) => {
  // A new rule in force may change every colour.
  const recomputeCity = () => requestHealthStatusRecompute(jobs, { all: true });

  app.get(
    '/protocols',
    { config: signedIn, schema: { tags, response: { 200: Type.Array(ProtocolSummary) } } },
    async () => protocols.listProtocols(db),
  );

  app.get('/protocols/active', { config: signedIn, schema: { tags, response: { 200: ProtocolReply } } }, async () =>
    protocols.activeProtocol(db),
  );

  app.get(
    '/protocols/:id',
    { config: signedIn, schema: { tags, params: IdParams, response: { 200: ProtocolReply } } },
    async (request) => protocols.protocolById(db, request.params.id),
  );

  app.put(
    '/protocols/:code',
    {
      config: manage,
      schema: {
        tags,
        description: 'Revises a protocol: the document becomes its next version and is put in force.',
        params: CodeParams,
        body: ProtocolDocument,
        response: { 200: ProtocolReply },
      },
    },
    async (request) => {
      const revised = await protocols.reviseProtocol(
        db,
        actorOf(request),
        auditContextOf(request),
        request.params.code,
        () => request.body,
      );
      await recomputeCity();
      return revised;
    },
  );

  app.post(
    '/protocols/:id/activate',
    {
      config: manage,
      schema: { tags, description: 'Puts this version in force.', params: IdParams, response: { 200: ProtocolReply } },
    },
    async (request) => {
      const activated = await protocols.activateProtocol(db, auditContextOf(request), request.params.id);
      await recomputeCity();
      return activated;
    },
  );
};
