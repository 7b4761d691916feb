import { createHash } from 'node:crypto';
import { type AuditContext, appendAudit } from '../../../core/audit/audit.ts';
import type { Db } from '../../../core/db/database.ts';
import { parseIdNumber, parsePhone } from '../../registry/id-number.ts';
import { activeTracingRules } from '../rules.ts';
import type {
  EvidenceField,
  EvidenceRejection,
  EvidenceRejectionReason,
  IngestResult,
  LocationInput,
  VenueScanInput,
} from './evidence.schema.ts';
import * as repo from './evidence.repository.ts';
import { ensureDayPartitions, retentionCutoff, utcDayOf } from './partitions.ts';

export type Numbered<T> = T & { row: number };

// A sender's clock a little ahead of ours is tolerated; evidence from further in the future is a typo.
const CLOCK_SKEW_MS = 10 * 60_000;

const reject = (row: number, field: EvidenceField, reason: EvidenceRejectionReason): EvidenceRejection => ({
  row,
  field,
  reason,
});

/** Why a time cannot be evidence now, if it cannot. */
function timeProblem(at: Date, now: number): EvidenceRejectionReason | null {
  if (at.getTime() > now + CLOCK_SKEW_MS) return 'time_in_future';
  if (at.getTime() < retentionCutoff(now)) return 'time_too_old';
  return null;
}

/** A scan checked field by field against the rules the schema cannot express: the row to store, or why not. */
function checkVenueScan(
  scan: Numbered<VenueScanInput>,
  places: Set<number>,
  now: number,
): repo.VenueScanRow | EvidenceRejection {
  if (!places.has(scan.placeId)) return reject(scan.row, 'placeId', 'place_unknown');
  const id = parseIdNumber(scan.idNumber);
  if (typeof id === 'string') return reject(scan.row, 'idNumber', 'id_number_invalid');
  const phone = scan.phone === undefined ? null : parsePhone(scan.phone);
  if (scan.phone !== undefined && phone === null) return reject(scan.row, 'phone', 'phone_invalid');
  if (scan.name !== undefined && scan.name.length > 50) return reject(scan.row, 'name', 'name_invalid');
  const scannedAt = new Date(scan.scannedAt);
  const late = timeProblem(scannedAt, now);
  if (late) return reject(scan.row, 'scannedAt', late);
  return {
    scanId: scan.scanId,
    placeId: scan.placeId,
    scannedAt,
    idNumber: id.idNumber,
    name: scan.name ?? null,
    phone,
  };
}

/** A location record checked, its time floored to the carriers' resolution: the row to store, or why not. */
function checkLocation(
  record: Numbered<LocationInput>,
  resolutionMinutes: number,
  now: number,
): repo.LocationRow | EvidenceRejection {
  const phone = parsePhone(record.phone);
  if (phone === null) return reject(record.row, 'phone', 'phone_invalid');
  const cell = record.cell.trim();
  if (cell === '' || cell.length > 64) return reject(record.row, 'cell', 'cell_invalid');
  const seenAt = new Date(record.seenAt);
  const late = timeProblem(seenAt, now);
  if (late) return reject(record.row, 'seenAt', late);
  const slot = resolutionMinutes * 60_000;
  return { phone, cell, seenAt: new Date(Math.floor(seenAt.getTime() / slot) * slot) };
}

const isRejection = (c: object): c is EvidenceRejection => 'reason' in c;

function split<T extends object>(checked: (T | EvidenceRejection)[]): { accepted: T[]; rejected: EvidenceRejection[] } {
  const accepted: T[] = [];
  const rejected: EvidenceRejection[] = [];
  for (const c of checked) {
    if (isRejection(c)) rejected.push(c);
    else accepted.push(c);
  }
  return { accepted, rejected };
}

/** A digest of the rows as stored, so the batch's audit entry pins down exactly which rows it wrote. */
function digest(lines: string[]): string {
  const hash = createHash('sha256');
  for (const line of lines) hash.update(`${line}\n`);
  return hash.digest('hex');
}

/**
 * Stores a batch of venue scans in one transaction with one audit entry (count and digest). A scan sent
 * before (same scan id and time) is a duplicate; a scan at an unknown place, with an unreadable ID number
 * or phone, or at an impossible time is rejected and never stored. Day partitions are made as needed.
 */
export async function ingestVenueScans(
  db: Db,
  audit: AuditContext,
  scans: Numbered<VenueScanInput>[],
): Promise<IngestResult> {
  const places = await repo.existingPlaces(db, [...new Set(scans.map((s) => s.placeId))]);
  const now = Date.now();
  const { accepted, rejected } = split(scans.map((s) => checkVenueScan(s, places, now)));
  if (accepted.length === 0) return { stored: 0, duplicate: 0, rejected };
  await ensureDayPartitions(
    db,
    'venue_scan',
    accepted.map((s) => utcDayOf(s.scannedAt)),
  );
  const stored = await db.transaction().execute(async (trx) => {
    const n = await repo.insertVenueScans(trx, accepted);
    if (n > 0) {
      await appendAudit(trx, audit, {
        action: 'tracing.venue_scans',
        entity: 'venue_scan',
        summary: {
          stored: n,
          duplicate: accepted.length - n,
          rejected: rejected.length,
          digest: digest(accepted.map((s) => `${s.scanId}|${s.placeId}|${s.scannedAt.toISOString()}|${s.idNumber}`)),
        },
      });
    }
    return n;
  });
  return { stored, duplicate: accepted.length - stored, rejected };
}

/**
 * Stores a batch of location records in one transaction with one audit entry. Times are floored to the
 * active protocol's resolution, so two records of one phone in one cell and slot are one; new cell codes
 * join location_cell first (a dictionary: kept even if the batch then fails).
 */
export async function ingestLocations(
  db: Db,
  audit: AuditContext,
  records: Numbered<LocationInput>[],
): Promise<IngestResult> {
  const { rules } = await activeTracingRules(db);
  const now = Date.now();
  const { accepted, rejected } = split(records.map((r) => checkLocation(r, rules.companion.resolutionMinutes, now)));
  if (accepted.length === 0) return { stored: 0, duplicate: 0, rejected };
  await ensureDayPartitions(
    db,
    'location_record',
    accepted.map((r) => utcDayOf(r.seenAt)),
  );
  await repo.addCells(db, [...new Set(accepted.map((r) => r.cell))]);
  const stored = await db.transaction().execute(async (trx) => {
    const n = await repo.insertLocations(trx, accepted, rules.companion.resolutionMinutes);
    if (n > 0) {
      await appendAudit(trx, audit, {
        action: 'tracing.locations',
        entity: 'location_record',
        summary: {
          stored: n,
          duplicate: accepted.length - n,
          rejected: rejected.length,
          resolutionMinutes: rules.companion.resolutionMinutes,
          digest: digest(accepted.map((r) => `${r.phone}|${r.cell}|${r.seenAt.toISOString()}`)),
        },
      });
    }
    return n;
  });
  return { stored, duplicate: accepted.length - stored, rejected };
}
