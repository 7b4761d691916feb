import { api } from '../api/client';

export const ROLES = [
  'administrator',
  'commander',
  'testing_staff',
  'tracing_staff',
  'isolation_staff',
  'medical_staff',
  'supplies_staff',
  'enterprise_staff',
  'supervision_staff',
  'grid_worker',
  'sampler',
  'lab_staff',
  'isolation_site_staff',
  'hospital_staff',
  'liaison',
  'supervisor',
  'gatekeeper',
] as const;
export type Role = (typeof ROLES)[number];

export type Permission = 'users.manage' | 'regions.read' | 'regions.manage' | 'audit.read';

/** A region as other records mention it; levelKey is e.g. "district". */
export type RegionRef = { id: number; name: string; code: string | null; levelKey: string };

/** The signed-in user. `permissions` may hold more than the web app knows about. */
export type Me = {
  id: number;
  username: string;
  displayName: string;
  roles: Role[];
  permissions: string[];
  scopeAll: boolean;
  regions: RegionRef[];
  mustChangePassword: boolean;
};

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
