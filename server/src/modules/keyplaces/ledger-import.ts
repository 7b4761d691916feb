import { createHash } from 'node:crypto';
import type { Actor } from '../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db, Executor } from '../../core/db/database.ts';
import type { FieldSpec } from '../registry/import/fields.ts';
import { type LedgerRow, ledgerRows } from '../registry/import/ledger-rows.ts';
import type { FieldProblem, RowProblem } from './field-problems.ts';
import type { LedgerPatch } from './import-cells.ts';
import type { UnitType } from './unit-access.ts';
import { placesByCode, type UnitRow } from './units.repository.ts';
import type { LedgerImportResult } from './units.schema.ts';

// A ledger is a district's units of a kind: thousands of rows at most, checked whole before any write.
const MAX_ROWS = 10_000;

/** How a kind of unit reads its ledger from a file, checks it and keeps it. */
export interface LedgerImport<Row extends UnitRow, Body extends object> {
  units: {
    type: UnitType;
    ledgerTable: string;
    find: (db: Executor, placeId: number, today: string) => Promise<Row | null>;
  };
  /** The columns of the kind's ledger, as its export writes them and as districts name them. */
  fields: FieldSpec[];
  /** The reason a row naming a place of another type gets (not_an_enterprise…). */
  otherType: string;
  /** One row of the file, or the problems of its cells. */
  patchOf: (source: LedgerRow) => LedgerPatch<Body> | RowProblem[];
  /** A unit's ledger as its form sends it. */
  bodyOf: (row: Row) => Body;
  /** What is wrong with the ledger a row makes, beyond its cells. */
  problems?: (ledger: Body) => FieldProblem[];
  /** The ledger as it is stored (a phone in one form…). */
  normalised?: (ledger: Body) => Body;
  save: (trx: Executor, placeId: number, ledger: Body, userId: number) => Promise<unknown>;
}

/** The ledger after a row: the row's figures over the ledger's, field by field. */
function applyPatch<Body extends object>(ledger: Body, patch: LedgerPatch<Body>): Body {
  const { row: _row, code: _code, ...given } = patch;
  const defined = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined));
  return { ...ledger, ...defined };
}

const sameLedger = <Body extends object>(before: Body, after: Body) =>
  (Object.keys(after) as (keyof Body)[]).every((key) => before[key] === after[key]);

async function readPatches<Row extends UnitRow, Body extends object>(file: string, kind: LedgerImport<Row, Body>) {
  const patches: LedgerPatch<Body>[] = [];
  const rejected: RowProblem[] = [];
  for await (const chunk of ledgerRows(file, kind.fields, 1_000)) {
    for (const source of chunk) {
      const parsed = kind.patchOf(source);
      if (Array.isArray(parsed)) rejected.push(...parsed);
      else patches.push(parsed);
    }
    if (patches.length + rejected.length > MAX_ROWS) {
      rejected.push({ row: MAX_ROWS + 1, field: 'code', reason: 'too_many_rows' });
      break;
    }
  }
  return { patches, rejected };
}

/** The ledger each row makes, and whether it changes the unit's; or the problems of its row. */
async function resolveRows<Row extends UnitRow, Body extends object>(
  trx: Executor,
  actor: Actor,
  today: string,
  patches: LedgerPatch<Body>[],
  kind: LedgerImport<Row, Body>,
) {
  const places = await placesByCode(
    trx,
    actor,
    patches.map((p) => p.code),
  );
  const problems: RowProblem[] = [];
  const ledgers: { placeId: number; ledger: Body; changed: boolean }[] = [];
  const seen = new Set<string>();
  for (const patch of patches) {
    const place = places.get(patch.code);
    const refuse = (field: string, reason: string) => problems.push({ row: patch.row, field, reason });
    // Outside the caller's jurisdiction a place is as unknown as one that does not exist.
    if (!place) {
      refuse('code', 'unknown_place');
      continue;
    }
    const wrong = place.type !== kind.units.type ? kind.otherType : seen.has(patch.code) ? 'duplicate' : null;
    if (wrong) {
      refuse('code', wrong);
      continue;
    }
    seen.add(patch.code);
    // Every unit has a ledger row to read (defaults until its first edit).
    const before = await kind.units.find(trx, place.id, today);
    if (!before) continue;
    const ledger = applyPatch(kind.bodyOf(before), patch);
    const bad = kind.problems?.(ledger) ?? [];
    for (const p of bad) refuse(p.field, p.reason);
    if (bad.length > 0) continue;
    const stored = kind.normalised?.(ledger) ?? ledger;
    ledgers.push({
      placeId: place.id,
      ledger: stored,
      changed: !before.kept || !sameLedger(kind.bodyOf(before), stored),
    });
  }
  return { problems, ledgers };
}

/**
 * The import of a kind's ledger (.xlsx or .csv, UTF-8 or GBK, columns named in Chinese), within the caller's
 * jurisdiction. The file is one batch: a bad row refuses it whole, naming each bad row with its field and
 * reason, and nothing is stored. A file sent again changes nothing (rows equal to the ledger are unchanged).
 */
export const ledgerImport =
  <Row extends UnitRow, Body extends object>(kind: LedgerImport<Row, Body>) =>
  async (db: Db, actor: Actor, audit: AuditContext, today: string, file: string): Promise<LedgerImportResult> => {
    const { patches, rejected } = await readPatches(file, kind);
    return db.transaction().execute(async (trx) => {
      const resolved = await resolveRows(trx, actor, today, patches, kind);
      const problems = [...rejected, ...resolved.problems].sort((a, b) => a.row - b.row);
      if (problems.length > 0) return { updated: 0, unchanged: 0, rejected: problems };
      const changed = resolved.ledgers.filter((l) => l.changed);
      for (const { placeId, ledger } of changed) await kind.save(trx, placeId, ledger, actor.userId);
      const rows = resolved.ledgers.map(({ placeId, ledger }) => ({ placeId, ledger }));
      await appendAudit(trx, audit, {
        action: `${kind.units.type}.ledger.import`,
        entity: kind.units.ledgerTable,
        summary: {
          rows: rows.length,
          updated: changed.length,
          digest: createHash('sha256').update(JSON.stringify(rows)).digest('hex'),
        },
      });
      return { updated: changed.length, unchanged: rows.length - changed.length, rejected: [] };
    });
  };
