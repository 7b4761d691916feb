import { systemActor } from '../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db } from '../../core/db/database.ts';
import { AppError } from '../../core/errors.ts';
import { activeTracingRules } from '../tracing/rules.ts';
import { checkPersons } from './person-rows.ts';
import * as repo from './screening.repository.ts';
import type { SelfReportBody } from './screening.schema.ts';
import { dispatch } from './screening.service.ts';

/** The receipt of a report: its key-person number in base 36, short enough to read out on the phone. */
const referenceOf = (keyPersonId: number) => `BB${keyPersonId.toString(36).toUpperCase().padStart(6, '0')}`;

/**
 * A resident's own report (主动报备) from the public page: it joins the day's self-report list and goes
 * to the grid of the reporter's registered address like any listed person. Reporting again the same day
 * changes nothing and gives the same receipt (`created` false).
 */
export async function selfReport(
  db: Db,
  audit: AuditContext,
  timeZone: string,
  body: SelfReportBody,
): Promise<{ reference: string; created: boolean }> {
  const { valid, rejected } = checkPersons([{ ...body, row: 1 }], 'self_report', timeZone);
  const person = valid[0];
  if (!person) {
    throw new AppError(
      'SELF_REPORT_INVALID',
      {},
      rejected.map((r) => ({ path: `body.${r.field}`, message: r.reason })),
    );
  }
  const day = new Date().toLocaleDateString('sv-SE', { timeZone });
  return db.transaction().execute(async (trx) => {
    const list = await repo.selfReportList(trx, `主动报备 ${day}`);
    // Matched by the platform, not a user's jurisdiction: a resident of any grid reaches that grid.
    const dispatched = await dispatch(trx, systemActor, list, [person]);
    const { rules } = await activeTracingRules(trx);
    const [made] = await repo.insertKeyPersons(trx, list.id, dispatched, rules.keyPersonDueHours);
    const id = made?.id ?? (await repo.keyPersonIdOnList(trx, list.id, person.idNumber));
    if (id === undefined) throw new Error('self-report neither stored nor found');
    if (made) {
      await appendAudit(trx, audit, {
        action: 'screening.self_report',
        entity: 'key_person',
        entityId: id,
        summary: { listId: list.id, matched: dispatched.some((p) => p.residentId !== null) },
      });
    }
    return { reference: referenceOf(id), created: made !== undefined };
  });
}
