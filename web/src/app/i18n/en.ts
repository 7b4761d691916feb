import { accountsEn } from '../../features/accounts/i18n/en';
import { auditEn } from '../../features/audit/i18n/en';
import { regionsEn } from '../../features/regions/i18n/en';
import { registryEn } from '../../features/registry/i18n/en';
import { screeningEn } from '../../features/screening/i18n/en';
import { samplingEn } from '../../features/testing/sampling/i18n/en';
import { testingEn } from '../../features/testing/i18n/en';
import { tracingClustersEn } from '../../features/tracing/clusters/i18n/en';
import { tracingEvidenceEn } from '../../features/tracing/evidence/i18n/en';
import { tracingEn } from '../../features/tracing/i18n/en';
import type { zhCN } from './zh-CN';

// Typed against the Chinese resources so a missing or stray key fails the type check.
import { riskAreasEn } from '../../features/control/areas/i18n/en';
import { passesEn } from '../../features/control/passes/i18n/en';
import { healthStatusEn } from '../../features/control/status/i18n/en';
import { protocolsEn } from '../../features/control/protocols/i18n/en';
import { quarantineEn } from '../../features/quarantine/sites/i18n/en';
import { healthChecksEn } from '../../features/quarantine/checks/i18n/en';
import { treatmentEn } from '../../features/treatment/i18n/en';
import { supervisionEn } from '../../features/supervision/i18n/en';
import { rectificationEn } from '../../features/supervision/orders/i18n/en';
import { keyPlacesEn } from '../../features/keyplaces/i18n/en';
import { enterprisesEn } from '../../features/keyplaces/enterprises/i18n/en';
import { schoolsEn } from '../../features/keyplaces/schools/i18n/en';
import { checkpointsEn } from '../../features/keyplaces/checkpoints/i18n/en';
import { pharmaciesEn } from '../../features/keyplaces/pharmacies/i18n/en';
export const en: typeof zhCN = {
  app: {
    name: 'Fangkong Command Platform',
    shortName: 'Fangkong',
  },
  common: {
    ok: 'OK',
    cancel: 'Cancel',
    edit: 'Edit',
    delete: 'Delete',
    search: 'Search',
    reset: 'Reset',
    retry: 'Retry',
    actions: 'Actions',
    more: 'More',
    total: '{{total}} in total',
  },
  errors: {
    network: 'Cannot reach the server. Check the network and try again.',
    http: 'The server answered with an error ({{status}}).',
    unexpected: 'Something unexpected went wrong. Reload the page and try again.',
    serverUnavailable: 'The server cannot be reached right now',
  },
  layout: {
    admin: 'Administration',
    openMenu: 'Open menu',
    logout: 'Sign out',
    changePassword: 'Change password',
  },
  modules: {
    registry: 'Registry',
    testing: 'Mass testing',
    tracing: 'Tracing',
    screening: 'Key persons',
    control: 'Control measures',
    quarantine: 'Quarantine',
    treatment: 'Treatment',
    keyplaces: 'Key places',
    supplies: 'Supplies',
    workforce: 'Workforce',
    supervision: 'Supervision',
    reports: 'Daily brief',
    users: 'Users',
    regions: 'Regions',
    audit: 'Audit log',
  },
  roles: {
    administrator: 'Administrator',
    commander: 'Commander',
    testing_staff: 'Testing team',
    tracing_staff: 'Tracing team',
    isolation_staff: 'Isolation team',
    medical_staff: 'Medical team',
    supplies_staff: 'Supplies team',
    enterprise_staff: 'Enterprise team',
    supervision_staff: 'Supervision team',
    grid_worker: 'Grid worker',
    sampler: 'Sampler',
    lab_staff: 'Laboratory staff',
    isolation_site_staff: 'Isolation site staff',
    hospital_staff: 'Hospital staff',
    liaison: 'Prevention liaison',
    supervisor: 'Supervisor',
    gatekeeper: 'Checkpoint guard',
  },
  auth: {
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    usernameRequired: 'Enter your username',
    passwordRequired: 'Enter your password',
    changePasswordTitle: 'Change password',
    mustChangePassword: 'This is your first sign-in or your password was reset. Set a new password first.',
    currentPassword: 'Current password',
    newPassword: 'New password',
    confirmPassword: 'Confirm new password',
    passwordMismatch: 'The two new passwords do not match',
    passwordChanged: 'Password changed',
  },
  jurisdiction: {
    all: 'All regions',
    none: 'Not assigned',
  },
  home: {
    welcome: 'Welcome, {{name}}',
    username: 'Username',
    roles: 'Roles',
    jurisdiction: 'Jurisdiction',
  },
  pages: {
    notBuilt: 'This module is not built yet',
    notBuiltModule: 'Module: {{name}}',
    notFound: 'Page not found',
    backHome: 'Back to home',
  },
  accounts: accountsEn,
  regions: regionsEn,
  audit: auditEn,
  registry: registryEn,
  testing: testingEn,
  sampling: samplingEn,
  tracing: tracingEn,
  tracingClusters: tracingClustersEn,
  tracingEvidence: tracingEvidenceEn,
  screening: screeningEn,
  riskAreas: riskAreasEn,
  passes: passesEn,
  healthStatus: healthStatusEn,
  protocols: protocolsEn,
  quarantine: quarantineEn,
  healthChecks: healthChecksEn,
  treatment: treatmentEn,
  supervision: supervisionEn,
  rectification: rectificationEn,
  keyPlaces: keyPlacesEn,
  enterprises: enterprisesEn,
  schools: schoolsEn,
  checkpoints: checkpointsEn,
  pharmacies: pharmaciesEn,
};
