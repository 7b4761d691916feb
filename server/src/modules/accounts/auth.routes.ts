import { Type } from '@sinclair/typebox';
import { actorOf, SESSION_COOKIE } from '../../core/auth/plugin.ts';
import { auditContextOf } from '../../core/http/request-context.ts';
import type { ModuleRoutes } from '../../core/http/types.ts';
import { ChangePasswordBody, LoginBody, Me } from './accounts.schema.ts';
import * as auth from './auth.service.ts';

const tags = ['auth'];
// Reachable while a temporary password is pending, so the user can replace it.
const selfService = { access: 'authenticated', allowPendingPasswordChange: true } as const;

export const authRoutes: ModuleRoutes = (app, { db, config }) => {
  app.post(
    '/auth/login',
    {
      config: { access: 'public', rateLimit: { max: config.loginRatePerMinute, timeWindow: '1 minute' } },
      schema: { tags, security: [], body: LoginBody, response: { 200: Type.Object({ user: Me }) } },
    },
    async (request, reply) => {
      const client = { ip: request.ip, userAgent: request.headers['user-agent'] ?? null };
      const { secret, me } = await auth.login(db, config, request.body, client);
      reply.setCookie(SESSION_COOKIE, secret, {
        httpOnly: true,
        sameSite: 'lax',
        secure: config.secureCookies,
        path: '/',
      });
      return { user: me };
    },
  );

  app.post('/auth/logout', { config: selfService, schema: { tags } }, async (request, reply) => {
    const secret = request.cookies[SESSION_COOKIE];
    if (secret) await auth.logout(db, auditContextOf(request), secret);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.code(204).send();
  });

  app.get(
    '/auth/me',
    { config: selfService, schema: { tags, response: { 200: Type.Object({ user: Me }) } } },
    async (request) => ({
      user: await auth.meOf(db, actorOf(request)),
    }),
  );

  app.post(
    '/auth/password',
    { config: selfService, schema: { tags, body: ChangePasswordBody } },
    async (request, reply) => {
      await auth.changeOwnPassword(
        db,
        actorOf(request),
        auditContextOf(request),
        request.body,
        request.cookies[SESSION_COOKIE],
      );
      return reply.code(204).send();
    },
  );
};
