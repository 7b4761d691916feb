import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { sql } from 'kysely';
import type { Executor } from './db/database.ts';

/**
 * The installation's secret of that name, made on first use (concurrent first uses agree on one). Read
 * each time (a primary-key lookup): a process-wide cache would outlive a restored or swapped database.
 */
export async function platformKey(db: Executor, name: string): Promise<Buffer> {
  await sql`INSERT INTO platform_key (name, secret) VALUES (${name}, ${randomBytes(32)}) ON CONFLICT DO NOTHING`.execute(
    db,
  );
  const { rows } = await sql<{ secret: Buffer }>`SELECT secret FROM platform_key WHERE name = ${name}`.execute(db);
  const secret = rows[0]?.secret;
  if (!secret) throw new Error(`platform key ${name} missing`);
  return secret;
}

const mac = (key: Buffer, purpose: string, subject: string) =>
  createHmac('sha256', key).update(`${purpose}:${subject}`).digest('base64url').slice(0, 22);

/** `subject.signature`: an unguessable token naming `subject` for `purpose` (128 bits of HMAC-SHA256). */
export async function signToken(db: Executor, purpose: string, subject: string): Promise<string> {
  return `${subject}.${mac(await platformKey(db, 'token'), purpose, subject)}`;
}

/** The subject of a token signed for `purpose`, or null if it was not. */
export async function verifyToken(db: Executor, purpose: string, token: string): Promise<string | null> {
  const dot = token.lastIndexOf('.');
  if (dot <= 0) return null;
  const subject = token.slice(0, dot);
  const expected = Buffer.from(mac(await platformKey(db, 'token'), purpose, subject));
  const given = Buffer.from(token.slice(dot + 1));
  return given.length === expected.length && timingSafeEqual(given, expected) ? subject : null;
}
