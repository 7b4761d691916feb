import { sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import { inJurisdiction } from '../../core/auth/scope.ts';
import type { Executor } from '../../core/db/database.ts';

/** A person a positive tube names: alone in it (a positive person), or a member of a positive pool. */
export interface Positive {
  residentId: number;
  campaign: { id: number; name: string };
  tube: string;
  kind: 'single_positive' | 'pool_member';
  sampledAt: Date;
  resultAt: Date;
}

interface PositiveRow {
  resident_id: number;
  campaign_id: number;
  campaign_name: string;
  barcode: string;
  members: number;
  collected_at: Date;
  resulted_at: Date;
}

const toPositive = (r: PositiveRow): Positive => ({
  residentId: Number(r.resident_id),
  campaign: { id: Number(r.campaign_id), name: r.campaign_name },
  tube: r.barcode,
  kind: r.members === 1 ? 'single_positive' : 'pool_member',
  sampledAt: r.collected_at,
  resultAt: r.resulted_at,
});

/**
 * The persons of positive tubes within the jurisdiction, newest result first: the tracing group's live
 * list, from which a case is opened in one action.
 */
export async function positivesSince(db: Executor, actor: Actor, since: Date, limit: number): Promise<Positive[]> {
  const { rows } = await sql<PositiveRow>`
    SELECT s.resident_id, t.campaign_id, c.name AS campaign_name, t.barcode, t.members, s.collected_at, t.resulted_at
      FROM test_tube t
      JOIN test_campaign c ON c.id = t.campaign_id
      JOIN test_sample s ON s.campaign_id = t.campaign_id AND s.tube_id = t.id
      JOIN resident r ON r.id = s.resident_id
     WHERE t.result = 'positive' AND t.resulted_at >= ${since} AND ${inJurisdiction(actor, 'r.path')}
     ORDER BY t.resulted_at DESC, t.id, s.resident_id
     LIMIT ${limit}`.execute(db);
  return rows.map(toPositive);
}

/** The positive tube `barcode` holding resident `residentId`, or null when it is not both. */
export async function positiveOf(
  db: Executor,
  barcode: string,
  residentId: number,
): Promise<(Positive & { tubeId: number }) | null> {
  const { rows } = await sql<PositiveRow & { tube_id: number }>`
    SELECT s.resident_id, t.campaign_id, c.name AS campaign_name, t.barcode, t.members, s.collected_at, t.resulted_at,
           t.id AS tube_id
      FROM test_tube t
      JOIN test_campaign c ON c.id = t.campaign_id
      JOIN test_sample s ON s.campaign_id = t.campaign_id AND s.tube_id = t.id
     WHERE t.barcode = ${barcode} AND t.result = 'positive' AND s.resident_id = ${residentId}
     LIMIT 1`.execute(db);
  const row = rows[0];
  return row ? { ...toPositive(row), tubeId: Number(row.tube_id) } : null;
}
