import type { Executor } from '../../core/db/database.ts';
import type { Basis } from '../protocol/basis.ts';
import type { Closure, PassQuota } from '../protocol/document.ts';
import { protocolsById } from '../protocol/protocol.repository.ts';
import { levelRules, passQuota } from '../protocol/risk-levels.ts';
import type { AreaRow } from './passes.repository.ts';

/** A closed (sealed or controlled) area with the pass rules of the protocol it was designated under. */
export interface ClosedArea<A extends AreaRow = AreaRow> {
  area: A;
  rank: number;
  closure: Closure;
  quota: PassQuota;
  lateGraceMinutes: number;
  basis: Basis;
}

/** Of these areas, the closed ones (their level needs passes under their protocol). */
export async function closedAreas<A extends AreaRow>(db: Executor, areas: A[]): Promise<ClosedArea<A>[]> {
  const protocols = await protocolsById(
    db,
    areas.map((a) => a.protocol_id),
  );
  return areas.flatMap((area) => {
    const protocol = protocols.get(area.protocol_id);
    const pass = protocol && passQuota(protocol, area.level);
    if (!protocol || !pass) return [];
    const rank = levelRules(protocol, area.level)?.rank ?? 0;
    return [{ area, rank, ...pass, lateGraceMinutes: protocol.document.passes.lateGraceMinutes }];
  });
}

/** The strictest of a household's closed areas (highest rank; the earliest designated on a tie): its quota applies. */
export function strictest<A extends AreaRow>(closed: ClosedArea<A>[]): ClosedArea<A> | null {
  return closed.reduce<ClosedArea<A> | null>(
    (best, c) => (!best || c.rank > best.rank || (c.rank === best.rank && c.area.id < best.area.id) ? c : best),
    null,
  );
}
