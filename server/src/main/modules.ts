import type { ModuleCommands } from '../core/cli.ts';
import type { ModuleJobs, ModuleRoutes } from '../core/http/types.ts';
import { accountCommands } from '../modules/accounts/accounts.commands.ts';
import { authRoutes } from '../modules/accounts/auth.routes.ts';
import { userRoutes } from '../modules/accounts/users.routes.ts';
import { auditCommands } from '../modules/audit/audit.commands.ts';
import { auditRoutes } from '../modules/audit/audit.routes.ts';
import { regionRoutes } from '../modules/regions/regions.routes.ts';
import { registryCommands } from '../modules/registry/registry.commands.ts';
import { registryJobs } from '../modules/registry/registry.jobs.ts';
import { exportRoutes } from '../modules/registry/export/exports.routes.ts';
import { importRoutes } from '../modules/registry/imports.routes.ts';
import { registryRoutes } from '../modules/registry/registry.routes.ts';
import { protocolRoutes } from '../modules/protocol/protocol.routes.ts';
import { quarantineRoutes } from '../modules/quarantine/quarantines.routes.ts';
import { quarantineCheckJobs } from '../modules/quarantine/checks/checks.jobs.ts';
import { quarantineCheckRoutes } from '../modules/quarantine/checks/checks.routes.ts';
import { quarantineReleaseRoutes } from '../modules/quarantine/release/release.routes.ts';
import { healthStatusJobs } from '../modules/healthstatus/healthstatus.jobs.ts';
import { healthStatusRoutes } from '../modules/healthstatus/healthstatus.routes.ts';
import { passJobs } from '../modules/passes/passes.jobs.ts';
import { passRoutes } from '../modules/passes/passes.routes.ts';
import { riskAreaJobs } from '../modules/riskareas/riskareas.jobs.ts';
import { riskAreaMapRoutes } from '../modules/riskareas/maps.routes.ts';
import { publicRiskAreaRoutes } from '../modules/riskareas/public.routes.ts';
import { riskAreaRoutes } from '../modules/riskareas/riskareas.routes.ts';
import { screeningJobs } from '../modules/screening/screening.jobs.ts';
import { screeningRoutes } from '../modules/screening/screening.routes.ts';
import { testingRoutes } from '../modules/testing/testing.routes.ts';
import { tracingCaseRoutes } from '../modules/tracing/cases.routes.ts';
import { tracingChainJobs } from '../modules/tracing/chains/chains.jobs.ts';
import { tracingChainRoutes } from '../modules/tracing/chains/chains.routes.ts';
import { tracingContactRoutes } from '../modules/tracing/contacts.routes.ts';
import { tracingEvidenceJobs } from '../modules/tracing/evidence/evidence.jobs.ts';
import { tracingEvidenceRoutes } from '../modules/tracing/evidence/evidence.routes.ts';
import { tracingInvestigationRoutes } from '../modules/tracing/investigation.routes.ts';
import { tracingLedgerExportRoutes } from '../modules/tracing/ledgers/export.routes.ts';
import { tracingLedgerImportRoutes } from '../modules/tracing/ledgers/import.routes.ts';
import { treatmentRoutes } from '../modules/treatment/treatment.routes.ts';
import { supervisionRoutes } from '../modules/supervision/supervision.routes.ts';
import { checkpointRoutes } from '../modules/checkpoints/checkpoints.routes.ts';
import { enterpriseRoutes } from '../modules/enterprises/enterprises.routes.ts';
import { schoolRoutes } from '../modules/schools/schools.routes.ts';
import { pharmacyRoutes } from '../modules/pharmacies/pharmacies.routes.ts';
import { rectificationClearingRoutes } from '../modules/rectification/clearing.routes.ts';
import { rectificationOrderRoutes } from '../modules/rectification/orders.routes.ts';
import { rectificationJobs } from '../modules/rectification/rectification.jobs.ts';

/** Every feature module's routes, in registration order. */
export const moduleRoutes: ModuleRoutes[] = [
  authRoutes,
  userRoutes,
  regionRoutes,
  auditRoutes,
  protocolRoutes,
  registryRoutes,
  importRoutes,
  exportRoutes,
  testingRoutes,
  screeningRoutes,
  tracingCaseRoutes,
  tracingInvestigationRoutes,
  tracingContactRoutes,
  tracingChainRoutes,
  tracingEvidenceRoutes,
  tracingLedgerExportRoutes,
  tracingLedgerImportRoutes,
  quarantineRoutes,
  quarantineCheckRoutes,
  quarantineReleaseRoutes,
  healthStatusRoutes,
  passRoutes,
  riskAreaRoutes,
  riskAreaMapRoutes,
  publicRiskAreaRoutes,
  treatmentRoutes,
  supervisionRoutes,
  checkpointRoutes,
  enterpriseRoutes,
  schoolRoutes,
  pharmacyRoutes,
  rectificationOrderRoutes,
  rectificationClearingRoutes,
];

/** Every feature module's CLI subcommands. */
export const moduleCommands: ModuleCommands[] = [accountCommands, auditCommands, registryCommands];

/** Every feature module's queued and scheduled work. */
export const moduleJobs: ModuleJobs[] = [
  registryJobs,
  screeningJobs,
  tracingChainJobs,
  tracingEvidenceJobs,
  healthStatusJobs,
  riskAreaJobs,
  passJobs,
  quarantineCheckJobs,
  rectificationJobs,
];
