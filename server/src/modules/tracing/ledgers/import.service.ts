import { sql } from 'kysely';
import type { Actor } from '../../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../../core/audit/audit.ts';
import type { Db, Executor } from '../../../core/db/database.ts';
import { AppError, notFound } from '../../../core/errors.ts';
import { inJurisdiction } from '../../../core/auth/scope.ts';
import { pathInScope } from '../../regions/regions.service.ts';
import { ledgerRows } from '../../registry/import/ledger-rows.ts';
import { milestoneColumns, setMilestone } from '../cases.repository.ts';
import { insertCaseIn } from '../cases.service.ts';
import { recordContact } from '../contacts.service.ts';
import { placePerson } from '../persons.ts';
import { caseLedgerFields, contactLedgerFields } from './import.fields.ts';
import type { LedgerImportResult } from './import.schema.ts';
import { caseOfRow, contactOfRow, type LedgerCase, type LedgerContact, type Rejection } from './import.rows.ts';

const CHUNK = 500;

interface LedgerImport<T> {
  action: string;
  parse: (row: Parameters<typeof caseOfRow>[0], timeZone: string) => T | Rejection[];
  /** Stores one parsed row; an AppError refuses that row alone (checks run before any write). */
  store: (trx: Executor, row: T) => Promise<void>;
  /** AppError codes meaning "already there", not a problem. */
  already: string[];
  /** The field an AppError code of a row points at (the ID number when not named). */
  fieldOf?: Record<string, string>;
}

/**
 * Brings in an existing ledger chunk by chunk, each chunk one transaction with one audit entry. A row that
 * cannot be read or placed is reported with its field and reason and stores nothing; sending the same
 * ledger again creates nothing twice.
 */
async function importLedger<T extends { row: number }>(
  db: Db,
  audit: AuditContext,
  file: string,
  specs: typeof caseLedgerFields,
  timeZone: string,
  kind: LedgerImport<T>,
): Promise<LedgerImportResult> {
  const result: LedgerImportResult = { created: 0, already: 0, rejected: [] };
  for await (const chunk of ledgerRows(file, specs, CHUNK)) {
    await db.transaction().execute(async (trx) => {
      const counts = { created: 0, already: 0, rejected: 0 };
      for (const source of chunk) {
        const parsed = kind.parse(source, timeZone);
        if (Array.isArray(parsed)) {
          result.rejected.push(...parsed);
          counts.rejected += 1;
          continue;
        }
        try {
          await kind.store(trx, parsed);
          counts.created += 1;
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          if (kind.already.includes(error.code)) counts.already += 1;
          else {
            const field = kind.fieldOf?.[error.code] ?? 'idNumber';
            result.rejected.push({ row: parsed.row, field, reason: error.code.toLowerCase() });
            counts.rejected += 1;
          }
        }
      }
      result.created += counts.created;
      result.already += counts.already;
      await appendAudit(trx, audit, { action: kind.action, entity: 'tracing_ledger', summary: counts });
    });
  }
  return result;
}

async function checkRegion(db: Executor, actor: Actor, regionId: number | undefined): Promise<void> {
  if (regionId !== undefined && !(await pathInScope(db, actor, regionId))) throw notFound();
}

/** Imports a case ledger; persons outside the registry are placed in `regionId`. */
export async function importCaseLedger(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  file: string,
  options: { regionId?: number | undefined; timeZone: string },
): Promise<LedgerImportResult> {
  await checkRegion(db, actor, options.regionId);
  return importLedger<LedgerCase>(db, audit, file, caseLedgerFields, options.timeZone, {
    action: 'tracing.ledger.cases',
    parse: caseOfRow,
    already: ['CASE_EXISTS'],
    store: async (trx, row) => {
      const place = await placePerson(trx, actor, { idNumber: row.idNumber, regionId: options.regionId });
      const id = await insertCaseIn(trx, actor, {
        ...place,
        idNumber: row.idNumber,
        name: row.name,
        phone: row.phone,
        classification: row.classification,
        foundVia: row.foundVia,
        onsetDate: row.onsetDate,
        sampledAt: row.sampledAt,
        foundAt: row.foundAt,
        sourceTubeId: null,
        fromContactId: null,
        note: null,
      });
      for (const [milestone, at] of Object.entries(row.milestones))
        await setMilestone(trx, id, milestoneColumns[milestone as keyof typeof milestoneColumns], at);
    },
  });
}

/** A case by code within the jurisdiction (a contact ledger names its cases by code), with its region. */
async function caseByCode(db: Executor, actor: Actor, code: string): Promise<{ id: number; regionId: number } | null> {
  const { rows } = await sql<{ id: number; region_id: number }>`
    SELECT id, coalesce(grid_id, subpath(path, -1)::text::bigint) AS region_id FROM tracing_case c
     WHERE c.code = ${code} AND ${inJurisdiction(actor, 'c.path')}`.execute(db);
  return rows[0] ? { id: Number(rows[0].id), regionId: Number(rows[0].region_id) } : null;
}

/** Imports a contact ledger: each row names its case by code. */
export async function importContactLedger(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  file: string,
  options: { regionId?: number | undefined; timeZone: string },
): Promise<LedgerImportResult> {
  await checkRegion(db, actor, options.regionId);
  return importLedger<LedgerContact>(db, audit, file, contactLedgerFields, options.timeZone, {
    action: 'tracing.ledger.contacts',
    parse: contactOfRow,
    already: ['CONTACT_DUPLICATE'],
    fieldOf: { NOT_FOUND: 'caseCode' },
    store: async (trx, row) => {
      const source = await caseByCode(trx, actor, row.caseCode);
      if (!source) throw new AppError('NOT_FOUND');
      await recordContact(trx, actor, {
        sourceCaseId: source.id,
        idNumber: row.idNumber,
        ...(row.phone ? { phone: row.phone } : {}),
        name: row.name,
        kind: row.kind,
        ...(row.lastExposureAt ? { lastExposureAt: row.lastExposureAt } : {}),
        // A contact outside the registry stays with the case's region unless the upload names another.
        regionId: options.regionId ?? source.regionId,
        foundVia: 'ledger',
      });
    },
  });
}
