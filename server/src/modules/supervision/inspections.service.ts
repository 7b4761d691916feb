import type { Actor } from '../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db, Executor } from '../../core/db/database.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { judgeAnswer, severityOf } from './checklist-rules.ts';
import * as checklists from './checklists.repository.ts';
import type { ChecklistItem } from './checklists.schema.ts';
import { toFinding } from './findings.service.ts';
import * as findings from './findings.repository.ts';
import type {
  AnswersBody,
  CheckInBody,
  FindingBody,
  InspectionDetail,
  InspectionListItem,
  InspectionListQuery,
  SubmitBody,
} from './inspections.schema.ts';
import * as repo from './inspections.repository.ts';
import { completeIfAllSubmitted } from './plans.repository.ts';
import { photosOf } from './photos.repository.ts';
import { toPhoto } from './photos.service.ts';
import { invalidInput, stateRefusal } from './refusals.ts';

const toListItem = (row: repo.InspectionRow): InspectionListItem => ({
  id: row.id,
  target: { placeId: row.place_id, regionId: row.region_id, name: row.target_name, kind: row.target_kind },
  plan: row.plan_id === null ? null : { id: row.plan_id, code: row.plan_code ?? '', title: row.plan_title ?? '' },
  inspector: row.inspector,
  checkedInAt: row.checked_in_at.toISOString(),
  submittedAt: row.submitted_at?.toISOString() ?? null,
  failedCount: row.failed_count,
  findingCount: row.finding_count,
});

/** The target a check-in names: exactly one of a plan target, a place, a region node. */
async function checkInTarget(trx: Executor, actor: Actor, body: CheckInBody): Promise<repo.CheckInTarget> {
  const named = [body.planTargetId, body.placeId, body.regionId].filter((id) => id !== undefined).length;
  if (named !== 1)
    throw invalidInput([{ path: '/planTargetId', message: 'name exactly one of planTargetId, placeId, regionId' }]);
  if (body.planTargetId === undefined) {
    const target = await repo.adHocTarget(trx, actor, body);
    if (!target) throw notFound();
    return target;
  }
  const target = await repo.lockPlanTarget(trx, actor, body.planTargetId);
  if (!target) throw notFound();
  if (target.plan_status === 'cancelled')
    throw stateRefusal(`计划 ${target.plan_code} 已取消`, `Plan ${target.plan_code} is cancelled`);
  if (target.inspected)
    throw stateRefusal(
      `${target.name}已在计划 ${target.plan_code} 中检查过`,
      `${target.name} has been inspected in plan ${target.plan_code} already`,
    );
  return target;
}

/** Checks in on site (time and position) with the checklist of the target's kind; reveals it to the unit. */
export async function checkIn(db: Db, actor: Actor, audit: AuditContext, body: CheckInBody): Promise<InspectionDetail> {
  const checkedInAt = body.checkedInAt ?? new Date().toISOString();
  if (Date.parse(checkedInAt) > Date.now() + 60_000)
    throw invalidInput([{ path: '/checkedInAt', message: 'lies in the future' }]);
  const id = await db.transaction().execute(async (trx) => {
    const target = await checkInTarget(trx, actor, body);
    const version = await checklists.activeVersionFor(trx, { templateId: body.templateId, targetKind: target.kind });
    if (!version) throw notFound();
    const inspectionId = await repo.insertInspection(trx, {
      target,
      checklistVersionId: version.id,
      inspectorId: actor.userId,
      checkedInAt,
      lng: body.lng ?? null,
      lat: body.lat ?? null,
    });
    await appendAudit(trx, audit, {
      action: 'supervision.inspection.check_in',
      entity: 'inspection',
      entityId: inspectionId,
      summary: { ...body, checkedInAt, planId: target.plan_id, checklistVersionId: version.id },
    });
    return inspectionId;
  });
  return getInspection(db, actor, id);
}

/** The inspection, locked, still open for answers (not submitted), with its checklist version's items. */
async function openInspection(trx: Executor, actor: Actor, id: number) {
  const row = await repo.findInspection(trx, actor, id, true);
  if (!row) throw notFound();
  if (row.submitted_at !== null)
    throw stateRefusal('该检查已提交，答案不能再更改', 'This inspection has been submitted; its answers are final');
  const version = await checklists.findVersion(trx, row.checklist_version_id);
  if (!version) throw notFound();
  return { row, items: version.items };
}

/** Judges each answer against its item; refuses the whole batch on the first that does not fit. */
function judgeAll(items: ChecklistItem[], answers: AnswersBody['answers']) {
  const byKey = new Map(items.map((item) => [item.key, item]));
  return answers.map((answer, index) => {
    const row = index + 1;
    const item = byKey.get(answer.itemKey);
    if (!item)
      throw new AppError('CHECKLIST_ITEM_UNKNOWN', {
        row,
        reasonZh: `检查清单中没有“${answer.itemKey}”这一项`,
        reasonEn: `the checklist has no item "${answer.itemKey}"`,
      });
    const judged = judgeAnswer(item, answer.value);
    if ('refused' in judged)
      throw new AppError('CHECKLIST_ITEM_UNKNOWN', { row, reasonZh: judged.refused[0], reasonEn: judged.refused[1] });
    return { itemKey: item.key, value: answer.value, passed: judged.passed, note: answer.note?.trim() || null };
  });
}

