import { Type } from '@sinclair/typebox';
import { actorOf } from '../../../core/auth/plugin.ts';
import { auditContextOf } from '../../../core/http/request-context.ts';
import type { ModuleRoutes } from '../../../core/http/types.ts';
import { sendPdf } from '../../../core/pdf/pdf.ts';
import { SiteDayQuery } from '../checks/checks.schema.ts';
import { QuarantineParams } from '../quarantines.schema.ts';
import { Release, ReleaseDue } from './release.schema.ts';
import { certificate, releaseDue, releaseQuarantine } from './release.service.ts';

const tags = ['quarantine'];

/** Release from quarantine when the criteria hold, with its certificate (解除隔离证明). */
export const quarantineReleaseRoutes: ModuleRoutes = (app, { db, config }) => {
  app.get(
    '/quarantine/release-due',
    {
      config: { access: 'quarantine.read' },
      schema: {
        tags,
        description: 'Persons whose planned end falls by the end of a day (today by default), with each criterion.',
        querystring: SiteDayQuery,
        response: { 200: Type.Object({ items: Type.Array(ReleaseDue) }) },
      },
    },
    async (request) => ({ items: await releaseDue(db, actorOf(request), config.timeZone, request.query) }),
  );

  app.post(
    '/quarantines/:quarantineId/release',
    {
      config: { access: 'quarantine.manage' },
      schema: {
        tags,
        description:
          'Releases the person, or refuses with RELEASE_REFUSED naming each criterion that fails (period not over, ' +
          'no negative last test, an open fever or positive alert).',
        params: QuarantineParams,
        response: { 200: Release },
      },
    },
    async (request) =>
      releaseQuarantine(db, actorOf(request), auditContextOf(request), config.timeZone, request.params.quarantineId),
  );

  app.get(
    '/quarantines/:quarantineId/certificate.pdf',
    {
      config: { access: 'quarantine.read' },
      schema: { tags, description: 'The release certificate of a released person (PDF).', params: QuarantineParams },
    },
    async (request, reply) => {
      const { doc, filename } = await certificate(
        db,
        actorOf(request),
        auditContextOf(request),
        config.timeZone,
        request.params.quarantineId,
      );
      return sendPdf(reply, doc, filename);
    },
  );
};
