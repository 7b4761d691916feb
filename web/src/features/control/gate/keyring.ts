import { fromBase64Url } from '../../../../../server/src/modules/passes/pass-token.ts';
import { fetchPassKey, fetchRevocations } from './api';
import type { GateKey } from './verify';

/** What a gate keeps to check passes with the network down: the public key and the revocations. */
export interface Keyring {
  kid: string;
  /** base64url of the raw 32-byte key. */
  publicKey: string;
  /** Revoked pass ids with when they were revoked. */
  revoked: Record<string, string>;
  /** The server's time of the last revocation list (the next asks from a little before it). */
  asOf: string | null;
  /** When this phone last fetched it (ms). */
  fetchedAt: number;
}

const STORE_KEY = 'fangkong-gate-keyring';
// A revocation committed while the last list was being read carries a time just before that list's.
const OVERLAP_MS = 2 * 60_000;

export function loadKeyring(): Keyring | null {
  try {
    const saved = localStorage.getItem(STORE_KEY);
    return saved ? (JSON.parse(saved) as Keyring) : null;
  } catch {
    return null;
  }
}

/** The key to check signatures with, or null when the kept one is unreadable. */
export function gateKeyOf(keyring: Keyring): GateKey | null {
  const publicKey = fromBase64Url(keyring.publicKey);
  return publicKey?.length === 32 ? { kid: keyring.kid, publicKey } : null;
}

/**
 * Fetches the key and the revocations since the last look, and keeps them on the phone. A new key
 * (another installation) starts the revocation list afresh.
 */
export async function refreshKeyring(current: Keyring | null): Promise<Keyring> {
  const key = await fetchPassKey();
  const same = current?.kid === key.kid && current.publicKey === key.publicKey;
  const since = same && current.asOf ? new Date(Date.parse(current.asOf) - OVERLAP_MS).toISOString() : null;
  const list = await fetchRevocations(since);
  const revoked = same ? { ...current.revoked } : {};
  for (const item of list.items) revoked[String(item.passId)] = item.revokedAt;
  const next: Keyring = { ...key, revoked, asOf: list.asOf, fetchedAt: Date.now() };
  localStorage.setItem(STORE_KEY, JSON.stringify(next));
  return next;
}
