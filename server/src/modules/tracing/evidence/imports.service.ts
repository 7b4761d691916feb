import type { AuditContext } from '../../../core/audit/audit.ts';
import type { Db } from '../../../core/db/database.ts';
import { parseLedgerTime } from '../../../core/time/local-time.ts';
import { parseIdNumber } from '../../registry/id-number.ts';
import { ledgerRows } from '../../registry/import/ledger-rows.ts';
import { fileScanId, locationColumns, venueScanColumns } from './evidence.file.ts';
import * as repo from './evidence.repository.ts';
import type { EvidenceRejection, IngestResult, LocationInput, VenueScanInput } from './evidence.schema.ts';
import { ingestLocations, ingestVenueScans, type Numbered } from './ingest.service.ts';

/** Adds a chunk's outcome to the file's. */
function addTo(total: IngestResult, done: IngestResult, unreadable: EvidenceRejection[]): void {
  total.stored += done.stored;
  total.duplicate += done.duplicate;
  total.rejected.push(...unreadable, ...done.rejected);
}

const byRow = (total: IngestResult): IngestResult => ({
  ...total,
  rejected: total.rejected.sort((a, b) => a.row - b.row),
});

/**
 * A venue-scan file (场所编码, 扫码时间, 身份证号, optionally 姓名 and 手机号), chunk by chunk as one batch of
 * the API each. Place codes are looked up; each row gets a scan id made from its place, time and ID number,
 * so a re-import is all duplicates. Times without an offset are read in `timeZone`.
 */
export async function importVenueScanFile(
  db: Db,
  audit: AuditContext,
  file: string,
  timeZone: string,
): Promise<IngestResult> {
  const total: IngestResult = { stored: 0, duplicate: 0, rejected: [] };
  for await (const chunk of ledgerRows(file, venueScanColumns)) {
    const places = await repo.placesByCode(db, [...new Set(chunk.map((r) => r.values.placeCode ?? ''))]);
    const unreadable: EvidenceRejection[] = [];
    const scans: Numbered<VenueScanInput>[] = [];
    for (const { row, values } of chunk) {
      const placeId = places.get(values.placeCode ?? '');
      const at = parseLedgerTime(values.scannedAt ?? '', timeZone);
      if (placeId === undefined) unreadable.push({ row, field: 'placeCode', reason: 'place_unknown' });
      else if (at === null) unreadable.push({ row, field: 'scannedAt', reason: 'time_invalid' });
      else {
        const id = parseIdNumber(values.idNumber ?? '');
        // An unreadable ID number is rejected by the batch's own check; its scan id does not matter.
        const idNumber = typeof id === 'string' ? (values.idNumber ?? '') : id.idNumber;
        scans.push({
          row,
          scanId: fileScanId(placeId, at, idNumber),
          placeId,
          scannedAt: at.toISOString(),
          idNumber,
          ...(values.name ? { name: values.name } : {}),
          ...(values.phone ? { phone: values.phone } : {}),
        });
      }
    }
    addTo(total, await ingestVenueScans(db, audit, scans), unreadable);
  }
  return byRow(total);
}

/** A carrier's location file (手机号, 基站/网格编码, 时间), chunk by chunk as one batch of the API each. */
export async function importLocationFile(
  db: Db,
  audit: AuditContext,
  file: string,
  timeZone: string,
): Promise<IngestResult> {
  const total: IngestResult = { stored: 0, duplicate: 0, rejected: [] };
  for await (const chunk of ledgerRows(file, locationColumns)) {
    const unreadable: EvidenceRejection[] = [];
    const records: Numbered<LocationInput>[] = [];
    for (const { row, values } of chunk) {
      const at = parseLedgerTime(values.seenAt ?? '', timeZone);
      if (at === null) unreadable.push({ row, field: 'seenAt', reason: 'time_invalid' });
      else records.push({ row, phone: values.phone ?? '', cell: values.cell ?? '', seenAt: at.toISOString() });
    }
    addTo(total, await ingestLocations(db, audit, records), unreadable);
  }
  return byRow(total);
}