/** Records a batch of answers (an item answered again takes the new answer); nothing is kept if one is refused. */
export async function answer(db: Db, actor: Actor, audit: AuditContext, id: number, body: AnswersBody) {
  await db.transaction().execute(async (trx) => {
    const { items } = await openInspection(trx, actor, id);
    const judged = judgeAll(items, body.answers);
    await repo.upsertAnswers(trx, id, judged);
    await appendAudit(trx, audit, {
      action: 'supervision.inspection.answer',
      entity: 'inspection',
      entityId: id,
      summary: { answered: judged.length, failed: judged.filter((a) => !a.passed).map((a) => a.itemKey) },
    });
  });
  return getInspection(db, actor, id);
}

/** Adds a finding by hand to an inspection still open. */
export async function addFinding(db: Db, actor: Actor, audit: AuditContext, id: number, body: FindingBody) {
  await db.transaction().execute(async (trx) => {
    const { row } = await openInspection(trx, actor, id);
    const [findingId] = await findings.insertFindings(
      trx,
      row,
      [{ itemKey: null, description: body.description.trim(), severity: body.severity, mustFixNow: body.mustFixNow }],
      actor.userId,
    );
    await appendAudit(trx, audit, {
      action: 'supervision.finding.add',
      entity: 'finding',
      entityId: findingId,
      summary: { inspectionId: id, severity: body.severity, mustFixNow: body.mustFixNow },
    });
  });
  return getInspection(db, actor, id);
}

/**
 * Submits the inspection: each failed item becomes a finding (severity by severityOf), the answers freeze, and
 * the plan is done once all its targets are submitted.
 */
export async function submit(db: Db, actor: Actor, audit: AuditContext, id: number, body: SubmitBody) {
  await db.transaction().execute(async (trx) => {
    const { row, items } = await openInspection(trx, actor, id);
    const answers = await repo.answersOf(trx, id);
    const failed = answers.filter((a) => !a.passed);
    const byKey = new Map(items.map((item) => [item.key, item]));
    const made = await findings.insertFindings(
      trx,
      row,
      failed.flatMap((a) => {
        const item = byKey.get(a.item_key);
        if (!item) return [];
        const description = a.note ? `${item.textZh}：${a.note}` : item.textZh;
        return [{ itemKey: item.key, description, severity: severityOf(item), mustFixNow: item.mustFixNow }];
      }),
      actor.userId,
    );
    await repo.markSubmitted(trx, id, body.note?.trim() || null);
    const planDone = row.plan_id !== null && (await completeIfAllSubmitted(trx, row.plan_id));
    await appendAudit(trx, audit, {
      action: 'supervision.inspection.submit',
      entity: 'inspection',
      entityId: id,
      summary: { findingsFromItems: made, unanswered: items.length - answers.length, planDone },
    });
  });
  return getInspection(db, actor, id);
}

export async function listInspections(db: Db, actor: Actor, query: InspectionListQuery) {
  const { rows, total } = await repo.listInspections(db, actor, query);
  return { items: rows.map(toListItem), total, page: query.page, pageSize: query.pageSize };
}

/** An inspection with the checklist version it was made with, its answers, photos and findings. */
export async function getInspection(db: Db, actor: Actor, id: number): Promise<InspectionDetail> {
  const row = await repo.findInspection(db, actor, id);
  if (!row) throw notFound();
  const [version, answers, photos, found] = await Promise.all([
    checklists.findVersion(db, row.checklist_version_id),
    repo.answersOf(db, id),
    photosOf(db, 'inspection', [id]),
    findings.findingsOf(db, id),
  ]);
  if (!version) throw notFound();
  const template = await checklists.findTemplate(db, version.template_id);
  const findingPhotos = await photosOf(
    db,
    'finding',
    found.map((f) => f.id),
  );
  return {
    ...toListItem(row),
    planTargetId: row.plan_target_id,
    lng: row.lng,
    lat: row.lat,
    note: row.note,
    checklist: {
      templateId: version.template_id,
      code: template?.code ?? '',
      name: template?.name ?? '',
      version: version.version,
      items: version.items,
    },
    answers: answers.map((a) => ({
      itemKey: a.item_key,
      value: a.value,
      passed: a.passed,
      note: a.note,
      answeredAt: a.answered_at.toISOString(),
    })),
    photos: photos.map(toPhoto),
    findings: found.map((f) => toFinding(f, findingPhotos)),
  };
}
