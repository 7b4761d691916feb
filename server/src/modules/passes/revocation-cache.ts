import type { Db } from '../../core/db/database.ts';
import { revocations } from './passes.repository.ts';

/**
 * The revoked passes' ids, kept in the process for the online check at a gate (thousands a second must not
 * each query the database). Read again at most once a second; a revocation made by this process is seen at
 * once, one made by another API process within a second. Per database: a test run opens several.
 */
const FRESH_MS = 1_000;

interface Cached {
  ids: Promise<Set<number>>;
  readAt: number;
}
const cached = new WeakMap<Db, Cached>();

export function revokedPassIds(db: Db): Promise<Set<number>> {
  const hit = cached.get(db);
  if (hit && Date.now() - hit.readAt < FRESH_MS) return hit.ids;
  // Concurrent requests share one read; a failed read is not kept.
  const ids = revocations(db, null).then((rows) => new Set(rows.map((r) => r.id)));
  const entry = { ids, readAt: Date.now() };
  cached.set(db, entry);
  ids.catch(() => {
    if (cached.get(db) === entry) cached.delete(db);
  });
  return ids;
}

/** After a revocation: the next check reads the list again. */
export function forgetRevocations(db: Db): void {
  cached.delete(db);
}
