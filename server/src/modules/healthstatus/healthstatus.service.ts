import { sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db } from '../../core/db/database.ts';
import { notFound } from '../../core/errors.ts';
import { localDate } from '../../core/time/local-time.ts';
import { basisOf } from '../protocol/basis.ts';
import { type Protocol, activeProtocol, protocolsById } from '../protocol/protocol.repository.ts';
import { getRegion, listRegionsWithPaths, pathInScope } from '../regions/regions.service.ts';
import { totalsUnder } from '../registry/counts.repository.ts';
import { findResident } from '../registry/residents.repository.ts';
import { residentsPageWhere } from '../registry/residents.service.ts';
import * as repo from './healthstatus.repository.ts';
import type { ResidentStatus, ResidentsQuery, StatusListItem, Summary, SummaryQuery } from './healthstatus.schema.ts';
import { overridesOfResident } from './overrides.service.ts';

type StatusReason = ResidentStatus['reasons'][number]['reason'];

/** The region's path within the jurisdiction (404 outside it), or null for the whole jurisdiction. */
async function regionPath(db: Db, actor: Actor, regionId: number | undefined): Promise<string | null> {
  if (regionId === undefined) return null;
  const found = await pathInScope(db, actor, regionId);
  if (!found) throw notFound();
  return found.path;
}

/**
 * Residents per colour under a region of the jurisdiction (or all of it): yellow and red counted from the
 * statuses, green the rest of the registry's live resident count.
 */
export async function summary(db: Db, actor: Actor, query: SummaryQuery): Promise<Summary> {
  const path = await regionPath(db, actor, query.regionId);
  const paths = path ? [path] : (await listRegionsWithPaths(db, actor)).map((r) => r.path);
  const [totals, counts] = await Promise.all([totalsUnder(db, paths), repo.nonGreenCounts(db, actor, path)]);
  const residents = totals.reduce((sum, t) => sum + t.residents, 0);
  const region = query.regionId === undefined ? null : (await getRegion(db, actor, query.regionId)).region;
  return {
    region: region && { id: region.id, name: region.name },
    residents,
    green: Math.max(0, residents - counts.yellow - counts.red),
    ...counts,
  };
}

/** A page of the yellow and red residents under a region (or one colour), identifiers masked. */
export async function listResidents(
  db: Db,
  actor: Actor,
  query: ResidentsQuery,
): Promise<{ items: StatusListItem[]; total: number; page: number; pageSize: number }> {
  const path = await regionPath(db, actor, query.regionId);
  const colours = query.colour ? [query.colour] : (['yellow', 'red'] as const);
  // The registry's page adds the jurisdiction filter itself.
  const condition = sql<boolean>`${repo.underRegion(path)} AND ${repo.hasColour([...colours])}`;
  const { items, total } = await residentsPageWhere(db, actor, condition, {
    page: query.page,
    pageSize: query.pageSize,
  });
  const statuses = await repo.statusesOf(
    db,
    items.map((item) => item.id),
  );
  return {
    items: items.flatMap((item) => {
      const status = statuses.get(item.id);
      return status
        ? [
            {
              ...item,
              colour: status.colour,
              reasons: status.reasons as StatusReason[],
              since: status.computed_at.toISOString(),
            },
          ]
        : [];
    }),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

const protocolRef = (p: Protocol) => ({ id: p.id, code: p.code, name: p.name, version: p.version });

/**
 * A resident's health status in full: colour, each reason with the rule it falls under, the records behind
 * the facts, the history of changes and every override proposed. A full read of a person: audited.
 */
export async function residentStatus(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  residentId: number,
  timeZone: string,
): Promise<ResidentStatus> {
  const resident = await findResident(db, actor, residentId);
  if (!resident) throw notFound();
  const [listed, statuses, changes, overrides, active] = await Promise.all([
    residentsPageWhere(db, actor, sql`r.id = ${residentId}`, { page: 1, pageSize: 1 }),
    repo.statusesOf(db, [residentId]),
    repo.changesOf(db, residentId),
    overridesOfResident(db, residentId),
    activeProtocol(db),
  ]);
  const status = statuses.get(residentId);
  const protocols = await protocolsById(db, [
    active.id,
    ...(status ? [status.protocol_id] : []),
    ...changes.map((c) => c.protocol_id),
  ]);
  const decidedUnder = protocols.get(status?.protocol_id ?? active.id) ?? active;
  const facts = await repo.factsOf(
    db,
    { id: resident.id, idNumber: resident.id_number, householdId: resident.household_id },
    active.document.healthStatus,
    localDate(new Date(), timeZone),
  );
  await appendAudit(db, audit, { action: 'healthstatus.read', entity: 'resident', entityId: residentId });
  const colour = status?.colour ?? 'green';
  return {
    resident: listed.items[0]!,
    colour,
    reasons: (status?.reasons ?? []).map((reason) => ({
      reason: reason as StatusReason,
      basis: reason === 'override' ? null : basisOf(decidedUnder, `healthStatus.${colour}`),
    })),
    since: status?.computed_at.toISOString() ?? null,
    protocol: protocolRef(decidedUnder),
    override: overrides.find((o) => o.id === status?.override_id) ?? null,
    facts,
    history: changes.map((c) => ({
      fromColour: c.from_colour,
      toColour: c.to_colour,
      reasons: c.reasons as StatusReason[],
      protocol: protocolRef(protocols.get(c.protocol_id) ?? active),
      overrideId: c.override_id,
      changedAt: c.changed_at.toISOString(),
    })),
    overrides,
  };
}
