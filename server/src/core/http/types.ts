import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { Actor } from '../auth/actor.ts';
import type { Permission } from '../auth/roles.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import type { JobQueue } from '../jobs.ts';

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

/** What a route demands of its caller: nobody, any signed-in user, or one permission. */
export type Access = 'public' | 'authenticated' | Permission;

export interface ModuleDeps {
  db: Db;
  config: Config;
  jobs: JobQueue;
}

/** A feature module's queued and scheduled work: creates its queues and starts its workers. */
export type ModuleJobs = (deps: ModuleDeps) => Promise<void>;

/** A feature module's HTTP surface, registered under /api/v1. */
export type ModuleRoutes = (app: App, deps: ModuleDeps) => void | Promise<void>;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /** Reachable while the user still has to replace a temporary password. */
    allowPendingPasswordChange?: boolean;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
}
