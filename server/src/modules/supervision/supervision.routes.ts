import type { ModuleRoutes } from '../../core/http/types.ts';
import { checklistRoutes } from './checklists.routes.ts';
import { inspectionRoutes } from './inspections.routes.ts';
import { planRoutes } from './plans.routes.ts';
import { unitRoutes } from './units.routes.ts';

/** 督导检查: checklists, plans, inspections with their findings, and the people of units. */
export const supervisionRoutes: ModuleRoutes = async (app, deps) => {
  await checklistRoutes(app, deps);
  await planRoutes(app, deps);
  await inspectionRoutes(app, deps);
  await unitRoutes(app, deps);
};
