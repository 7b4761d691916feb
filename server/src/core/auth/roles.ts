/** Roles of DOMAIN.md "Who uses it"; a user may hold several. */
export const roles = [
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
export type Role = (typeof roles)[number];

export const permissions = ['users.manage', 'regions.read', 'regions.manage', 'audit.read'] as const;
export type Permission = (typeof permissions)[number];

// Every role reads the region tree (within its jurisdiction): field staff need it to pick places.
const everyone: Permission[] = ['regions.read'];

export const rolePermissions: Record<Role, readonly Permission[]> = {
  administrator: permissions,
  commander: everyone,
  testing_staff: everyone,
  tracing_staff: everyone,
  isolation_staff: everyone,
  medical_staff: everyone,
  supplies_staff: everyone,
  enterprise_staff: everyone,
  supervision_staff: everyone,
  grid_worker: everyone,
  sampler: everyone,
  lab_staff: everyone,
  isolation_site_staff: everyone,
  hospital_staff: everyone,
  liaison: everyone,
  supervisor: everyone,
  gatekeeper: everyone,
};

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

export function permissionsOf(held: readonly Role[]): Set<Permission> {
  return new Set(held.flatMap((role) => rolePermissions[role]));
}
