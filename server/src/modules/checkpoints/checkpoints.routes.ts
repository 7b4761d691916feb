import { Type } from '@sinclair/typebox';
import { actorOf } from '../../core/auth/plugin.ts';
import { auditContextOf } from '../../core/http/request-context.ts';
import type { ModuleRoutes } from '../../core/http/types.ts';
import {
  CheckpointPlace,
  CountsQuery,
  CountsReply,
  EntryBatch,
  EntryBatchReply,
  Entry,
  EntryFilter,
  EntryPage,
  EntryParams,
  EntryQuery,
} from './checkpoints.schema.ts';
import * as checkpoints from './checkpoints.service.ts';
import { entryWorkbook } from './checkpoints.workbook.ts';

const tags = ['checkpoints'];
// Readers hold keyplace.read (the jurisdiction's checkpoints) or checkpoint.record (their own): the
// queries decide which checkpoints each sees.
const anyone = { access: 'authenticated' } as const;
const record = { access: 'checkpoint.record' } as const;

/** 卡口: the ledger of vehicles and persons passing checkpoints, and its daily figures. */
export const checkpointRoutes: ModuleRoutes = (app, { db, config }) => {
  app.get(
    '/checkpoints',
    { config: anyone, schema: { tags, response: { 200: Type.Array(CheckpointPlace) } } },
    async (request) => checkpoints.checkpoints(db, actorOf(request)),
  );

  app.post(
    '/checkpoints/entries',
    {
      config: record,
      schema: {
        tags,
        description:
          'Up to 500 entries from a checkpoint phone. Each entry is checked on its own: refused ones come back ' +
          'with row, field and reason, the others are stored. An entry id already stored is a duplicate.',
        body: EntryBatch,
        response: { 200: EntryBatchReply },
      },
    },
    async (request) => checkpoints.recordEntries(db, actorOf(request), auditContextOf(request), request.body),
  );

  app.get(
    '/checkpoints/entries',
    { config: anyone, schema: { tags, querystring: EntryQuery, response: { 200: EntryPage } } },
    async (request) => checkpoints.entries(db, actorOf(request), config.timeZone, request.query),
  );

  app.get(
    '/checkpoints/entries/:id',
    {
      config: anyone,
      schema: {
        tags,
        description: 'One entry of a ledger the caller reads, its people in full. Every read is audited.',
        params: EntryParams,
        response: { 200: Entry },
      },
    },
    async (request) => checkpoints.entryInFull(db, actorOf(request), auditContextOf(request), request.params.id),
  );

  app.get(
    '/checkpoints/entries.xlsx',
    {
      config: anyone,
      schema: { tags, description: 'The filtered ledger as .xlsx, identifiers masked.', querystring: EntryFilter },
    },
    async (request, reply) => {
      const file = await entryWorkbook(db, actorOf(request), auditContextOf(request), config.timeZone, request.query);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`)
        .send(file.content);
    },
  );

  app.get(
    '/checkpoints/counts',
    { config: anyone, schema: { tags, querystring: CountsQuery, response: { 200: CountsReply } } },
    async (request) => checkpoints.counts(db, actorOf(request), config.timeZone, request.query),
  );
};
