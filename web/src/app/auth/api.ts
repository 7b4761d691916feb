import { api } from '../api/client';
import type { Me } from '../../../../server/src/modules/accounts/accounts.schema.ts';

// The API's types are the server's schemas (type-only imports: no server code enters the bundle).
export type { Permission, Role } from '../../../../server/src/core/auth/roles.ts';
export type { Me } from '../../../../server/src/modules/accounts/accounts.schema.ts';
export type { RegionRef } from '../../../../server/src/modules/regions/regions.schema.ts';
export { roles as ROLES } from '../../../../server/src/core/auth/roles.ts';

type MeResponse = { user: Me };

export async function login(username: string, password: string): Promise<Me> {
  return (await api.post<MeResponse>('/auth/login', { username, password })).user;
}

export async function fetchMe(signal?: AbortSignal): Promise<Me> {
  return (await api.get<MeResponse>('/auth/me', { signal })).user;
}

export function logout(): Promise<void> {
  return api.post('/auth/logout');
}

export function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  return api.post('/auth/password', { currentPassword, newPassword });
}
