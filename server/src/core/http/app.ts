import multipart from '@fastify/multipart';
import { existsSync } from 'node:fs';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { registerAccessControl } from '../auth/plugin.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import type { JobQueue } from '../jobs.ts';
import { AppError } from '../errors.ts';
import { registerHealth } from './health.ts';
import { sendProblem } from './problem.ts';
import type { App, ModuleRoutes } from './types.ts';
import { validatorCompiler } from './validation.ts';

export interface AppOptions {
  db: Db;
  config: Config;
  jobs: JobQueue;
  modules: ModuleRoutes[];
  logger?: FastifyServerOptions['logger'];
}

function securityHeaders(app: App): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('X-Frame-Options', 'DENY');
    reply.header('Referrer-Policy', 'no-referrer');
    return payload;
  });
}

function serveWeb(app: App, webDist: string): void {
  const hasWeb = existsSync(webDist);
  if (hasWeb) app.register(fastifyStatic, { root: webDist, wildcard: false, index: ['index.html'] });
  app.setNotFoundHandler((request, reply) => {
    // Client-side routes (/users, /regions…) get the single-page app; unknown API paths a 404 problem.
    if (request.url.startsWith('/api') || !hasWeb || request.method !== 'GET') {
      return sendProblem(new AppError('NOT_FOUND'), request, reply);
    }
    return reply.sendFile('index.html');
  });
}

/** The HTTP application: core plugins, then every feature module under /api/v1. */
export async function buildApp({ db, config, jobs, modules, logger = false }: AppOptions): Promise<App> {
  const app: App = Fastify({
    logger,
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setErrorHandler(sendProblem);
  securityHeaders(app);
  await app.register(cookie);
  // Only routes that ask for it (config.rateLimit) are limited; counters live in this process.
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => new AppError('RATE_LIMITED', { after: context.after }),
  });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Fangkong 防控 API', version: '1' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'fk_session' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
  });
  registerAccessControl(app, db, config.sessionIdleHours);
  registerHealth(app, db);
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await app.register(
    async (api) => {
      // File uploads (ledgers, lab results): one file per request, no bigger than the configured limit.
      await api.register(multipart, { limits: { fileSize: config.uploadLimitBytes, files: 1, fields: 5 } });
      for (const module of modules) await module(api, { db, config, jobs });
    },
    { prefix: '/api/v1' },
  );
  serveWeb(app, config.webDist);
  return app;
}
