import { Type } from '@sinclair/typebox';
import { Paged } from '../../core/http/schema-helpers.ts';
import { actorOf } from '../../core/auth/plugin.ts';
import { auditContextOf } from '../../core/http/request-context.ts';
import type { ModuleRoutes } from '../../core/http/types.ts';
import { CaseParams } from './cases.schema.ts';
import { requestChainRecompute } from './chains/chains.jobs.ts';
import * as contacts from './contacts.service.ts';
import {
  Contact,
  ContactDetail,
  ContactListQuery,
  ContactParams,
  ContactStatusBody,
  CreateContactBody,
} from './contacts.schema.ts';
import {
  ConfirmSuggestionBody,
  DiscoveryResult,
  DismissSuggestionBody,
  Suggestion,
  SuggestionParams,
  SuggestionQuery,
} from './suggestions.schema.ts';
import * as suggestions from './suggestions.service.ts';

const tags = ['tracing'];
const read = { access: 'tracing.read' } as const;
const manage = { access: 'tracing.manage' } as const;

/** Contacts and the suggestions they are confirmed from. */
export const tracingContactRoutes: ModuleRoutes = (app, { db, jobs }) => {
  // New contacts may link cases into chains: one debounced recomputation follows.
  const changed = <T>(value: T) => requestChainRecompute(jobs).then(() => value);

  app.post(
    '/tracing/contacts',
    {
      config: manage,
      schema: {
        tags,
        description: 'Adds a contact of a case (or of a contact). The same person and source twice is refused (409).',
        body: CreateContactBody,
        response: { 201: ContactDetail },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await changed(await contacts.addContact(db, actorOf(request), auditContextOf(request), request.body))),
  );

  app.get(
    '/tracing/contacts',
    {
      config: read,
      schema: {
        tags,
        querystring: ContactListQuery,
        response: {
          200: Paged(Contact),
        },
      },
    },
    async (request) => contacts.listContacts(db, actorOf(request), request.query),
  );

  app.get(
    '/tracing/contacts/:contactId',
    { config: read, schema: { tags, params: ContactParams, response: { 200: ContactDetail } } },
    async (request) => contacts.getContact(db, actorOf(request), auditContextOf(request), request.params.contactId),
  );

  app.post(
    '/tracing/contacts/:contactId/status',
    {
      config: manage,
      schema: {
        tags,
        description: 'Moves the control status forward with its basis (notice, quarantine order, release).',
        params: ContactParams,
        body: ContactStatusBody,
        response: { 200: ContactDetail },
      },
    },
    async (request) =>
      contacts.changeContactStatus(
        db,
        actorOf(request),
        auditContextOf(request),
        request.params.contactId,
        request.body,
      ),
  );

  app.post(
    '/tracing/cases/:caseId/discover',
    {
      config: manage,
      schema: {
        tags,
        description:
          'Looks for contacts in venue scans, location records, household and workplace; stores suggestions.',
        params: CaseParams,
        response: { 200: DiscoveryResult },
      },
    },
    async (request) =>
      suggestions.discoverContacts(db, actorOf(request), auditContextOf(request), request.params.caseId),
  );

  app.get(
    '/tracing/cases/:caseId/suggestions',
    {
      config: read,
      schema: {
        tags,
        params: CaseParams,
        querystring: SuggestionQuery,
        response: { 200: Type.Object({ items: Type.Array(Suggestion) }) },
      },
    },
    async (request) => suggestions.listSuggestions(db, actorOf(request), request.params.caseId, request.query.status),
  );

  app.post(
    '/tracing/suggestions/:suggestionId/confirm',
    {
      config: manage,
      schema: {
        tags,
        params: SuggestionParams,
        body: ConfirmSuggestionBody,
        response: { 200: Type.Object({ contactId: Type.Integer() }) },
      },
    },
    async (request) =>
      changed(
        await suggestions.confirmSuggestion(
          db,
          actorOf(request),
          auditContextOf(request),
          request.params.suggestionId,
          request.body,
        ),
      ),
  );

  app.post(
    '/tracing/suggestions/:suggestionId/dismiss',
    { config: manage, schema: { tags, params: SuggestionParams, body: DismissSuggestionBody } },
    async (request, reply) => {
      const { suggestionId } = request.params;
      await suggestions.dismissSuggestion(
        db,
        actorOf(request),
        auditContextOf(request),
        suggestionId,
        request.body.reason,
      );
      return reply.code(204).send();
    },
  );
};
