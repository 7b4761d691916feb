import { sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import { inJurisdiction } from '../../core/auth/scope.ts';
import type { Executor } from '../../core/db/database.ts';

interface Row {
  id: number;
  code: string;
  name: string;
  reported_at: Date;
  limit_hours: number;
  contacts: number;
  under_measure: number;
  in_time: number;
}

/**
 * The golden 24 hours (黄金24小时) of each reported case of the last `days` days: contacts found, under a
 * measure, and under a measure within the limit of the protocol the case was opened under. A case breaches
 * once its limit has passed with any contact not under a measure in time.
 */
export async function golden24(db: Executor, actor: Actor, query: { days: number; breachingOnly: boolean }) {
  const { rows } = await sql<Row>`
    SELECT c.id, c.code, c.name, c.reported_at,
           (p.document -> 'tracing' ->> 'contactsUnderMeasureWithinHours')::float AS limit_hours,
           count(ct.id)::int AS contacts,
           count(ct.measure_at)::int AS under_measure,
           count(*) FILTER (WHERE ct.measure_at <= c.reported_at
                              + make_interval(secs => (p.document -> 'tracing' ->> 'contactsUnderMeasureWithinHours')::float * 3600))::int AS in_time
      FROM tracing_case c
      JOIN protocol p ON p.id = c.protocol_id
      LEFT JOIN tracing_contact ct ON ct.source_case_id = c.id
     WHERE c.reported_at IS NOT NULL AND c.classification <> 'excluded'
       AND c.reported_at >= now() - make_interval(days => ${query.days}) AND ${inJurisdiction(actor, 'c.path')}
     GROUP BY c.id, p.id
     ORDER BY c.reported_at DESC
     LIMIT 2000`.execute(db);
  const now = Date.now();
  const items = rows.map((r) => {
    const hours = (now - r.reported_at.getTime()) / 3_600_000;
    return {
      caseId: Number(r.id),
      code: r.code,
      name: r.name,
      reportedAt: r.reported_at.toISOString(),
      hoursSinceReport: Math.round(hours * 10) / 10,
      contacts: r.contacts,
      underMeasure: r.under_measure,
      shareInTime: r.contacts === 0 ? 1 : Math.round((r.in_time / r.contacts) * 1000) / 1000,
      breaching: hours > r.limit_hours && r.in_time < r.contacts,
    };
  });
  return { items: query.breachingOnly ? items.filter((i) => i.breaching) : items };
}
