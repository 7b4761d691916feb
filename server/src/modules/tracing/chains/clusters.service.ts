import type { Actor } from '../../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../../core/audit/audit.ts';
import type { Db } from '../../../core/db/database.ts';
import { notFound } from '../../../core/errors.ts';
import type { Cluster, ClusterDetail, ClusterListQuery, Timeline, TimelineQuery } from './chains.schema.ts';
import * as repo from './clusters.repository.ts';

export const toCluster = (row: repo.ClusterRow): Cluster => ({
  id: row.id,
  name: row.name,
  status: row.status,
  caseCount: row.case_count,
  generations: row.generations,
  firstOnset: row.first_onset,
  lastOnset: row.last_onset,
  region: row.region_id === null ? null : { id: row.region_id, name: row.region_name ?? '' },
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
});

/** Clusters touching the jurisdiction, active first, most recent onset first. */
export async function listClusters(db: Db, actor: Actor, query: ClusterListQuery) {
  const { rows, total } = await repo.listClusters(db, actor, query);
  return { items: rows.map(toCluster), total };
}

/** A cluster with the make-up of its cases within the jurisdiction. */
export async function getCluster(db: Db, actor: Actor, clusterId: number): Promise<ClusterDetail> {
  const row = await repo.findCluster(db, actor, clusterId);
  if (!row) throw notFound();
  const byClassification = { confirmed: 0, asymptomatic: 0, suspected: 0 };
  const perGeneration = new Map<number, number>();
  let first: string | null = null;
  let last: string | null = null;
  for (const group of await repo.clusterMakeup(db, actor, clusterId)) {
    byClassification[group.classification] += group.cases;
    const generation = group.generation ?? 0;
    perGeneration.set(generation, (perGeneration.get(generation) ?? 0) + group.cases);
    if (group.first !== null && (first === null || group.first < first)) first = group.first;
    if (group.last !== null && (last === null || group.last > last)) last = group.last;
  }
  return {
    cluster: toCluster(row),
    byClassification,
    byGeneration: [...perGeneration].sort(([a], [b]) => a - b).map(([generation, cases]) => ({ generation, cases })),
    onset: { first, last },
  };
}

/** Renames a cluster (recomputations keep the name); only whoever holds the whole cluster may. */
export async function renameCluster(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  clusterId: number,
  name: string,
): Promise<Cluster> {
  return db.transaction().execute(async (trx) => {
    const row = await repo.findCluster(trx, actor, clusterId, true);
    if (!row) throw notFound();
    const renamed = name.trim();
    await repo.renameCluster(trx, clusterId, renamed);
    await appendAudit(trx, audit, {
      action: 'tracing.cluster.rename',
      entity: 'tracing_cluster',
      entityId: clusterId,
      summary: { from: row.name, to: renamed },
    });
    const updated = await repo.findCluster(trx, actor, clusterId, true);
    if (!updated) throw notFound();
    return toCluster(updated);
  });
}

const DAY_MS = 86_400_000;

/**
 * Cases per day by classification, every day listed from the first to the last with a case (within from..to):
 * the span follows the data, so a wide from..to costs nothing.
 */
export async function timeline(db: Db, actor: Actor, timeZone: string, query: TimelineQuery): Promise<Timeline> {
  if (query.clusterId !== undefined && !(await repo.findCluster(db, actor, query.clusterId))) throw notFound();
  const rows = await repo.casesPerDay(db, actor, timeZone, query);
  const first = rows[0]?.date;
  const last = rows.at(-1)?.date;
  if (first === undefined || last === undefined) return { days: [] };
  const days = new Map<string, Timeline['days'][number]>();
  for (let ms = Date.parse(first); ms <= Date.parse(last); ms += DAY_MS) {
    const date = new Date(ms).toISOString().slice(0, 10);
    days.set(date, { date, confirmed: 0, asymptomatic: 0, suspected: 0 });
  }
  for (const row of rows) {
    const day = days.get(row.date);
    if (day) day[row.classification] += row.cases;
  }
  return { days: [...days.values()] };
}
