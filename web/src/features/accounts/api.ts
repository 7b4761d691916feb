import { api } from '../../app/api/client';
import type { Role } from '../../app/auth/api';
import type {
  ApiToken,
  CreateUserBody as NewUser,
  UpdateUserBody as UserChange,
  User,
} from '../../../../server/src/modules/accounts/accounts.schema.ts';
import type { Page, PageParams } from '../../app/hooks/usePagedQuery';

export type {
  ApiToken,
  CreateUserBody as NewUser,
  UpdateUserBody as UserChange,
  User,
} from '../../../../server/src/modules/accounts/accounts.schema.ts';

/** A role and what it allows, as the server defines it. */
export type RoleGrant = { role: Role; permissions: string[] };

export type UserFilters = { q?: string; role?: Role; includeDisabled: boolean };

type UserResponse = { user: User };

export async function fetchRoles(): Promise<RoleGrant[]> {
  return (await api.get<{ items: RoleGrant[] }>('/roles')).items;
}

export function fetchUsersPage(query: UserFilters & PageParams, signal: AbortSignal): Promise<Page<User>> {
  return api.get<Page<User>>('/users', { query, signal });
}

export function createUser(user: NewUser): Promise<{ user: User; initialPassword?: string }> {
  return api.post('/users', user);
}

export async function updateUser(id: number, change: UserChange): Promise<User> {
  return (await api.patch<UserResponse>(`/users/${id}`, change)).user;
}

/** Returns the temporary password only when the server generated it. */
export function resetPassword(
  id: number,
  request: { password?: string; reason?: string },
): Promise<{ temporaryPassword?: string }> {
  return api.post(`/users/${id}/reset-password`, request);
}

export async function fetchTokens(userId: number, signal: AbortSignal): Promise<ApiToken[]> {
  return (await api.get<{ items: ApiToken[] }>(`/users/${userId}/tokens`, { signal })).items;
}

/** The secret comes back once, here; the server keeps only its hash. */
export function createToken(
  userId: number,
  request: { name: string; expiresInDays?: number },
): Promise<{ token: ApiToken; secret: string }> {
  return api.post(`/users/${userId}/tokens`, request);
}

export function revokeToken(tokenId: number): Promise<void> {
  return api.delete(`/tokens/${tokenId}`);
}
