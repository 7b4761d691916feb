import type { Static, TSchema } from '@sinclair/typebox';
import type { Actor } from '../../core/auth/actor.ts';
import { actorOf } from '../../core/auth/plugin.ts';
import type { AuditContext } from '../../core/audit/audit.ts';
import type { Db } from '../../core/db/database.ts';
import { auditContextOf } from '../../core/http/request-context.ts';
import type { App, ModuleDeps } from '../../core/http/types.ts';
import { withUploadedLedger } from '../../core/http/upload.ts';
import { localDate } from '../../core/time/local-time.ts';
import { DayQuery, LedgerImportResult, UnitParams } from './units.schema.ts';
import { sendWorkbook, type WorkbookFile } from './workbook.ts';

// Reading needs keyplace.read; a write is open to keepers of ledgers (keyplace.manage, within the
// jurisdiction) and to a unit's own liaison (keyplace.report): the service decides which (unit-access.ts).
const read = { access: 'keyplace.read' } as const;
const manage = { access: 'keyplace.manage' } as const;

/** A handler's reply, typed by its route's response schema where the kind declares the route. */
type Reply<R extends TSchema> = Promise<Static<R>>;
// Fastify cannot resolve the reply type of a schema still generic here; the handler's Reply<R> already ties
// the reply to the schema, so the route takes the schema as any schema.
const ok = (schema: TSchema) => ({ 200: schema });

/**
 * The routes every kind of unit has under `path` (/enterprises, /schools): its ledger, its liaisons' daily
 * reports, the day's .xlsx and the ledger's import. Each call registers one route with the kind's schema.
 */
export function unitRoutes(app: App, { db, config }: ModuleDeps, { path, tags }: { path: string; tags: string[] }) {
  const tz = config.timeZone;
  return {
    list<Q extends TSchema, R extends TSchema>(route: {
      querystring: Q;
      response: R;
      handler: (db: Db, actor: Actor, timeZone: string, query: Static<Q>) => Reply<R>;
    }) {
      app.get(
        path,
        { config: read, schema: { tags, querystring: route.querystring, response: ok(route.response) } },
        async (request) => route.handler(db, actorOf(request), tz, request.query),
      );
    },

    mine<R extends TSchema>(route: {
      description: string;
      response: R;
      handler: (db: Db, actor: Actor, timeZone: string) => Reply<R>;
    }) {
      app.get(
        `${path}/mine`,
        { config: read, schema: { tags, description: route.description, response: ok(route.response) } },
        async (request) => route.handler(db, actorOf(request), tz),
      );
    },

    day<R extends TSchema>(route: {
      description: string;
      response: R;
      handler: (db: Db, actor: Actor, timeZone: string, query: DayQuery) => Reply<R>;
    }) {
      app.get(
        `${path}/reports`,
        {
          config: read,
          schema: { tags, description: route.description, querystring: DayQuery, response: ok(route.response) },
        },
        async (request) => route.handler(db, actorOf(request), tz, request.query),
      );
    },

    workbook(route: {
      description: string;
      handler: (db: Db, actor: Actor, audit: AuditContext, timeZone: string, query: DayQuery) => Promise<WorkbookFile>;
    }) {
      app.get(
        `${path}/reports.xlsx`,
        { config: read, schema: { tags, description: route.description, querystring: DayQuery } },
        async (request, reply) =>
          sendWorkbook(reply, await route.handler(db, actorOf(request), auditContextOf(request), tz, request.query)),
      );
    },

    import(route: {
      description: string;
      handler: (db: Db, actor: Actor, audit: AuditContext, today: string, file: string) => Promise<LedgerImportResult>;
    }) {
      app.post(
        `${path}/import`,
        {
          config: manage,
          schema: {
            tags,
            description: route.description,
            consumes: ['multipart/form-data'],
            response: { 200: LedgerImportResult },
          },
        },
        async (request) =>
          withUploadedLedger(request, config, (file) =>
            route.handler(db, actorOf(request), auditContextOf(request), localDate(new Date(), tz), file),
          ),
      );
    },

    detail<R extends TSchema>(route: {
      response: R;
      handler: (db: Db, actor: Actor, timeZone: string, placeId: number) => Reply<R>;
    }) {
      app.get(
        `${path}/:placeId`,
        { config: read, schema: { tags, params: UnitParams, response: ok(route.response) } },
        async (request) => route.handler(db, actorOf(request), tz, request.params.placeId),
      );
    },

    /** PUT `${path}/:placeId${suffix}`: a keeper of ledgers or the unit's own liaison changes the unit. */
    change<B extends TSchema, R extends TSchema>(route: {
      suffix: string;
      description: string;
      body: B;
      response: R;
      handler: (
        db: Db,
        actor: Actor,
        audit: AuditContext,
        timeZone: string,
        placeId: number,
        body: Static<B>,
      ) => Reply<R>;
    }) {
      app.put(
        `${path}/:placeId${route.suffix}`,
        {
          config: read,
          schema: {
            tags,
            description: route.description,
            params: UnitParams,
            body: route.body,
            response: ok(route.response),
          },
        },
        async (request) =>
          route.handler(db, actorOf(request), auditContextOf(request), tz, request.params.placeId, request.body),
      );
    },
  };
}
