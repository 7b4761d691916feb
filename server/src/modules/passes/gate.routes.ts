import { actorOf } from '../../core/auth/plugin.ts';
import { auditContextOf } from '../../core/http/request-context.ts';
import type { ModuleRoutes } from '../../core/http/types.ts';
import * as gate from './gate.service.ts';
import {
  GateScanBody,
  GateScanResult,
  PassKeyReply,
  RevocationsQuery,
  RevocationsReply,
  VerifyBody,
  VerifyReply,
} from './passes.schema.ts';

const tags = ['gate'];
// Whoever keeps a gate (gatekeepers, grid workers) checks passes and logs exits and returns.
const scan = { access: 'gate.scan' } as const;

/** What a gate's phone needs: the public key and revocations to check passes offline, the online check, the scan log. */
export const gateRoutes: ModuleRoutes = (app, { db }) => {
  app.get(
    '/passes/keys',
    {
      // Public: a public key is no secret, and anyone may check a pass with it.
      config: { access: 'public' },
      schema: { tags, description: 'The Ed25519 public key passes are signed with.', response: { 200: PassKeyReply } },
    },
    async (_request, reply) => reply.header('cache-control', 'public, max-age=3600').send(await gate.publicPassKey(db)),
  );

  app.get(
    '/passes/revocations',
    {
      config: scan,
      schema: {
        tags,
        description: 'Passes revoked since a time (not long expired), for gates to refuse offline.',
        querystring: RevocationsQuery,
        response: { 200: RevocationsReply },
      },
    },
    async (request) => gate.revocationsSince(db, request.query.since),
  );

  app.post(
    '/gate/verify',
    {
      config: scan,
      schema: {
        tags,
        description: 'Checks a pass token now: forged or altered, malformed, revoked, not yet valid, expired.',
        body: VerifyBody,
        response: { 200: VerifyReply },
      },
    },
    async (request) => gate.verifyAtGate(db, request.body.token),
  );

  app.post(
    '/gate/scans',
    {
      config: scan,
      schema: {
        tags,
        description: 'A batch of a gate’s exits and returns (up to 500), each stored, a duplicate, or refused.',
        body: GateScanBody,
        response: { 200: GateScanResult },
      },
    },
    async (request) => gate.ingestGateScans(db, actorOf(request), auditContextOf(request), request.body),
  );
};
