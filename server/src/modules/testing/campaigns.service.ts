import type { Actor } from '../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db, Executor } from '../../core/db/database.ts';
import { parseIdNumber } from '../registry/id-number.ts';
import { residentsByIdNumbers } from '../registry/residents.repository.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { pathInScope } from '../regions/regions.service.ts';
import * as repo from './campaigns.repository.ts';
import type { Campaign, CreateCampaignBody } from './testing.schema.ts';

/** Drops areas lying under another area of the same round, so nobody is counted twice in its target. */
function outermost(areas: { id: number; path: string }[]): { id: number; path: string }[] {
  return areas.filter((area) => !areas.some((other) => other !== area && area.path.startsWith(other.path + '.')));
}

async function toCampaign(db: Executor, row: repo.CampaignRow): Promise<Campaign> {
  const [areas, points, rules, singleTubeGroups] = await Promise.all([
    repo.areasOf(db, row.id),
    repo.pointsOf(db, row.id),
    repo.poolingRulesOf(db, row.id),
    repo.singleTubeGroupsOf(db, row.id),
  ]);
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    poolSize: row.pool_size,
    targetKind: row.target_kind,
    resampleHouseholds: row.resample_households,
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    areas: areas.map(({ id, name }) => ({ id, name })),
    points: points.map((p) => ({
      place: { id: p.place_id, name: p.name },
      tables: p.tables,
      opensAt: p.opens_at,
      closesAt: p.closes_at,
    })),
    poolingRules: rules.map((r) => ({ region: { id: r.regionId, name: r.name }, pooling: r.pooling })),
    singleTubeGroups,
    createdAt: row.created_at.toISOString(),
  };
}

/**
 * Opens a round over region nodes of the jurisdiction: its areas, sampling points, and the target of each
 * grid fixed from the registry's live counts, all in one transaction.
 */
export async function createCampaign(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  body: CreateCampaignBody,
): Promise<{ campaign: Campaign; targetRejected: TargetRejection[] }> {
  if (Date.parse(body.endsAt) <= Date.parse(body.startsAt)) throw new AppError('CAMPAIGN_WINDOW_INVALID');
  return db.transaction().execute(async (trx) => {
    const areas: { id: number; path: string }[] = [];
    for (const id of body.regionIds) {
      const region = await pathInScope(trx, actor, id);
      if (!region) throw notFound();
      areas.push({ id, path: region.path });
    }
    const points = await repo.samplingPointsAmong(
      trx,
      actor,
      body.points.map((p) => p.placeId),
    );
    const stranger = body.points.find((p) => !points.has(p.placeId));
    if (stranger) throw new AppError('NOT_A_SAMPLING_POINT', { placeId: stranger.placeId });
    const target = body.target ?? { kind: 'residents' };
    const id = await repo.insertCampaign(trx, { ...body, targetKind: target.kind, createdBy: actor.userId || null });
    await repo.insertAreas(trx, id, outermost(areas));
    await repo.insertPoints(
      trx,
      id,
      body.points.map((p) => ({ place_id: p.placeId, tables: p.tables, opens_at: p.opensAt, closes_at: p.closesAt })),
    );
    const rules: repo.PoolingRule[] = [];
    for (const rule of body.poolingRules ?? []) {
      const region = await pathInScope(trx, actor, rule.regionId);
      if (!region) throw notFound();
      rules.push({ regionId: rule.regionId, path: region.path, pooling: rule.pooling });
    }
    await repo.insertPoolingRules(trx, id, rules);
    await repo.insertSingleTubeGroups(trx, id, body.singleTubeGroupIds ?? []);
    const targetRejected = await fixTargets(trx, actor, id, target);
    const summary = {
      name: body.name,
      poolSize: body.poolSize,
      regionIds: body.regionIds,
      points: body.points.length,
      singleTubeGroupIds: body.singleTubeGroupIds ?? [],
    };
    await appendAudit(trx, audit, {
      action: 'testing.campaign.create',
      entity: 'test_campaign',
      entityId: id,
      summary,
    });
    const row = await repo.findCampaign(trx, actor, id);
    if (!row) throw notFound();
    return { campaign: await toCampaign(trx, row), targetRejected };
  });
}

type TargetRejection = { row: number; reason: string };

/** Fixes the round's target per grid: every resident of the areas, its key-post workers, or a list. */
async function fixTargets(
  trx: Executor,
  actor: Actor,
  campaignId: number,
  target: NonNullable<CreateCampaignBody['target']>,
): Promise<TargetRejection[]> {
  const rejected: TargetRejection[] = [];
  if (target.kind === 'residents') {
    await repo.snapshotTargets(trx, campaignId);
    return rejected;
  }
  if (target.kind === 'keypost') await repo.listKeypostTargets(trx, campaignId, target.groupIds);
  else {
    const parsed = target.idNumbers.map((raw) => {
      const id = parseIdNumber(raw);
      return typeof id === 'string' ? null : id.idNumber;
    });
    const known = new Map(
      (
        await residentsByIdNumbers(
          trx,
          actor,
          parsed.filter((p) => p !== null),
        )
      ).map((r) => [r.id_number, r.id]),
    );
    const listed = await repo.listTargets(trx, campaignId, [...known.values()]);
    const seen = new Set<string>();
    parsed.forEach((idNumber, i) => {
      const residentId = idNumber ? known.get(idNumber) : undefined;
      const reason = !idNumber
        ? 'id_invalid'
        : seen.has(idNumber)
          ? 'duplicate_in_list'
          : residentId === undefined
            ? 'unknown_person'
            : listed.has(residentId)
              ? null
              : 'outside_areas';
      if (idNumber) seen.add(idNumber);
      if (reason) rejected.push({ row: i + 1, reason });
    });
  }
  await repo.snapshotListedTargets(trx, campaignId);
  return rejected;
}

export async function listCampaigns(db: Db, actor: Actor): Promise<Campaign[]> {
  const rows = await repo.listCampaigns(db, actor);
  return Promise.all(rows.map((row) => toCampaign(db, row)));
}

export async function getCampaign(db: Db, actor: Actor, id: number): Promise<Campaign> {
  const row = await repo.findCampaign(db, actor, id);
  if (!row) throw notFound();
  return toCampaign(db, row);
}

/** Ends a round: from now on its tubes take no more persons (lab results still arrive). */
export async function closeCampaign(db: Db, actor: Actor, audit: AuditContext, id: number): Promise<Campaign> {
  return db.transaction().execute(async (trx) => {
    const row = await repo.findCampaign(trx, actor, id, 'update');
    if (!row) throw notFound();
    if (row.status === 'closed') throw new AppError('CAMPAIGN_CLOSED');
    await repo.closeCampaign(trx, id);
    await appendAudit(trx, audit, { action: 'testing.campaign.close', entity: 'test_campaign', entityId: id });
    return toCampaign(trx, { ...row, status: 'closed' });
  });
}
