import { sql } from 'kysely';
import { forgetActors } from '../../core/auth/actor-cache.ts';
import type { Executor } from '../../core/db/database.ts';

export interface TokenRow {
  id: number;
  user_id: number;
  name: string;
  prefix: string;
  created_at: Date;
  expires_at: Date | null;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

const columns = ['id', 'user_id', 'name', 'prefix', 'created_at', 'expires_at', 'last_used_at', 'revoked_at'] as const;

export async function listTokens(db: Executor, userId: number): Promise<TokenRow[]> {
  return db
    .selectFrom('api_token')
    .select(columns)
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .execute();
}

export async function findToken(db: Executor, id: number): Promise<TokenRow | undefined> {
  return db.selectFrom('api_token').select(columns).where('id', '=', id).executeTakeFirst();
}

export async function insertToken(
  db: Executor,
  values: { userId: number; name: string; prefix: string; tokenHash: Buffer; expiresInDays: number | undefined },
): Promise<TokenRow> {
  return db
    .insertInto('api_token')
    .values({
      user_id: values.userId,
      name: values.name,
      prefix: values.prefix,
      token_hash: values.tokenHash,
      expires_at: values.expiresInDays ? sql<Date>`now() + make_interval(days => ${values.expiresInDays})` : null,
    })
    .returning(columns)
    .executeTakeFirstOrThrow();
}

export async function revokeToken(db: Executor, id: number): Promise<void> {
  await db
    .updateTable('api_token')
    .set({ revoked_at: sql<Date>`now()` })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .execute();
  forgetActors();
}
