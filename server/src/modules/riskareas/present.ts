import type { Executor } from '../../core/db/database.ts';
import { protocolsById, type Protocol } from '../protocol/protocol.repository.ts';
import { levelRules } from '../protocol/risk-levels.ts';
import { regionRefs } from '../regions/regions.service.ts';
import type { ChangeRow } from './changes.repository.ts';
import { levelLabel } from './levels.ts';
import type { AreaRow } from './riskareas.repository.ts';
import type { AreaSummary, Change, ChangeKind } from './riskareas.schema.ts';

const iso = (d: Date | null) => d?.toISOString() ?? null;
const user = (id: number | null, name: string | null) => (id === null ? null : { id: Number(id), name: name ?? '' });

export function changeKind(row: Pick<ChangeRow, 'from_level' | 'to_level'>): ChangeKind {
  if (row.from_level === null) return 'designation';
  return row.to_level === null ? 'lifting' : 'level';
}

export function toChange(row: ChangeRow): Change {
  return {
    id: Number(row.id),
    areaId: Number(row.area_id),
    kind: changeKind(row),
    fromLevel: row.from_level,
    toLevel: row.to_level,
    toLevelLabel: row.to_level === null ? null : levelLabel(row.to_level),
    reason: row.reason,
    basis: row.basis,
    proposedBy: user(row.proposed_by, row.proposer_name),
    proposedAt: row.proposed_at.toISOString(),
    decision: row.decision,
    decidedBy: user(row.decided_by, row.decider_name),
    decidedAt: iso(row.decided_at),
    note: row.decision_note,
  };
}

/** What it takes to present areas: their protocols and the names of the regions on their paths. */
export interface AreaContext {
  protocols: Map<number, Protocol>;
  regionNames: Map<number, string>;
}

const pathIds = (path: string) => path.split('.').map(Number);

export async function areaContext(db: Executor, rows: AreaRow[]): Promise<AreaContext> {
  const [protocols, refs] = await Promise.all([
    protocolsById(
      db,
      rows.map((r) => Number(r.protocol_id)),
    ),
    regionRefs(db, [...new Set(rows.flatMap((r) => pathIds(r.path)))]),
  ]);
  return { protocols, regionNames: new Map(refs.map((ref) => [ref.id, ref.name])) };
}

/** The regions holding a path, top first, by name. */
export const regionNamesOf = (path: string, ctx: AreaContext): string[] =>
  pathIds(path).map((id) => ctx.regionNames.get(id) ?? '');

export function protocolOf(row: AreaRow, ctx: AreaContext): Protocol {
  const protocol = ctx.protocols.get(Number(row.protocol_id));
  if (!protocol) throw new Error(`risk area ${row.id} names a protocol that is gone`);
  return protocol;
}

export function toSummary(row: AreaRow, ctx: AreaContext, open: ChangeRow | undefined): AreaSummary {
  const protocol = protocolOf(row, ctx);
  return {
    id: Number(row.id),
    code: row.code,
    name: row.name,
    level: row.level,
    levelLabel: levelLabel(row.level),
    closure: levelRules(protocol, row.level)?.closure ?? null,
    status: row.status,
    kind: row.kind,
    regionNames: regionNamesOf(row.path, ctx),
    startsAt: row.starts_at.toISOString(),
    levelSince: iso(row.level_since),
    liftedAt: iso(row.lifted_at),
    households: row.households,
    protocol: { id: protocol.id, code: protocol.code, name: protocol.name, version: protocol.version },
    openChange: open ? toChange(open) : null,
  };
}
