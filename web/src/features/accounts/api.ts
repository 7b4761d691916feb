import { api } from '../../app/api/client';
import type { RegionRef, Role } from '../../app/auth/api';
import type { Page, PageParams } from '../../app/hooks/usePagedQuery';

export type User = {
  id: number;
  username: string;
  displayName: string;
  roles: Role[];
  regions: RegionRef[];
  scopeAll: boolean;
  disabled: boolean;
  /** Set after too many wrong passwords; the lock lapses on its own at this time. */
  lockedUntil: string | null;
  lastLoginAt: string | null;
  createdAt: string;
  mustChangePassword: boolean;
};

/** A role and what it allows, as the server defines it. */
export type RoleGrant = { role: Role; permissions: string[] };

export type ApiToken = {
  id: number;
  name: string;
  /** The first characters of the secret, to recognise it; the secret itself is never shown again. */
  prefix: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
};

export type UserFilters = { q?: string; role?: Role; includeDisabled: boolean };

export type NewUser = {
  username: string;
  displayName: string;
  roles: Role[];
  regionIds: number[];
  scopeAll?: boolean;
  /** Left out, the server generates one and returns it once as initialPassword. */
  password?: string;
};

export type UserChange = {
  displayName?: string;
  roles?: Role[];
  regionIds?: number[];
  scopeAll?: boolean;
  disabled?: boolean;
  unlock?: true;
  reason?: string;
};

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
