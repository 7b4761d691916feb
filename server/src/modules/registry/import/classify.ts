/** Splits a batch into rows to write (new or changed) and rows already stored as they are. */
export function classify<T, E>(
  items: T[],
  existing: Map<string, E>,
  key: (item: T) => string,
  same: (stored: E, item: T) => boolean,
): { writes: T[]; inserted: number; unchanged: number } {
  const writes = items.filter((item) => {
    const stored = existing.get(key(item));
    return !stored || !same(stored, item);
  });
  const inserted = writes.filter((item) => !existing.has(key(item))).length;
  return { writes, inserted, unchanged: items.length - writes.length };
}
