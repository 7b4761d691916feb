import { sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import type { Db } from '../../core/db/database.ts';
import { notFound } from '../../core/errors.ts';
import { areasOf, findCampaign } from './campaigns.repository.ts';
import { coverageUnder } from './counts.repository.ts';
import type { Progress } from './testing.schema.ts';

const RATE_WINDOW_HOURS = 2;

async function tableFigures(db: Db, campaignId: number) {
  const { rows } = await sql<{ place_id: number; name: string; table_no: number; samples: number; recent: number }>`
    SELECT h.place_id, p.name, h.table_no, sum(h.samples)::int AS samples,
           (sum(h.samples) FILTER (WHERE h.hour >= date_trunc('hour', now()) - interval '1 hour'))::int AS recent
      FROM test_table_hour h JOIN place p ON p.id = h.place_id
     WHERE h.campaign_id = ${campaignId}
     GROUP BY h.place_id, p.name, h.table_no ORDER BY p.name, h.table_no`.execute(db);
  return rows.map((r) => ({
    place: { id: r.place_id, name: r.name },
    tableNo: r.table_no,
    samples: r.samples,
    lastHours: r.recent ?? 0,
  }));
}

async function labFigures(db: Db, campaignId: number) {
  const { rows } = await sql<{ lab: string; tubes: number; p50: number | null; p90: number | null }>`
    SELECT coalesce(lab, '') AS lab, count(*)::int AS tubes,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM resulted_at - opened_at) / 3600) AS p50,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM resulted_at - opened_at) / 3600) AS p90
      FROM test_tube WHERE campaign_id = ${campaignId} AND resulted_at IS NOT NULL
     GROUP BY 1 ORDER BY 1`.execute(db);
  const round = (hours: number | null) => (hours === null ? null : Math.round(hours * 100) / 100);
  return rows.map((r) => ({ lab: r.lab, tubes: r.tubes, p50Hours: round(r.p50), p90Hours: round(r.p90) }));
}

/**
 * The round's progress board: samples per hour and per table (from the hourly counters), tube stages,
 * lab turnaround, and when the residents still missing will be done at the recent rate.
 */
export async function progress(db: Db, actor: Actor, campaignId: number): Promise<Progress> {
  const round = await findCampaign(db, actor, campaignId);
  if (!round) throw notFound();
  const { rows: perHour } = await sql<{ hour: Date; samples: number }>`
    SELECT hour, sum(samples)::int AS samples FROM test_table_hour
     WHERE campaign_id = ${campaignId} AND hour >= date_trunc('hour', now()) - interval '23 hours'
     GROUP BY hour ORDER BY hour`.execute(db);
  const { rows: stageRows } = await sql<{ status: string; n: number }>`
    SELECT status, count(*)::int AS n FROM test_tube WHERE campaign_id = ${campaignId} GROUP BY status`.execute(db);
  const stage = (status: string) => stageRows.find((r) => r.status === status)?.n ?? 0;
  const since = Date.now() - RATE_WINDOW_HOURS * 3_600_000;
  const recent = perHour.filter((h) => h.hour.getTime() >= since - 3_600_000);
  const oldest = recent[0]?.hour.getTime() ?? Date.now();
  const ratePerHour = recent.reduce((sum, h) => sum + h.samples, 0) / Math.max(0.25, (Date.now() - oldest) / 3_600_000);
  const areas = await areasOf(db, campaignId);
  const missing = (
    await coverageUnder(
      db,
      campaignId,
      areas.map((a) => a.path),
    )
  ).reduce((sum, f) => sum + f.missing, 0);
  const finishAt =
    missing === 0 ? new Date() : ratePerHour > 0 ? new Date(Date.now() + (missing / ratePerHour) * 3_600_000) : null;
  return {
    perHour: perHour.map((h) => ({ hour: h.hour.toISOString(), samples: h.samples })),
    tables: await tableFigures(db, campaignId),
    labs: await labFigures(db, campaignId),
    stages: { open: stage('open'), sealed: stage('sealed'), received: stage('received'), resulted: stage('resulted') },
    forecast: {
      ratePerHour: Math.round(ratePerHour),
      missing,
      finishAt: finishAt?.toISOString() ?? null,
      beforeEnd: finishAt ? finishAt <= round.ends_at : null,
    },
  };
}
