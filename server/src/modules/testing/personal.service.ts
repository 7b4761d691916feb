import { sql } from 'kysely';
import type { Actor } from '../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db } from '../../core/db/database.ts';
import { notFound } from '../../core/errors.ts';
import { findResident } from '../registry/residents.repository.ts';
import { PERSONAL_CODE_PREFIX, personalToken, residentOfToken } from './personal-code.ts';
import type { PersonalPage } from './testing.schema.ts';

/** A resident's personal page link, for their grid worker to send them; issuing one is audited. */
export async function issuePersonalLink(db: Db, actor: Actor, audit: AuditContext, residentId: number) {
  const resident = await findResident(db, actor, residentId);
  if (!resident) throw notFound();
  const token = await personalToken(db, resident.id);
  await appendAudit(db, audit, { action: 'testing.personal_link', entity: 'resident', entityId: resident.id });
  return { token, path: `/me/${token}` };
}

/**
 * What the holder of a personal link sees: a masked name, their code, and their results in every round.
 * Each view is audited like any read of a person.
 */
export async function personalPage(db: Db, audit: AuditContext, token: string): Promise<PersonalPage> {
  const residentId = await residentOfToken(db, token);
  if (residentId === null) throw notFound();
  const { rows: people } = await sql<{ name: string }>`SELECT name FROM resident WHERE id = ${residentId}`.execute(db);
  const name = people[0]?.name;
  if (name === undefined) throw notFound();
  const { rows } = await sql<{ round: string; sampled_at: Date; result: string | null; result_at: Date | null }>`
    SELECT c.name AS round, v.first_sampled_at AS sampled_at, v.result, v.result_at
      FROM test_coverage v JOIN test_campaign c ON c.id = v.campaign_id
     WHERE v.resident_id = ${residentId} ORDER BY v.first_sampled_at DESC LIMIT 50`.execute(db);
  await appendAudit(db, audit, { action: 'testing.personal_page.read', entity: 'resident', entityId: residentId });
  return {
    name: name.slice(0, 1) + '*'.repeat(Math.max(1, name.length - 1)),
    code: PERSONAL_CODE_PREFIX + token,
    results: rows.map((r) => ({
      round: r.round,
      sampledAt: r.sampled_at.toISOString(),
      result: (r.result ?? 'pending') as PersonalPage['results'][number]['result'],
      resultAt: r.result_at?.toISOString() ?? null,
    })),
  };
}
