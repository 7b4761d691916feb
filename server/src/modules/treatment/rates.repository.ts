import { sql } from 'kysely';
import type { Executor } from '../../core/db/database.ts';
import type { DayCounts } from './rates.ts';

/** One calendar day of the series, as instants of the configured time zone. */
export interface DayWindow {
  day: string;
  startsAt: Date;
  endsAt: Date;
}

/**
 * The counts behind the four rates and 社会面清零 for each day, over the cases under any of `paths`.
 * Cases count by their current classification (confirmed or asymptomatic). A case counts as admitted,
 * cured or dead from its first admission, cure or death, whatever came after it.
 */
export async function dayCounts(db: Executor, paths: string[], days: DayWindow[]): Promise<DayCounts[]> {
  if (days.length === 0) return [];
  // An actor with no region has an empty area: every count is 0.
  const under =
    paths.length === 0
      ? sql`false`
      : sql.join(
          paths.map((path) => sql`c.path <@ ${path}::ltree`),
          sql` OR `,
        );
  const lastEnd = days[days.length - 1]?.endsAt;
  const { rows } = await sql<DayCounts>`
    WITH d AS (
      SELECT * FROM unnest(${days.map((d) => d.day)}::date[], ${days.map((d) => d.startsAt)}::timestamptz[],
                           ${days.map((d) => d.endsAt)}::timestamptz[]) AS d(day, starts_at, ends_at)
    ), k AS (
      SELECT c.found_at, c.found_via,
             (SELECT min(a.admitted_at) FROM admission a WHERE a.case_id = c.id) AS admitted_at,
             (SELECT min(a.discharged_at) FROM admission a WHERE a.case_id = c.id AND a.outcome = 'cured') AS cured_at,
             (SELECT min(a.discharged_at) FROM admission a WHERE a.case_id = c.id AND a.outcome = 'died') AS died_at
        FROM tracing_case c
       WHERE c.classification IN ('confirmed', 'asymptomatic') AND (${under}) AND c.found_at < ${lastEnd}
    )
    SELECT to_char(d.day, 'YYYY-MM-DD') AS day,
           count(k.found_at) FILTER (WHERE k.found_at < d.ends_at)::int AS cases,
           count(k.found_at) FILTER (WHERE k.found_at < d.ends_at AND k.admitted_at < d.ends_at)::int AS admitted,
           count(k.found_at) FILTER (WHERE k.found_at < d.ends_at AND k.cured_at < d.ends_at)::int AS cured,
           count(k.found_at) FILTER (WHERE k.found_at < d.ends_at AND k.died_at < d.ends_at)::int AS died,
           count(k.found_at) FILTER (WHERE k.found_at >= d.starts_at AND k.found_at < d.ends_at)::int AS "newPositives",
           count(k.found_at) FILTER (WHERE k.found_at >= d.starts_at AND k.found_at < d.ends_at
                                        AND k.found_via = 'under_control')::int AS "underControl"
      FROM d LEFT JOIN k ON true
     GROUP BY d.day ORDER BY d.day`.execute(db);
  return rows;
}
