import { Type } from '@sinclair/typebox';
import { actorOf } from '../../core/auth/plugin.ts';
import { auditContextOf } from '../../core/http/request-context.ts';
import type { ModuleRoutes } from '../../core/http/types.ts';
import {
  CreateTemplateBody,
  ReviseBody,
  TemplateDetail,
  TemplateParams,
  TemplateSummary,
} from './checklists.schema.ts';
import * as checklists from './checklists.service.ts';

const tags = ['supervision'];
const read = { access: 'supervision.read' } as const;
const manage = { access: 'checklist.manage' } as const;

/** Checklist templates per kind of target, and their versions. */
export const checklistRoutes: ModuleRoutes = (app, { db }) => {
  app.get(
    '/supervision/checklists',
    { config: read, schema: { tags, response: { 200: Type.Object({ items: Type.Array(TemplateSummary) }) } } },
    async () => ({ items: await checklists.listTemplates(db) }),
  );

  app.get(
    '/supervision/checklists/:templateId',
    { config: read, schema: { tags, params: TemplateParams, response: { 200: TemplateDetail } } },
    async (request) => checklists.getTemplate(db, request.params.templateId),
  );

  app.post(
    '/supervision/checklists',
    { config: manage, schema: { tags, body: CreateTemplateBody, response: { 201: TemplateDetail } } },
    async (request, reply) =>
      reply
        .code(201)
        .send(await checklists.createTemplate(db, actorOf(request), auditContextOf(request), request.body)),
  );

  app.put(
    '/supervision/checklists/:templateId',
    {
      config: manage,
      schema: {
        tags,
        description: 'Saves the items as a new active version; inspections made keep their own version.',
        params: TemplateParams,
        body: ReviseBody,
        response: { 200: TemplateDetail },
      },
    },
    async (request) =>
      checklists.reviseTemplate(db, actorOf(request), auditContextOf(request), request.params.templateId, request.body),
  );
};
