/** How a region is named in lists and trees: "name (code) · level". */
export function regionLabel(region: { name: string; code: string | null }, levelName: string): string {
  const code = region.code ? ` (${region.code})` : '';
  return `${region.name}${code} · ${levelName}`;
}

/** An empty code field means "no code", which the server stores as null. */
export function normaliseCode(code: string | undefined): string | null {
  const trimmed = code?.trim();
  return trimmed ? trimmed : null;
}
