import type { Me, Permission } from './api';

/** The server enforces every permission; the web app only hides what would be refused anyway. */
export function hasPermission(me: Me | null | undefined, permission: Permission): boolean {
  return me?.permissions.includes(permission) ?? false;
}
