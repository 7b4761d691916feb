/**
 * For reference data that does not change while the page is open (roles, region levels): the
 * first successful answer is shared by every caller; a failure is forgotten so a later call retries.
 */
export function cacheOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => {
    cached ??= load().catch((error: unknown) => {
      cached = undefined;
      throw error;
    });
    return cached;
  };
}
