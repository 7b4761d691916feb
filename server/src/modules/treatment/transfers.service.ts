import type { Actor } from '../../core/auth/actor.ts';
import type { Db } from '../../core/db/database.ts';
import { maskIdNumber } from '../registry/id-number.ts';
import type { PendingTransfer } from './admissions.schema.ts';
import * as transfers from './transfers.repository.ts';

/** Quarantined persons sent to hospitals of the jurisdiction and not admitted yet, with their case if any. */
export async function pendingTransfers(db: Db, actor: Actor): Promise<PendingTransfer[]> {
  const rows = await transfers.pendingTransfers(db, actor);
  return rows.map((row) => ({
    id: row.id,
    quarantineId: row.quarantine_id,
    name: row.name,
    idNumber: row.id_number === null ? null : maskIdNumber(row.id_number),
    hospital: { id: row.hospital_id, name: row.hospital_name },
    reason: row.reason,
    requestedAt: row.requested_at.toISOString(),
    case:
      row.case_id === null || row.case_code === null || row.classification === null
        ? null
        : { id: row.case_id, code: row.case_code, classification: row.classification },
  }));
}
