import type { Actor } from '../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db } from '../../core/db/database.ts';
import { notFound } from '../../core/errors.ts';
import { basisOf } from '../protocol/basis.ts';
import { activeProtocol } from '../protocol/protocol.repository.ts';
import { getRegion, listRegionsWithPaths, pathInScope } from '../regions/regions.service.ts';
import { totalsUnder } from '../registry/counts.repository.ts';
import * as repo from './sites.repository.ts';
import type {
  AssignStaffBody,
  Board,
  Occupancy,
  Site,
  SiteListQuery,
  StaffMember,
  Summary,
  SummaryQuery,
} from './sites.schema.ts';

/** Persons per which medical staff are counted (about 2 per 50 isolated persons). */
const MEDICAL_PER = 50;

function toSite(row: repo.SiteFiguresRow): Site {
  const { rooms, beds, occupied, free, cleaning, outOfService, persons, freeBeds } = row;
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    address: row.address,
    region: { id: row.region_id, name: row.region_name },
    occupancy: { rooms, beds, occupied, free, cleaning, outOfService, persons, freeBeds },
    staff: { manager: row.manager, medical: row.medical, support: row.support },
    medicalPer50: persons > 0 ? Math.round((row.medical / persons) * MEDICAL_PER * 10) / 10 : null,
  };
}

/** Isolation sites of the jurisdiction with their occupancy and staff. */
export async function listSites(db: Db, actor: Actor, query: SiteListQuery): Promise<Site[]> {
  const region = query.regionId === undefined ? null : await pathInScope(db, actor, query.regionId);
  if (query.regionId !== undefined && !region) throw notFound();
  const rows = await repo.listSites(db, actor, { regionPath: region?.path, q: query.q });
  return rows.map(toSite);
}

async function siteFigures(db: Db, actor: Actor, siteId: number): Promise<Site> {
  const [row] = await repo.listSites(db, actor, { id: siteId });
  if (!row) throw notFound();
  return toSite(row);
}

/** A site's rooms floor by floor, each with its status and who is in it. */
export async function siteBoard(db: Db, actor: Actor, siteId: number): Promise<Board> {
  const site = await siteFigures(db, actor, siteId);
  const floors = new Map<number, Board['floors'][number]['rooms']>();
  for (const { site_id: _site, ...room } of await repo.roomsOfSite(db, siteId)) {
    floors.set(room.floor, [...(floors.get(room.floor) ?? []), { ...room, siteId }]);
  }
  return { site, floors: [...floors].map(([floor, rooms]) => ({ floor, rooms })) };
}

const per10k = (occupancy: Occupancy, residents: number) =>
  residents > 0 ? Math.round(((occupancy.rooms - occupancy.outOfService) / residents) * 100_000) / 10 : null;

const noRooms: Occupancy = {
  rooms: 0,
  beds: 0,
  occupied: 0,
  free: 0,
  cleaning: 0,
  outOfService: 0,
  persons: 0,
  freeBeds: 0,
};

function addOccupancy(a: Occupancy, b: Occupancy): Occupancy {
  const sum = { ...a };
  for (const key of Object.keys(sum) as (keyof Occupancy)[]) sum[key] += b[key];
  return sum;
}

type SummaryScope = {
  region: Summary['region'];
  wholePaths: string[];
  below: { id: number; name: string; path: string }[];
};

/** The region asked for (or the tops of the jurisdiction) and the regions one level below it. */
async function summaryScope(db: Db, actor: Actor, regionId: number | undefined): Promise<SummaryScope> {
  if (regionId !== undefined) {
    const found = await pathInScope(db, actor, regionId);
    if (!found) throw notFound();
    const { region } = await getRegion(db, actor, regionId);
    const below = await listRegionsWithPaths(db, actor, regionId);
    return { region: { id: region.id, name: region.name }, wholePaths: [found.path], below };
  }
  const tops = await listRegionsWithPaths(db, actor);
  const only = tops.length === 1 ? tops[0]! : null;
  return {
    region: only ? { id: only.id, name: only.name } : null,
    wholePaths: tops.map((t) => t.path),
    below: only ? await listRegionsWithPaths(db, actor, only.id) : tops,
  };
}

/**
 * Occupancy of a region (or the whole jurisdiction) and of each region below it, with rooms in service
 * per 10,000 residents against the reserve target of the protocol in force.
 */
export async function siteSummary(db: Db, actor: Actor, query: SummaryQuery): Promise<Summary> {
  const { region, wholePaths, below } = await summaryScope(db, actor, query.regionId);
  const paths = [...wholePaths, ...below.map((b) => b.path)];
  const [occupancies, totals, protocol] = await Promise.all([
    repo.occupancyUnder(db, actor, paths),
    totalsUnder(db, paths),
    activeProtocol(db),
  ]);
  const whole = occupancies.slice(0, wholePaths.length).reduce(addOccupancy, noRooms);
  const residents = totals.slice(0, wholePaths.length).reduce((n, t) => n + t.residents, 0);
  return {
    region,
    residents,
    occupancy: whole,
    roomsPer10k: per10k(whole, residents),
    target: { roomsPer10k: protocol.document.isolation.roomsPer10k, basis: basisOf(protocol, 'isolation.roomsPer10k') },
    regions: below.map((b, i) => {
      const occupancy = occupancies[wholePaths.length + i] ?? noRooms;
      const people = totals[wholePaths.length + i]?.residents ?? 0;
      return {
        region: { id: b.id, name: b.name },
        residents: people,
        occupancy,
        roomsPer10k: per10k(occupancy, people),
      };
    }),
  };
}

/** The staff of a site. */
export async function siteStaff(db: Db, actor: Actor, siteId: number): Promise<StaffMember[]> {
  if (!(await repo.findSite(db, actor, siteId))) throw notFound();
  return (await repo.staffOfSite(db, siteId)).map((s) => ({
    userId: s.user_id,
    username: s.username,
    displayName: s.display_name,
    role: s.role,
    assignedAt: s.assigned_at.toISOString(),
  }));
}

/** Puts a user on a site's staff in a role (or changes their role there). */
export async function assignStaff(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  siteId: number,
  body: AssignStaffBody,
): Promise<StaffMember[]> {
  await db.transaction().execute(async (trx) => {
    if (!(await repo.findSite(trx, actor, siteId))) throw notFound();
    const userId = await repo.userByUsername(trx, body.username);
    if (userId === null) throw notFound();
    await repo.assignStaff(trx, siteId, userId, body.role, actor.userId || null);
    await appendAudit(trx, audit, {
      action: 'quarantine.site.staff.assign',
      entity: 'place',
      entityId: siteId,
      summary: { userId, role: body.role },
    });
  });
  return siteStaff(db, actor, siteId);
}

export async function removeStaff(db: Db, actor: Actor, audit: AuditContext, siteId: number, userId: number) {
  await db.transaction().execute(async (trx) => {
    if (!(await repo.findSite(trx, actor, siteId))) throw notFound();
    if (!(await repo.removeStaff(trx, siteId, userId))) throw notFound();
    await appendAudit(trx, audit, {
      action: 'quarantine.site.staff.remove',
      entity: 'place',
      entityId: siteId,
      summary: { userId },
    });
  });
}
