import { sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import type { Db } from '../../core/db/database.ts';
import { residentsPageWhere } from '../registry/residents.service.ts';
import { positivesSince } from '../testing/positives.service.ts';
import { casesOfResidents } from './cases.repository.ts';

const MAX_POSITIVES = 2_000;

/**
 * The tracing group's live list of positives from mass testing over the last `days` days: persons alone in
 * a positive tube and members of positive pools (awaiting their single-tube re-test), each with the case
 * opened for them, if any.
 */
export async function listPositives(db: Db, actor: Actor, days: number) {
  const positives = await positivesSince(db, actor, new Date(Date.now() - days * 86_400_000), MAX_POSITIVES);
  const ids = [...new Set(positives.map((p) => p.residentId))];
  const [{ items: residents }, cases] = await Promise.all([
    residentsPageWhere(db, actor, sql<boolean>`r.id = ANY(${ids}::bigint[])`, { page: 1, pageSize: MAX_POSITIVES }),
    casesOfResidents(db, ids),
  ]);
  const byId = new Map(residents.map((r) => [r.id, r]));
  return {
    items: positives.flatMap((p) => {
      const resident = byId.get(p.residentId);
      return resident
        ? [
            {
              resident,
              campaign: p.campaign,
              tube: p.tube,
              kind: p.kind,
              sampledAt: p.sampledAt.toISOString(),
              resultAt: p.resultAt.toISOString(),
              caseId: cases.get(p.residentId) ?? null,
            },
          ]
        : [];
    }),
  };
}
