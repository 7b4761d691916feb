import { lazy } from 'react';
import type { ComponentType, LazyExoticComponent, ReactNode } from 'react';
import {
  AimOutlined,
  ApartmentOutlined,
  CheckSquareOutlined,
  ExperimentOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  HomeOutlined,
  InboxOutlined,
  MedicineBoxOutlined,
  SafetyOutlined,
  ShopOutlined,
  ScheduleOutlined,
  SolutionOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { Me, Permission } from '../auth/api';
import { hasPermission } from '../auth/permissions';

/** Domain modules, in menu order; each will mirror a server module. */
export type ModuleKey =
  | 'registry'
  | 'testing'
  | 'tracing'
  | 'screening'
  | 'control'
  | 'quarantine'
  | 'treatment'
  | 'keyplaces'
  | 'supplies'
  | 'workforce'
  | 'supervision'
  | 'reports';

// Pages load on first visit, so the code for administration does not slow down field staff.
function lazyPage(load: () => Promise<ComponentType>): LazyExoticComponent<ComponentType> {
  return lazy(async () => ({ default: await load() }));
}

/** Who may open an entry: one permission, or any of several. */
type EntryPermission = Permission | Permission[];

/** A module without a page shows "not built yet"; a module page routes its own sub-pages. */
export type ModuleEntry = {
  key: ModuleKey;
  path: string;
  icon: ReactNode;
  permission?: EntryPermission;
  page?: LazyExoticComponent<ComponentType>;
};

export const MODULES: ModuleEntry[] = [
  {
    key: 'registry',
    path: '/registry',
    icon: <TeamOutlined />,
    permission: 'registry.read',
    page: lazyPage(async () => (await import('../../features/registry/RegistryPage')).RegistryPage),
  },
  {
    key: 'testing',
    path: '/testing',
    icon: <ExperimentOutlined />,
    // The command office reads rounds, labs upload results, samplers are sent on to the phone page.
    permission: ['testing.read', 'testing.lab', 'testing.sample'],
    page: lazyPage(async () => (await import('../../features/testing/TestingPage')).TestingPage),
  },
  {
    key: 'tracing',
    path: '/tracing',
    icon: <AimOutlined />,
    permission: 'tracing.read',
    page: lazyPage(async () => (await import('../../features/tracing/TracingPage')).TracingPage),
  },
  {
    key: 'screening',
    path: '/screening',
    // Not FileSearchOutlined: the audit log has it already.
    icon: <SolutionOutlined />,
    // Tracing staff bring lists in; grid workers record what they found.
    permission: ['keyperson.record', 'keyperson.manage'],
    page: lazyPage(async () => (await import('../../features/screening/ScreeningPage')).ScreeningPage),
  },
  {
    key: 'control',
    path: '/control',
    icon: <SafetyOutlined />,
    permission: ['riskarea.read', 'pass.issue', 'healthstatus.read'],
    page: lazyPage(async () => (await import('../../features/control/ControlPage')).ControlPage),
  },
  {
    key: 'quarantine',
    path: '/quarantine',
    icon: <HomeOutlined />,
    permission: ['quarantine.read', 'healthcheck.record'],
    page: lazyPage(async () => (await import('../../features/quarantine/QuarantinePage')).QuarantinePage),
  },
  {
    key: 'treatment',
    path: '/treatment',
    icon: <MedicineBoxOutlined />,
    permission: 'treatment.read',
    page: lazyPage(async () => (await import('../../features/treatment/TreatmentPage')).TreatmentPage),
  },
  {
    key: 'keyplaces',
    path: '/keyplaces',
    icon: <ShopOutlined />,
    permission: ['keyplace.read', 'keyplace.report', 'checkpoint.record', 'pharmacy.record'],
    page: lazyPage(async () => (await import('../../features/keyplaces/KeyPlacesPage')).KeyPlacesPage),
  },
  { key: 'supplies', path: '/supplies', icon: <InboxOutlined /> },
  { key: 'workforce', path: '/workforce', icon: <ScheduleOutlined /> },
  {
    key: 'supervision',
    path: '/supervision',
    icon: <CheckSquareOutlined />,
    // Supervisors plan and inspect; the inspected units answer their orders.
    permission: ['supervision.read', 'rectification.respond'],
    page: lazyPage(async () => (await import('../../features/supervision/SupervisionPage')).SupervisionPage),
  },
  { key: 'reports', path: '/reports', icon: <FileTextOutlined /> },
];

export type AdminEntry = {
  key: 'users' | 'regions' | 'audit';
  path: string;
  icon: ReactNode;
  permission: Permission;
  page: LazyExoticComponent<ComponentType>;
};

export const ADMIN_ENTRIES: AdminEntry[] = [
  {
    key: 'users',
    path: '/users',
    icon: <UserOutlined />,
    permission: 'users.manage',
    page: lazyPage(async () => (await import('../../features/accounts/UsersPage')).UsersPage),
  },
  {
    key: 'regions',
    path: '/regions',
    icon: <ApartmentOutlined />,
    permission: 'regions.read',
    page: lazyPage(async () => (await import('../../features/regions/RegionsPage')).RegionsPage),
  },
  {
    key: 'audit',
    path: '/audit',
    icon: <FileSearchOutlined />,
    permission: 'audit.read',
    page: lazyPage(async () => (await import('../../features/audit/AuditPage')).AuditPage),
  },
];

/** The entries this user may open; the others are neither shown nor routed. */
export function allowedEntries<E extends { permission?: EntryPermission }>(
  me: Me | null | undefined,
  entries: E[],
): E[] {
  return entries.filter(
    ({ permission }) =>
      permission === undefined ||
      (Array.isArray(permission) ? permission : [permission]).some((one) => hasPermission(me, one)),
  );
}
