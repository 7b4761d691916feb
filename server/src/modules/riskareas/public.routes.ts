import type { ModuleRoutes } from '../../core/http/types.ts';
import { publicList, publicWorkbook } from './public.service.ts';
import { PublicList } from './riskareas.schema.ts';

const tags = ['risk areas'];
// Generous for a phone refreshing the list, tight for a scraper; the list itself is cached (public.service).
const PUBLIC_READS_PER_MINUTE = 60;
const publicAccess = {
  access: 'public',
  rateLimit: { max: PUBLIC_READS_PER_MINUTE, timeWindow: '1 minute' },
} as const;

/** The published list of risk areas in force (风险区名单), for everyone, without an account. */
export const publicRiskAreaRoutes: ModuleRoutes = (app, { db, config }) => {
  app.get(
    '/public/risk-areas',
    {
      config: publicAccess,
      schema: {
        tags,
        security: [],
        description: 'Risk areas in force: code, name, level and where; no personal data.',
        response: { 200: PublicList },
      },
    },
    async (_request, reply) => reply.header('cache-control', 'public, max-age=10').send(await publicList(db)),
  );

  app.get(
    '/public/risk-areas.xlsx',
    { config: publicAccess, schema: { tags, security: [], description: 'The same list as an .xlsx.' } },
    async (_request, reply) => {
      const file = await publicWorkbook(db, config.timeZone);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`)
        .send(file.content);
    },
  );
};
