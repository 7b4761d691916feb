import { createHash } from 'node:crypto';
import type { Actor } from '../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db } from '../../core/db/database.ts';
import { applyGateScans, type GateScanIn } from './gate-rules.ts';
import * as repo from './gate.repository.ts';
import { isGenuine, passKey } from './pass-keys.ts';
import { judgePass, parsePassToken, type PassPayload, toBase64Url } from './pass-token.ts';
import { revocations } from './passes.repository.ts';
import type { GateScanBody, GateScanResult, RevocationsReply, VerifyReply } from './passes.schema.ts';
import { revokedPassIds } from './revocation-cache.ts';

/** The public key gates check passes with (offline, once fetched). */
export async function publicPassKey(db: Db): Promise<{ kid: string; publicKey: string }> {
  const key = await passKey(db);
  return { kid: key.kid, publicKey: toBase64Url(key.publicKey) };
}

/** Revocations since a time (all those still relevant when none is given), for gates to keep. */
export async function revocationsSince(db: Db, since: string | undefined): Promise<RevocationsReply> {
  const asOf = new Date().toISOString();
  const rows = await revocations(db, since ? new Date(since) : null);
  return { items: rows.map((r) => ({ passId: r.id, revokedAt: r.revoked_at.toISOString() })), asOf };
}

const summary = (p: PassPayload) => ({
  id: p.pid,
  householdId: p.hh,
  name: p.nm,
  area: p.area,
  validFrom: new Date(p.vf * 1000).toISOString(),
  validTo: new Date(p.vt * 1000).toISOString(),
  maxMinutesOut: p.mo,
});

/**
 * The online check of a pass at a gate, as the phone does it offline: signature, revocation, validity
 * now. No database read but the (cached) key and revocation list.
 */
export async function verifyAtGate(db: Db, token: string): Promise<VerifyReply> {
  const parsed = parsePassToken(token);
  const genuine = await isGenuine(db, parsed);
  const revoked = genuine ? await revokedPassIds(db) : new Set<number>();
  const check = judgePass(parsed, genuine, Math.floor(Date.now() / 1000), (id) => revoked.has(id));
  if (check.valid) return { valid: true, pass: summary(check.payload) };
  return check.payload ? { valid: false, reason: check.reason, pass: summary(check.payload) } : check;
}

/** Each scan with its token parsed and its signature checked. */
async function readScans(db: Db, body: GateScanBody): Promise<GateScanIn[]> {
  return Promise.all(
    body.scans.map(async (scan) => {
      const token = scan.token === undefined ? undefined : parsePassToken(scan.token);
      return {
        scanId: scan.scanId.toLowerCase(),
        direction: scan.direction,
        at: Date.parse(scan.at),
        gate: scan.gate,
        token,
        genuine: token ? await isGenuine(db, token) : false,
        ...(scan.emergency ? { emergency: scan.emergency } : {}),
      };
    }),
  );
}

/** A digest of the batch as sent, so the audit entry pins down exactly which scans it recorded. */
const digest = (body: GateScanBody) => createHash('sha256').update(JSON.stringify(body.scans)).digest('hex');

/**
 * Stores a batch of a gate's scans in one transaction with one audit entry: each is stored, a duplicate
 * (sent before), or refused with its reason (kept as evidence). The outings of the passes named are
 * locked while the batch is judged, so two gates cannot both let one holder out.
 */
export async function ingestGateScans(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  body: GateScanBody,
): Promise<GateScanResult> {
  const scans = await readScans(db, body);
  const passIds = [...new Set(scans.flatMap((s) => (s.token && s.genuine ? [s.token.payload.pid] : [])))];
  return db.transaction().execute(async (trx) => {
    const outings = await repo.lockOutings(trx, passIds);
    const stored = await repo.storedScans(
      trx,
      scans.map((s) => s.scanId),
    );
    const { outcomes, rows } = applyGateScans(scans, outings, stored, Date.now());
    const households = await repo.existingHouseholds(trx, [
      ...new Set(rows.flatMap((r) => (r.householdId === null ? [] : [r.householdId]))),
    ]);
    // A household number typed in an emergency that names no household is left out, never the scan.
    for (const row of rows) if (row.householdId !== null && !households.has(row.householdId)) row.householdId = null;
    await repo.insertGateScans(trx, rows, actor.userId || null);
    await repo.saveOutings(
      trx,
      [...outings.values()].filter((o) => o.changed),
    );
    const figures = {
      stored: outcomes.filter((o) => o.status === 'stored').length,
      duplicates: outcomes.filter((o) => o.status === 'duplicate').length,
      refused: outcomes.filter((o) => o.status === 'refused').length,
    };
    if (rows.length > 0) {
      await appendAudit(trx, audit, {
        action: 'gate.scans',
        entity: 'gate_scan',
        summary: {
          ...figures,
          emergencies: rows.filter((r) => r.emergencyReason !== null).length,
          gates: [...new Set(rows.map((r) => r.gate))],
          digest: digest(body),
        },
      });
    }
    return { ...figures, outcomes };
  });
}
