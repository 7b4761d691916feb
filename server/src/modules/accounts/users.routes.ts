import { Type } from '@sinclair/typebox';
import { actorOf } from '../../core/auth/plugin.ts';
import { rolePermissions, roles } from '../../core/auth/roles.ts';
import { auditContextOf } from '../../core/http/request-context.ts';
import type { ModuleRoutes } from '../../core/http/types.ts';
import {
  ApiToken,
  CreateTokenBody,
  CreateUserBody,
  IdParams,
  ListUsersQuery,
  ResetPasswordBody,
  RoleName,
  UpdateUserBody,
  User,
} from './accounts.schema.ts';
import * as tokens from './tokens.service.ts';
import * as users from './users.service.ts';

const tags = ['users'];
const manage = { access: 'users.manage' } as const;
const UserReply = Type.Object({ user: User });

export const userRoutes: ModuleRoutes = (app, { db }) => {
  app.get(
    '/roles',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        response: {
          200: Type.Object({
            items: Type.Array(Type.Object({ role: RoleName, permissions: Type.Array(Type.String()) })),
          }),
        },
      },
    },
    async () => ({ items: roles.map((role) => ({ role, permissions: [...rolePermissions[role]] })) }),
  );

  app.get(
    '/users',
    {
      config: manage,
      schema: {
        tags,
        querystring: ListUsersQuery,
        response: { 200: Type.Object({ items: Type.Array(User), total: Type.Integer() }) },
      },
    },
    async (request) => users.listUsers(db, actorOf(request), request.query),
  );

  app.post(
    '/users',
    {
      config: manage,
      schema: {
        tags,
        body: CreateUserBody,
        response: { 201: Type.Object({ user: User, initialPassword: Type.Optional(Type.String()) }) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await users.createUser(db, actorOf(request), auditContextOf(request), request.body)),
  );

  app.get(
    '/users/:id',
    { config: manage, schema: { tags, params: IdParams, response: { 200: UserReply } } },
    async (request) => ({
      user: await users.getUser(db, actorOf(request), request.params.id),
    }),
  );

  app.patch(
    '/users/:id',
    { config: manage, schema: { tags, params: IdParams, body: UpdateUserBody, response: { 200: UserReply } } },
    async (request) => ({
      user: await users.updateUser(db, actorOf(request), auditContextOf(request), request.params.id, request.body),
    }),
  );

  app.post(
    '/users/:id/reset-password',
    {
      config: manage,
      schema: {
        tags,
        params: IdParams,
        body: ResetPasswordBody,
        response: { 200: Type.Object({ temporaryPassword: Type.Optional(Type.String()) }) },
      },
    },
    async (request) =>
      users.resetPassword(db, actorOf(request), auditContextOf(request), request.params.id, request.body),
  );

  app.get(
    '/users/:id/tokens',
    {
      config: manage,
      schema: { tags, params: IdParams, response: { 200: Type.Object({ items: Type.Array(ApiToken) }) } },
    },
    async (request) => ({ items: await tokens.listTokens(db, actorOf(request), request.params.id) }),
  );

  app.post(
    '/users/:id/tokens',
    {
      config: manage,
      schema: {
        tags,
        params: IdParams,
        body: CreateTokenBody,
        response: { 201: Type.Object({ token: ApiToken, secret: Type.String() }) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await tokens.createToken(db, actorOf(request), auditContextOf(request), request.params.id, request.body)),
  );

  app.delete('/tokens/:id', { config: manage, schema: { tags, params: IdParams } }, async (request, reply) => {
    await tokens.revokeToken(db, actorOf(request), auditContextOf(request), request.params.id);
    return reply.code(204).send();
  });
};
