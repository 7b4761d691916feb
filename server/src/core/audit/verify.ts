import { sql } from 'kysely';
import type { Executor } from '../db/database.ts';

export interface ChainReport {
  ok: boolean;
  checked: number;
  /** The first row where the chain breaks, and why. */
  broken?: { id: number; reason: string };
}

interface ChainRow {
  id: number;
  prev_hash: Buffer;
  hash: Buffer;
  expected: Buffer;
}

const PAGE = 5_000;

/**
 * Walks the whole chain in id order (keyset pages, constant memory), recomputing each row's hash
 * in SQL with the same function the insert trigger used, and checks the head against the last row.
 */
export async function verifyAuditChain(db: Executor): Promise<ChainReport> {
  let previous: { id: number; hash: Buffer } = { id: 0, hash: Buffer.from([0]) };
  let checked = 0;
  for (;;) {
    const { rows } = await sql<ChainRow>`
      SELECT a.id, a.prev_hash, a.hash, audit_row_hash(a) AS expected
        FROM audit_log a WHERE a.id > ${previous.id} ORDER BY a.id LIMIT ${PAGE}`.execute(db);
    for (const row of rows) {
      const reason = brokenReason(row, previous);
      if (reason) return { ok: false, checked, broken: { id: row.id, reason } };
      previous = { id: row.id, hash: row.hash };
      checked += 1;
    }
    if (rows.length < PAGE) break;
  }
  const { rows: heads } = await sql<{ last_id: number }>`SELECT last_id FROM audit_chain_head`.execute(db);
  if (heads[0] && heads[0].last_id !== previous.id) {
    return { ok: false, checked, broken: { id: previous.id + 1, reason: `rows after ${previous.id} are missing` } };
  }
  return { ok: true, checked };
}

function brokenReason(row: ChainRow, previous: { id: number; hash: Buffer }): string | null {
  if (row.id !== previous.id + 1) return `rows ${previous.id + 1}..${row.id - 1} are missing`;
  if (!row.prev_hash.equals(previous.hash)) return 'prev_hash does not match the previous row';
  if (!row.expected.equals(row.hash)) return 'content does not match its hash';
  return null;
}
