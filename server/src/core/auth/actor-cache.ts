import type { Actor } from './actor.ts';

/**
 * Actors by credential hash, kept for a few seconds. A gate checking passes sends thousands of requests a
 * second with one session; reading the session, user, roles and regions for each costs more than the
 * check itself (about 170 checks/s at 50 gates without it). Account changes made through this process
 * forget every entry at once; a change made by another process (or by hand in SQL) takes effect within
 * FRESH_MS, the bound a revoked session or disabled user can outlive its revocation.
 */
const FRESH_MS = 5_000;
// Enough for every user active at once on one process; beyond it the map starts over rather than grow.
const MAX_ENTRIES = 20_000;

interface Entry {
  actor: Promise<Actor | null>;
  readAt: number;
}

const entries = new Map<string, Entry>();

/** The cached actor for a credential, or the lookup's result (shared by concurrent requests, cached). */
export function cachedActor(key: string, lookup: () => Promise<Actor | null>): Promise<Actor | null> {
  const hit = entries.get(key);
  if (hit && Date.now() - hit.readAt < FRESH_MS) return hit.actor;
  if (entries.size >= MAX_ENTRIES) entries.clear();
  const entry = { actor: lookup(), readAt: Date.now() };
  entries.set(key, entry);
  // A failed lookup is not kept.
  entry.actor.catch(() => {
    if (entries.get(key) === entry) entries.delete(key);
  });
  return entry.actor;
}

/** After a change to sessions, tokens, users, roles or regions: every credential is looked up again. */
export function forgetActors(): void {
  entries.clear();
}
