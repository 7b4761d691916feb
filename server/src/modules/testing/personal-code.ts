import type { Executor } from '../../core/db/database.ts';
import { signToken, verifyToken } from '../../core/keys.ts';

/** What the QR on a resident's personal page carries; sampling tables scan it instead of the ID card. */
export const PERSONAL_CODE_PREFIX = 'FKP:';
const PURPOSE = 'person';

/** The signed token of a resident's personal page (and, prefixed, of their code). */
export const personalToken = (db: Executor, residentId: number): Promise<string> =>
  signToken(db, PURPOSE, String(residentId));

/** The resident a personal token or code names, or null when it is not one the platform signed. */
export async function residentOfToken(db: Executor, tokenOrCode: string): Promise<number | null> {
  const token = tokenOrCode.startsWith(PERSONAL_CODE_PREFIX)
    ? tokenOrCode.slice(PERSONAL_CODE_PREFIX.length)
    : tokenOrCode;
  const subject = await verifyToken(db, PURPOSE, token);
  return subject !== null && /^\d+$/.test(subject) ? Number(subject) : null;
}
