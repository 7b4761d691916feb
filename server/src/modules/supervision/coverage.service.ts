import type { Actor } from '../../core/auth/actor.ts';
import type { Db } from '../../core/db/database.ts';
import * as repo from './coverage.repository.ts';
import { findPlan, membersOf } from './plans.repository.ts';

/*
 * What the rectification reports read of supervision: a plan, its team, and the inspections and findings of a
 * plan, a team or a period, with the visibility rules of plans and inspections applied here, in SQL.
 */

export type { InspectionSet } from './coverage.repository.ts';

/** The plan a report is headed with, if the actor may see it (never an unannounced one aimed at their unit). */
export async function reportedPlan(db: Db, actor: Actor, planId: number) {
  const row = await findPlan(db, actor, planId);
  return row ? { id: row.id, code: row.code, title: row.title } : null;
}

/** The names of a plan's team, its leader first. */
export async function teamNames(db: Db, planId: number): Promise<string[]> {
  return (await membersOf(db, planId)).map((m) => m.name);
}

/** How many inspections the set holds, their findings, and those fixed on the spot. */
export async function coverageFigures(db: Db, actor: Actor, set: repo.InspectionSet) {
  const counts = await repo.coverageCounts(db, actor, set);
  return { inspections: counts.inspections, findings: counts.findings, fixedOnSpot: counts.fixed_on_spot };
}

/** The set's inspections in check-in order, up to `limit`, each with its target, inspector and findings. */
export async function coveredInspections(db: Db, actor: Actor, set: repo.InspectionSet, limit: number) {
  const rows = await repo.coveredInspections(db, actor, set, limit);
  return rows.map((i) => ({
    id: i.id,
    target: i.target,
    inspector: i.inspector,
    checkedInAt: i.checked_in_at.toISOString(),
    findings: i.findings,
  }));
}

/**
 * The findings of the set as an SQL relation of (id, description), for the orders' queries to join: the
 * rectification orders live in that module, the rule of which findings the actor may see stays here.
 */
export const coveredFindings = repo.coveredFindings;
