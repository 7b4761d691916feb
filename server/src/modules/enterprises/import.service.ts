import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import { inJurisdiction } from '../../core/auth/scope.ts';
import type { Db, Executor } from '../../core/db/database.ts';
import { ledgerRows } from '../registry/import/ledger-rows.ts';
import * as repo from './enterprises.repository.ts';
import type { EnterpriseLedgerBody, LedgerImportResult } from './enterprises.schema.ts';
import { applyPatch, enterpriseLedgerFields, type LedgerPatch, patchOfRow, type RowProblem } from './import.rows.ts';
import { ledgerProblems } from './ledger-rules.ts';
import { parsePhone } from '../registry/id-number.ts';

// An enterprise ledger is a district's enterprises: thousands of rows at most, checked whole before any write.
const MAX_ROWS = 10_000;

async function placesByCode(db: Executor, actor: Actor, codes: string[]) {
  const { rows } = await sql<{ id: number; code: string; type: string }>`
    SELECT p.id, p.code, p.type FROM place p
     WHERE p.code = ANY(${codes}::text[]) AND ${inJurisdiction(actor, 'p.path')}`.execute(db);
  return new Map(rows.map((r) => [r.code, r]));
}

const toBody = (row: repo.LedgerRow): EnterpriseLedgerBody => ({
  headcount: row.headcount,
  workersBack: row.workers_back,
  onDuty: row.on_duty,
  closedLoop: row.closed_loop,
  dormitories: row.dormitories,
  dormitoryPersons: row.dormitory_persons,
  canteenOpen: row.canteen_open,
  staggeredMeals: row.staggered_meals,
  liaisonName: row.liaison_name,
  liaisonPhone: row.liaison_phone,
});

/** The ledger each row makes, or the problems of its row (unknown place, wrong type, figures that disagree). */
async function resolveRows(trx: Executor, actor: Actor, today: string, patches: LedgerPatch[]) {
  const places = await placesByCode(
    trx,
    actor,
    patches.map((p) => p.code),
  );
  const problems: RowProblem[] = [];
  const ledgers: { placeId: number; ledger: EnterpriseLedgerBody }[] = [];
  const seen = new Set<string>();
  for (const patch of patches) {
    const place = places.get(patch.code);
    const refuse = (field: string, reason: string) => problems.push({ row: patch.row, field, reason });
    if (!place) refuse('code', 'unknown_place');
    else if (place.type !== 'enterprise') refuse('code', 'not_an_enterprise');
    else if (seen.has(patch.code)) refuse('code', 'duplicate');
    if (!place || place.type !== 'enterprise' || seen.has(patch.code)) continue;
    seen.add(patch.code);
    // Every enterprise has a ledger row to read (defaults until its first edit).
    const before = await repo.findLedger(trx, place.id, today);
    if (!before) continue;
    const ledger = applyPatch(toBody(before), patch);
    const bad = ledgerProblems(ledger);
    for (const p of bad) refuse(p.field, p.reason);
    if (bad.length === 0) ledgers.push({ placeId: place.id, ledger: { ...ledger, liaisonPhone: phoneOf(ledger) } });
  }
  return { problems, ledgers };
}

const phoneOf = (ledger: EnterpriseLedgerBody) => (ledger.liaisonPhone ? parsePhone(ledger.liaisonPhone) : null);

/**
 * Imports an enterprise ledger (.xlsx or .csv, UTF-8 or GBK, columns named in Chinese). The file is one batch:
 * a bad row refuses it whole, naming each bad row with its field and reason, and nothing is stored. A file
 * sent again changes nothing (rows equal to the ledger are counted unchanged).
 */
export async function importEnterpriseLedger(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  today: string,
  file: string,
): Promise<LedgerImportResult> {
  const patches: LedgerPatch[] = [];
  const rejected: RowProblem[] = [];
  for await (const chunk of ledgerRows(file, enterpriseLedgerFields, 1_000)) {
    for (const source of chunk) {
      const parsed = patchOfRow(source);
      if (Array.isArray(parsed)) rejected.push(...parsed);
      else patches.push(parsed);
    }
    if (patches.length + rejected.length > MAX_ROWS) {
      rejected.push({ row: MAX_ROWS + 1, field: 'code', reason: 'too_many_rows' });
      break;
    }
  }
  return db.transaction().execute(async (trx) => {
    const resolved = await resolveRows(trx, actor, today, patches);
    const problems = [...rejected, ...resolved.problems].sort((a, b) => a.row - b.row);
    if (problems.length > 0) return { updated: 0, unchanged: 0, rejected: problems };
    let updated = 0;
    for (const { placeId, ledger } of resolved.ledgers)
      if (await repo.saveLedger(trx, placeId, ledger, actor.userId)) updated += 1;
    const digest = createHash('sha256').update(JSON.stringify(resolved.ledgers)).digest('hex');
    await appendAudit(trx, audit, {
      action: 'enterprise.ledger.import',
      entity: 'enterprise_ledger',
      summary: { rows: resolved.ledgers.length, updated, digest },
    });
    return { updated, unchanged: resolved.ledgers.length - updated, rejected: [] };
  });
}
