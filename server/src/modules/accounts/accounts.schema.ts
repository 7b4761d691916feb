import { type Static, Type } from '@sinclair/typebox';
import { permissions, roles } from '../../core/auth/roles.ts';
import { RegionRef } from '../regions/regions.schema.ts';

export const RoleName = Type.Union(roles.map((role) => Type.Literal(role)));
const PermissionName = Type.Union(permissions.map((permission) => Type.Literal(permission)));
const Timestamp = Type.String({ format: 'date-time' });
const NullableTimestamp = Type.Union([Timestamp, Type.Null()]);
const Reason = Type.String({ minLength: 1, maxLength: 500 });
const Password = Type.String({ minLength: 1, maxLength: 200 });

export const LoginBody = Type.Object(
  { username: Type.String({ minLength: 1, maxLength: 64 }), password: Password },
  { additionalProperties: false },
);
export type LoginBody = Static<typeof LoginBody>;

export const Me = Type.Object({
  id: Type.Integer(),
  username: Type.String(),
  displayName: Type.String(),
  roles: Type.Array(RoleName),
  permissions: Type.Array(PermissionName),
  scopeAll: Type.Boolean(),
  regions: Type.Array(RegionRef),
  mustChangePassword: Type.Boolean(),
});
export type Me = Static<typeof Me>;

export const ChangePasswordBody = Type.Object(
  { currentPassword: Password, newPassword: Password },
  { additionalProperties: false },
);
export type ChangePasswordBody = Static<typeof ChangePasswordBody>;

export const User = Type.Object({
  id: Type.Integer(),
  username: Type.String(),
  displayName: Type.String(),
  roles: Type.Array(RoleName),
  regions: Type.Array(RegionRef),
  scopeAll: Type.Boolean(),
  disabled: Type.Boolean(),
  lockedUntil: NullableTimestamp,
  lastLoginAt: NullableTimestamp,
  createdAt: Timestamp,
  mustChangePassword: Type.Boolean(),
});
export type User = Static<typeof User>;

export const ListUsersQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    role: Type.Optional(RoleName),
    includeDisabled: Type.Optional(Type.Boolean()),
    page: Type.Integer({ minimum: 1, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 20 }),
  },
  { additionalProperties: false },
);
export type ListUsersQuery = Static<typeof ListUsersQuery>;

export const CreateUserBody = Type.Object(
  {
    username: Type.String({ pattern: '^[A-Za-z0-9_.@-]{2,64}$' }),
    displayName: Type.String({ minLength: 1, maxLength: 64 }),
    roles: Type.Array(RoleName, { minItems: 1, uniqueItems: true }),
    regionIds: Type.Array(Type.Integer({ minimum: 1 }), { uniqueItems: true, maxItems: 100 }),
    scopeAll: Type.Optional(Type.Boolean()),
    password: Type.Optional(Password),
  },
  { additionalProperties: false },
);
export type CreateUserBody = Static<typeof CreateUserBody>;

export const UpdateUserBody = Type.Object(
  {
    displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    roles: Type.Optional(Type.Array(RoleName, { minItems: 1, uniqueItems: true })),
    regionIds: Type.Optional(Type.Array(Type.Integer({ minimum: 1 }), { uniqueItems: true, maxItems: 100 })),
    scopeAll: Type.Optional(Type.Boolean()),
    disabled: Type.Optional(Type.Boolean()),
    unlock: Type.Optional(Type.Literal(true)),
    reason: Type.Optional(Reason),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateUserBody = Static<typeof UpdateUserBody>;

export const ResetPasswordBody = Type.Object(
  { password: Type.Optional(Password), reason: Type.Optional(Reason) },
  { additionalProperties: false },
);
export type ResetPasswordBody = Static<typeof ResetPasswordBody>;

export const ApiToken = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  prefix: Type.String(),
  createdAt: Timestamp,
  expiresAt: NullableTimestamp,
  lastUsedAt: NullableTimestamp,
  revokedAt: NullableTimestamp,
});
export type ApiToken = Static<typeof ApiToken>;

export const CreateTokenBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    expiresInDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 3650 })),
  },
  { additionalProperties: false },
);
export type CreateTokenBody = Static<typeof CreateTokenBody>;

export const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });
export type IdParams = Static<typeof IdParams>;
