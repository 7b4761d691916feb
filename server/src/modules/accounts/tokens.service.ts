import type { Actor } from '../../core/auth/actor.ts';
import { newSecret } from '../../core/auth/tokens.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db } from '../../core/db/database.ts';
import { notFound } from '../../core/errors.ts';
import type { ApiToken, CreateTokenBody } from './accounts.schema.ts';
import * as tokens from './tokens.repository.ts';
import { visibleUser } from './users.service.ts';

const iso = (at: Date | null): string | null => at?.toISOString() ?? null;

function toApiToken(row: tokens.TokenRow): ApiToken {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.created_at.toISOString(),
    expiresAt: iso(row.expires_at),
    lastUsedAt: iso(row.last_used_at),
    revokedAt: iso(row.revoked_at),
  };
}

export async function listTokens(db: Db, actor: Actor, userId: number): Promise<ApiToken[]> {
  await visibleUser(db, actor, userId);
  return (await tokens.listTokens(db, userId)).map(toApiToken);
}

/** Issues a token for a device or integration acting as the user; the secret is returned once, stored hashed. */
export async function createToken(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  userId: number,
  body: CreateTokenBody,
): Promise<{ token: ApiToken; secret: string }> {
  const { secret, hash } = newSecret('fk_');
  const row = await db.transaction().execute(async (trx) => {
    await visibleUser(trx, actor, userId);
    const inserted = await tokens.insertToken(trx, {
      userId,
      name: body.name,
      prefix: secret.slice(0, 7),
      tokenHash: hash,
      expiresInDays: body.expiresInDays,
    });
    await appendAudit(trx, audit, {
      action: 'token.create',
      entity: 'api_token',
      entityId: inserted.id,
      summary: { userId, name: body.name, expiresInDays: body.expiresInDays ?? null },
    });
    return inserted;
  });
  return { token: toApiToken(row), secret };
}

export async function revokeToken(db: Db, actor: Actor, audit: AuditContext, tokenId: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const token = await tokens.findToken(trx, tokenId);
    if (!token) throw notFound();
    await visibleUser(trx, actor, token.user_id); // a token of an account out of reach is not there
    await tokens.revokeToken(trx, tokenId);
    await appendAudit(trx, audit, {
      action: 'token.revoke',
      entity: 'api_token',
      entityId: tokenId,
      summary: { userId: token.user_id },
    });
  });
}
