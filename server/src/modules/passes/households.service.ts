import type { Actor } from '../../core/auth/actor.ts';
import type { Db } from '../../core/db/database.ts';
import { type ClosedArea, closedAreas, strictest } from './closures.ts';
import * as repo from './passes.repository.ts';
import type { ClosedArea as ClosedAreaView, ClosedHousehold, HouseholdQuery } from './passes.schema.ts';
import { quotaUse } from './quota.ts';

const DAY_MS = 86_400_000;
const areaRef = ({ id, code, name, level }: repo.AreaRow) => ({ id, code, name, level });

/** The closed areas that touch the jurisdiction, with their quota and its basis. */
export async function listClosedAreas(db: Db, actor: Actor): Promise<ClosedAreaView[]> {
  const closed = await closedAreas(db, await repo.activeAreasTouching(db, actor));
  return closed.map((c) => ({
    ...areaRef(c.area),
    closure: c.closure,
    quota: c.quota,
    basis: c.basis,
    households: c.area.households,
  }));
}

/**
 * A page of the households of closed areas within the jurisdiction, each with its members, the strictest
 * area's quota and how much of it is used now: what a grid worker picks from to issue a pass.
 */
export async function listClosedHouseholds(db: Db, actor: Actor, query: HouseholdQuery) {
  const closed = await closedAreas(db, await repo.activeAreasTouching(db, actor));
  const byId = new Map(closed.map((c) => [c.area.id, c]));
  const { rows, total } = await repo.householdsOf(db, actor, [...byId.keys()], query);
  const now = new Date();
  const widest = Math.max(0, ...closed.map((c) => c.quota.everyDays)) * DAY_MS;
  const starts = await repo.countedStarts(
    db,
    rows.map((r) => r.id),
    new Date(now.getTime() - widest),
    new Date(now.getTime() + widest),
  );
  const items = rows.flatMap((row): ClosedHousehold[] => {
    const rule = strictest(row.area_ids.flatMap((id) => byId.get(id) ?? []));
    return rule ? [householdOf(row, rule, quotaUse(starts.get(row.id) ?? [], rule.quota, now))] : [];
  });
  return { items, total, page: query.page, pageSize: query.pageSize };
}

function householdOf(row: repo.HouseholdRow, rule: ClosedArea, use: ReturnType<typeof quotaUse>): ClosedHousehold {
  return {
    id: row.id,
    address: row.address,
    area: areaRef(rule.area),
    closure: rule.closure,
    quota: rule.quota,
    used: use.used,
    nextAt: use.nextAt?.toISOString() ?? null,
    members: row.members,
  };
}
