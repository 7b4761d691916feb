import { judgePass, type ParsedPassToken, passRefusals } from './pass-token.ts';

/**
 * Why a gate scan is refused: the pass's own refusal, or the outing's state (a second exit, a return
 * without an exit, a pass already used for its one outing), no pass at all, or a scan time in the future.
 */
export const scanRefusals = [...passRefusals, 'already_out', 'already_used', 'not_out', 'no_pass', 'bad_time'] as const;
export type ScanRefusal = (typeof scanRefusals)[number];

/** A pass's one outing, as a batch finds it (row locked) and leaves it. Times in epoch milliseconds. */
export interface Outing {
  id: number;
  householdId: number;
  revokedAt: number | null;
  exitedAt: number | null;
  returnedAt: number | null;
  lateAt: number | null;
  maxMinutesOut: number;
  lateGraceMinutes: number;
  changed: boolean;
}

export interface GateScanIn {
  scanId: string;
  direction: 'exit' | 'return';
  at: number;
  gate: string;
  /** The token shown, parsed (null: not a token), or undefined when none was shown. */
  token: ParsedPassToken | null | undefined;
  /** Its signature holds under the platform's key. */
  genuine: boolean;
  emergency?: { reason: string; name?: string; householdId?: number };
}

export interface GateScanRow {
  scanId: string;
  passId: number | null;
  direction: 'exit' | 'return';
  at: number;
  gate: string;
  reason: ScanRefusal | null;
  emergencyReason: string | null;
  emergencyName: string | null;
  householdId: number | null;
}

export type GateScanOutcome = { scanId: string; status: 'stored' | 'duplicate' | 'refused'; reason?: ScanRefusal };

// A phone's clock may run a little ahead of the server's.
const CLOCK_SKEW_MS = 5 * 60_000;

/** The refusal of an ordinary (not emergency) scan, or null when it is let through. */
function refusalOf(scan: GateScanIn, outing: Outing | undefined, now: number): ScanRefusal | null {
  if (scan.at > now + CLOCK_SKEW_MS) return 'bad_time';
  if (scan.token === undefined) return 'no_pass';
  // A signature over a pass this platform never issued is as good as forged.
  const known = scan.genuine ? outing : undefined;
  const revoked = () => known !== undefined && known.revokedAt !== null && known.revokedAt <= scan.at;
  const check = judgePass(scan.token, known !== undefined, Math.floor(scan.at / 1000), revoked);
  if (!check.valid && (check.reason === 'malformed' || check.reason === 'forged')) return check.reason;
  if (known === undefined) return 'forged';
  if (scan.direction === 'return') {
    // A holder coming home is let in on a genuine pass even once it has expired or been revoked.
    const out = known.exitedAt !== null && known.returnedAt === null && known.exitedAt <= scan.at;
    return out ? null : 'not_out';
  }
  if (!check.valid) return check.reason;
  if (known.exitedAt !== null) return known.returnedAt === null ? 'already_out' : 'already_used';
  return null;
}

/** Applies an accepted scan to its pass's outing; a return after the time allowed (plus grace) is late. */
function move(outing: Outing, scan: GateScanIn, now: number): void {
  outing.changed = true;
  if (scan.direction === 'exit') {
    outing.exitedAt = scan.at;
    return;
  }
  outing.returnedAt = scan.at;
  const dueBack = (outing.exitedAt ?? scan.at) + (outing.maxMinutesOut + outing.lateGraceMinutes) * 60_000;
  if (scan.at > dueBack && outing.lateAt === null) outing.lateAt = now;
}

/**
 * Judges a batch of gate scans in the order they happened. A scan id seen before is a duplicate (its
 * earlier refusal, if any, is repeated). A medical emergency is always let through and changes no
 * outing (九不准); every other scan needs a valid pass — there is no exception for anyone's role.
 * Refused scans are kept too, as evidence. Outcomes come back in the order sent.
 */
export function applyGateScans(
  scans: GateScanIn[],
  outings: Map<number, Outing>,
  stored: Map<string, ScanRefusal | null>,
  now: number,
): { outcomes: GateScanOutcome[]; rows: GateScanRow[] } {
  const decided = new Map<string, GateScanOutcome>();
  const rows: GateScanRow[] = [];
  const byTime = [...scans].sort((a, b) => a.at - b.at);
  for (const scan of byTime) {
    // The same scan twice in one batch is one scan.
    if (decided.has(scan.scanId)) continue;
    const earlier = stored.get(scan.scanId);
    if (earlier !== undefined) {
      decided.set(scan.scanId, duplicate(scan.scanId, earlier));
      continue;
    }
    const passId = scan.token && scan.genuine ? scan.token.payload.pid : null;
    const outing = passId === null ? undefined : outings.get(passId);
    const reason = scan.emergency ? null : refusalOf(scan, outing, now);
    if (reason === null && !scan.emergency && outing) move(outing, scan, now);
    rows.push({
      scanId: scan.scanId,
      passId: outing?.id ?? null,
      direction: scan.direction,
      at: scan.at,
      gate: scan.gate,
      reason,
      emergencyReason: scan.emergency?.reason ?? null,
      emergencyName: scan.emergency?.name ?? null,
      householdId: outing?.householdId ?? scan.emergency?.householdId ?? null,
    });
    decided.set(
      scan.scanId,
      reason === null ? { scanId: scan.scanId, status: 'stored' } : refused(scan.scanId, reason),
    );
  }
  return { outcomes: scans.map((s) => decided.get(s.scanId) ?? duplicate(s.scanId, null)), rows };
}

const refused = (scanId: string, reason: ScanRefusal): GateScanOutcome => ({ scanId, status: 'refused', reason });
const duplicate = (scanId: string, reason: ScanRefusal | null): GateScanOutcome =>
  reason === null ? { scanId, status: 'duplicate' } : { scanId, status: 'duplicate', reason };
