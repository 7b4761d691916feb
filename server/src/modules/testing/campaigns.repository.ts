import { type RawBuilder, sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import { touchesJurisdiction } from '../../core/auth/scope.ts';
import type { Executor } from '../../core/db/database.ts';
import { notFound } from '../../core/errors.ts';

export interface CampaignRow {
  id: number;
  name: string;
  status: 'open' | 'closed';
  pool_size: number;
  target_kind: 'residents' | 'keypost' | 'list';
  resample_households: boolean;
  starts_at: Date;
  ends_at: Date;
  created_at: Date;
}

export interface NewCampaign {
  name: string;
  poolSize: number;
  targetKind: CampaignRow['target_kind'];
  resampleHouseholds?: boolean;
  startsAt: string;
  endsAt: string;
  createdBy: number | null;
}

export async function insertCampaign(db: Executor, campaign: NewCampaign): Promise<number> {
  const { rows } = await sql<{ id: number }>`
    INSERT INTO test_campaign (name, pool_size, target_kind, resample_households, starts_at, ends_at, created_by)
    VALUES (${campaign.name}, ${campaign.poolSize}, ${campaign.targetKind}, ${campaign.resampleHouseholds ?? false},
            ${campaign.startsAt}, ${campaign.endsAt}, ${campaign.createdBy})
    RETURNING id`.execute(db);
  const id = rows[0]?.id;
  if (id === undefined) throw new Error('test_campaign insert returned nothing');
  // The round's own partition of samples: its ingest and lookups stay inside it, and retention drops it whole.
  await sql`CREATE TABLE ${sql.table(`test_sample_${id}`)} PARTITION OF test_sample FOR VALUES IN (${sql.lit(id)})`.execute(
    db,
  );
  return id;
}

export async function insertAreas(db: Executor, campaignId: number, areas: { id: number; path: string }[]) {
  await sql`
    INSERT INTO test_campaign_area (campaign_id, region_id, path)
    SELECT ${campaignId}, id, path::ltree FROM unnest(${areas.map((a) => a.id)}::bigint[], ${areas.map((a) => a.path)}::text[])
      AS t(id, path)`.execute(db);
}

export interface PointRow {
  place_id: number;
  tables: number;
  opens_at: string;
  closes_at: string;
}

export async function insertPoints(db: Executor, campaignId: number, points: PointRow[]): Promise<void> {
  if (points.length === 0) return;
  await sql`
    INSERT INTO test_point (campaign_id, place_id, tables, opens_at, closes_at)
    SELECT ${campaignId}, p, t, o::time, c::time
      FROM unnest(${points.map((p) => p.place_id)}::bigint[], ${points.map((p) => p.tables)}::int[],
                  ${points.map((p) => p.opens_at)}::text[], ${points.map((p) => p.closes_at)}::text[]) AS x(p, t, o, c)`.execute(
    db,
  );
}

/** The target of each grid under the areas, from the registry's live counts at this moment. */
export async function snapshotTargets(db: Executor, campaignId: number): Promise<void> {
  await sql`
    INSERT INTO test_count (campaign_id, grid_id, path, target)
    SELECT ${campaignId}, c.region_id, c.path, c.residents
      FROM registry_count c
     WHERE c.residents > 0
       AND EXISTS (SELECT 1 FROM test_campaign_area a WHERE a.campaign_id = ${campaignId} AND c.path <@ a.path)`.execute(
    db,
  );
}

/** SQL true for a resident `r` living under one of the round's areas. */
export const inAreas = (campaignId: number) =>
  sql<boolean>`EXISTS (SELECT 1 FROM test_campaign_area a WHERE a.campaign_id = ${campaignId} AND r.path <@ a.path)`;

/** Lists the round's target: residents (by id) living under its areas; returns the ids listed. */
export async function listTargets(db: Executor, campaignId: number, residentIds: number[]): Promise<Set<number>> {
  const { rows } = await sql<{ resident_id: number }>`
    INSERT INTO test_target (campaign_id, resident_id, grid_id)
    SELECT ${campaignId}, r.id, r.grid_id FROM resident r
     WHERE r.id = ANY(${residentIds}::bigint[]) AND ${inAreas(campaignId)}
    ON CONFLICT DO NOTHING RETURNING resident_id`.execute(db);
  return new Set(rows.map((r) => r.resident_id));
}

/** Key-post workers (of the groups, or all) living under the round's areas, as its target. */
export async function listKeypostTargets(db: Executor, campaignId: number, groupIds: number[] | undefined) {
  const groups = groupIds ? sql`AND w.group_id = ANY(${groupIds}::bigint[])` : sql``;
  await sql`
    INSERT INTO test_target (campaign_id, resident_id, grid_id)
    SELECT DISTINCT ${campaignId}::bigint, r.id, r.grid_id FROM keypost_worker w JOIN resident r ON r.id = w.resident_id
     WHERE ${inAreas(campaignId)} ${groups}
    ON CONFLICT DO NOTHING`.execute(db);
}

/** The target of each grid from a listed target. */
export async function snapshotListedTargets(db: Executor, campaignId: number): Promise<void> {
  await sql`
    INSERT INTO test_count (campaign_id, grid_id, path, target)
    SELECT ${campaignId}, t.grid_id, g.path, count(*)
      FROM test_target t JOIN region g ON g.id = t.grid_id WHERE t.campaign_id = ${campaignId}
     GROUP BY t.grid_id, g.path`.execute(db);
}

/** Sampling points among `placeIds` the actor may plan: places of type sampling point in the jurisdiction. */
export async function samplingPointsAmong(db: Executor, actor: Actor, placeIds: number[]): Promise<Set<number>> {
  if (placeIds.length === 0) return new Set();
  const { rows } = await sql<{ id: number }>`
    SELECT id FROM place p
     WHERE id = ANY(${placeIds}::bigint[]) AND type = 'sampling_point' AND ${touchesJurisdiction(actor, 'p.path')}`.execute(
    db,
  );
  return new Set(rows.map((r) => r.id));
}

const visible = (actor: Actor) => sql<boolean>`
  EXISTS (SELECT 1 FROM test_campaign_area a WHERE a.campaign_id = c.id AND ${touchesJurisdiction(actor, 'a.path')})`;

/** Rounds whose areas touch the jurisdiction, newest first. */
export async function listCampaigns(db: Executor, actor: Actor): Promise<CampaignRow[]> {
  const { rows } = await sql<CampaignRow>`
    SELECT id, name, status, pool_size, target_kind, resample_households, starts_at, ends_at, created_at FROM test_campaign c
     WHERE ${visible(actor)} ORDER BY id DESC LIMIT 200`.execute(db);
  return rows;
}

export async function findCampaign(
  db: Executor,
  actor: Actor,
  id: number,
  lock: 'share' | 'update' | null = null,
): Promise<CampaignRow | undefined> {
  const locking = lock === 'update' ? sql`FOR UPDATE` : lock === 'share' ? sql`FOR SHARE` : sql``;
  const { rows } = await sql<CampaignRow>`
    SELECT id, name, status, pool_size, target_kind, resample_households, starts_at, ends_at, created_at FROM test_campaign c
     WHERE id = ${id} AND ${visible(actor)} ${locking}`.execute(db);
  return rows[0];
}

export async function areasOf(db: Executor, campaignId: number): Promise<{ id: number; name: string; path: string }[]> {
  const { rows } = await sql<{ id: number; name: string; path: string }>`
    SELECT r.id, r.name, a.path::text AS path FROM test_campaign_area a JOIN region r ON r.id = a.region_id
     WHERE a.campaign_id = ${campaignId} ORDER BY r.id`.execute(db);
  return rows;
}

export async function pointsOf(db: Executor, campaignId: number): Promise<(PointRow & { name: string })[]> {
  const { rows } = await sql<PointRow & { name: string }>`
    SELECT t.place_id, p.name, t.tables, to_char(t.opens_at, 'HH24:MI') AS opens_at, to_char(t.closes_at, 'HH24:MI') AS closes_at
      FROM test_point t JOIN place p ON p.id = t.place_id WHERE t.campaign_id = ${campaignId} ORDER BY p.name, p.id`.execute(
    db,
  );
  return rows;
}

export async function closeCampaign(db: Executor, id: number): Promise<void> {
  await sql`UPDATE test_campaign SET status = 'closed', closed_at = now() WHERE id = ${id}`.execute(db);
}

export interface PoolingRule {
  regionId: number;
  path: string;
  pooling: 'single' | 'household';
}

export async function insertPoolingRules(db: Executor, campaignId: number, rules: PoolingRule[]): Promise<void> {
  if (rules.length === 0) return;
  await sql`
    INSERT INTO test_pooling_rule (campaign_id, region_id, path, pooling)
    SELECT ${campaignId}, r, p::ltree, m FROM unnest(${rules.map((x) => x.regionId)}::bigint[], ${rules.map((x) => x.path)}::text[],
                                                    ${rules.map((x) => x.pooling)}::text[]) AS t(r, p, m)`.execute(db);
}

export async function poolingRulesOf(db: Executor, campaignId: number): Promise<(PoolingRule & { name: string })[]> {
  const { rows } = await sql<PoolingRule & { name: string }>`
    SELECT t.region_id AS "regionId", t.path::text AS path, t.pooling, r.name
      FROM test_pooling_rule t JOIN region r ON r.id = t.region_id WHERE t.campaign_id = ${campaignId}
     ORDER BY nlevel(t.path), r.id`.execute(db);
  return rows;
}

export async function insertSingleTubeGroups(db: Executor, campaignId: number, groupIds: number[]): Promise<void> {
  if (groupIds.length === 0) return;
  const { rows } = await sql<{ id: number }>`
    INSERT INTO test_single_tube_group (campaign_id, group_id)
    SELECT ${campaignId}, g.id FROM keypost_group g WHERE g.id = ANY(${groupIds}::bigint[])
    RETURNING group_id AS id`.execute(db);
  const unknown = groupIds.find((id) => !rows.some((r) => Number(r.id) === id));
  if (unknown !== undefined) throw notFound();
}

export async function singleTubeGroupsOf(db: Executor, campaignId: number): Promise<{ id: number; name: string }[]> {
  const { rows } = await sql<{ id: number; name: string }>`
    SELECT g.id, g.name FROM test_single_tube_group s JOIN keypost_group g ON g.id = s.group_id
     WHERE s.campaign_id = ${campaignId} ORDER BY g.name`.execute(db);
  return rows;
}

/** Of these residents, the workers of a key-post group the round samples one tube each. */
export async function singleTubeWorkers(db: Executor, campaignId: number, residentIds: number[]): Promise<Set<number>> {
  if (residentIds.length === 0) return new Set();
  const { rows } = await sql<{ resident_id: number }>`
    SELECT DISTINCT w.resident_id FROM keypost_worker w
      JOIN test_single_tube_group s ON s.group_id = w.group_id AND s.campaign_id = ${campaignId}
     WHERE w.resident_id = ANY(${residentIds}::bigint[])`.execute(db);
  return new Set(rows.map((r) => Number(r.resident_id)));
}

/**
 * SQL true when resident `residentId` (an SQL expression) counts for round `campaignId` (an SQL expression):
 * anyone, for a round of all residents (the grid's counters hold the rest apart); only the listed, otherwise.
 */
export const countsFor = (campaignId: RawBuilder<unknown>, residentId: RawBuilder<unknown>) => sql<boolean>`(
  (SELECT target_kind FROM test_campaign WHERE id = ${campaignId}) = 'residents'
  OR EXISTS (SELECT 1 FROM test_target t WHERE t.campaign_id = ${campaignId} AND t.resident_id = ${residentId}))`;
