import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/database.ts';
import { AppError } from '../errors.ts';
import type { Access, App } from '../http/types.ts';
import type { Actor } from './actor.ts';
import { actorBySession, actorByToken } from './actor.ts';
import { cachedActor } from './actor-cache.ts';
import { hashSecret } from './tokens.ts';

export const SESSION_COOKIE = 'fk_session';

function resolveActor(request: FastifyRequest, db: Db, idleHours: number): Promise<Actor | null> {
  const authorization = request.headers.authorization;
  if (authorization?.startsWith('Bearer ')) {
    const hash = hashSecret(authorization.slice(7).trim());
    return cachedActor(`t:${hash.toString('hex')}`, () => actorByToken(db, hash));
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (!cookie) return Promise.resolve(null);
  const hash = hashSecret(cookie);
  return cachedActor(`s:${hash.toString('hex')}`, () => actorBySession(db, hash, idleHours));
}

/** The signed-in actor of a route whose access is not 'public'. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('UNAUTHENTICATED');
  return request.actor;
}

/**
 * Authentication and permission check for every /api/v1 route, before the body is even parsed.
 * A route without a declared `access` fails at start-up, so no route can be left open by omission.
 */
export function registerAccessControl(app: App, db: Db, idleHours: number): void {
  app.decorateRequest('actor', null);
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/v1') && route.config?.access === undefined) {
      throw new Error(`route ${String(route.method)} ${route.url} declares no access`);
    }
  });
  app.addHook('onRequest', async (request: FastifyRequest, _reply: FastifyReply) => {
    const access: Access | undefined = request.routeOptions.config.access;
    if (access === undefined || access === 'public') return;
    request.actor = await resolveActor(request, db, idleHours);
    if (!request.actor) throw new AppError('UNAUTHENTICATED');
    if (
      request.actor.mustChangePassword &&
      request.actor.via === 'session' &&
      !request.routeOptions.config.allowPendingPasswordChange
    ) {
      throw new AppError('PASSWORD_CHANGE_REQUIRED');
    }
    if (access !== 'authenticated' && !request.actor.permissions.has(access)) {
      throw new AppError('FORBIDDEN', { permission: access });
    }
  });
}
