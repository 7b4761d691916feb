import type { Actor } from '../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db } from '../../core/db/database.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { addDays, startOfLocalDay } from '../../core/time/local-time.ts';
import * as supervision from '../supervision/coverage.service.ts';
import type { Report, ReportQuery } from './reports.schema.ts';
import * as repo from './reports.repository.ts';
import { displayNumber } from './rules.ts';

// A report lists up to this many inspections and orders; its figures count them all.
const LIST_LIMIT = 500;

const missing = (field: string, message: string) =>
  new AppError('VALIDATION_FAILED', { details: `querystring.${field}: ${message}` }, [{ path: `/${field}`, message }]);

const ratio = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 1000);

/** The inspections the query covers, checked: a plan for plan and team, both days for a period. */
async function coverage(db: Db, actor: Actor, timeZone: string, query: ReportQuery) {
  if (query.scope !== 'period' && query.planId === undefined) throw missing('planId', 'required for a plan or team');
  if (query.scope === 'period' && (!query.from || !query.to)) throw missing('from', 'a period needs from and to');
  if (query.from && query.to && query.from > query.to) throw missing('to', 'must not be before from');
  const plan = query.planId === undefined ? null : await supervision.reportedPlan(db, actor, query.planId);
  if (query.planId !== undefined && !plan) throw notFound();
  const set: supervision.InspectionSet = {
    ...(query.scope === 'plan' ? { planId: query.planId } : {}),
    ...(query.scope === 'team' ? { teamOfPlanId: query.planId } : {}),
    ...(query.from ? { start: startOfLocalDay(query.from, timeZone) } : {}),
    ...(query.to ? { end: startOfLocalDay(addDays(query.to, 1), timeZone) } : {}),
  };
  return { plan, set };
}

function titleOf(query: ReportQuery, plan: { title: string } | null): string {
  const period = query.from && query.to ? `（${query.from} 至 ${query.to}）` : '';
  if (query.scope === 'plan') return `督导检查情况报告：${plan?.title ?? ''}`;
  if (query.scope === 'team') return `督导组工作情况报告：${plan?.title ?? ''}${period}`;
  return `督导检查情况报告${period}`;
}

/**
 * A report of a plan, a team (the members of a plan) or a period: counts, rates (problems per inspection, share
 * closed on time) and the lists, over the inspections of the actor's jurisdiction that supervision lets them see
 * (none revealing a plan hidden from them). Each report is audited.
 */
export async function buildReport(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  timeZone: string,
  query: ReportQuery,
): Promise<Report> {
  const { plan, set } = await coverage(db, actor, timeZone, query);
  const findings = supervision.coveredFindings(actor, set);
  const [figures, counts, inspections, orders, team] = await Promise.all([
    supervision.coverageFigures(db, actor, set),
    repo.orderCounts(db, findings, new Date()),
    supervision.coveredInspections(db, actor, set, LIST_LIMIT),
    repo.reportOrders(db, findings, LIST_LIMIT),
    query.scope === 'team' && plan ? supervision.teamNames(db, plan.id) : Promise.resolve([]),
  ]);
  await appendAudit(db, audit, { action: 'rectification.report', entity: 'inspection', summary: { ...query } });
  return {
    title: titleOf(query, plan),
    scope: query.scope,
    plan,
    from: query.from ?? null,
    to: query.to ?? null,
    team,
    figures: {
      ...figures,
      orders: counts.orders,
      closed: counts.closed,
      closedOnTime: counts.closed_on_time,
      overdue: counts.overdue,
      problemsPerInspection: ratio(figures.findings, figures.inspections),
      closedOnTimeShare: ratio(counts.closed_on_time, counts.orders),
    },
    inspections,
    orders: orders.map((o) => ({
      id: o.id,
      displayNumber: displayNumber(o.number),
      unit: o.unit,
      problem: o.problem,
      severity: o.severity,
      status: o.status,
      deadline: o.deadline.toISOString(),
      closedAt: o.closed_at?.toISOString() ?? null,
      onTime: o.closed_at === null ? null : o.closed_at <= o.deadline,
    })),
    listLimit: LIST_LIMIT,
  };
}
