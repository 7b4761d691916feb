import type { PackBoxResult, PoolingMode } from './api';
import type { OpenTube, TableKey } from './queue';

/** The table a sampler signed in to, as the phone remembers it across reloads. */
export interface SignedTable extends TableKey {
  campaignName: string | null;
  placeName: string;
  poolSize: number;
  /** False when the sampler chose the pool size (the round's own could not be read). */
  poolSizeKnown: boolean;
  /**
   * Whether some areas of the round are sampled one tube each or one tube per household, so the sampler
   * says how each tube is filled (true too when the round could not be read).
   */
  mixedPooling: boolean;
}

/** How many persons a tube takes: the round's pool size, one, or a household (the server's limit). */
export function capacityOf(table: SignedTable, pooling: PoolingMode): number {
  return pooling === 'pooled' ? table.poolSize : pooling === 'single' ? 1 : MAX_HOUSEHOLD_TUBE;
}
const MAX_HOUSEHOLD_TUBE = 20;

const TABLE_KEY = 'fangkong.sampling.table';
const TUBE_KEY = 'fangkong.sampling.tube';

function isSignedTable(value: unknown): value is SignedTable {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.campaignId === 'number' &&
    typeof v.placeId === 'number' &&
    typeof v.tableNo === 'number' &&
    typeof v.placeName === 'string' &&
    typeof v.poolSize === 'number' &&
    typeof v.poolSizeKnown === 'boolean'
  );
}

function read(key: string): unknown {
  try {
    return JSON.parse(localStorage.getItem(key) ?? 'null');
  } catch {
    return null;
  }
}

export function loadTable(): SignedTable | null {
  const value = read(TABLE_KEY);
  return isSignedTable(value) ? { ...value, mixedPooling: value.mixedPooling ?? true } : null;
}

export function saveTable(table: SignedTable | null): void {
  if (table) localStorage.setItem(TABLE_KEY, JSON.stringify(table));
  else localStorage.removeItem(TABLE_KEY);
}

/**
 * The tube scanned last at a table and not yet closed. Once a person is in it, the phone's database
 * knows it too; this covers the moment between scanning the tube and the first person.
 */
export function loadTube(table: TableKey): OpenTube | null {
  const value = read(TUBE_KEY) as { table?: TableKey; tube?: unknown; pooling?: unknown } | null;
  if (!value?.table || typeof value.tube !== 'string') return null;
  const same =
    value.table.campaignId === table.campaignId &&
    value.table.placeId === table.placeId &&
    value.table.tableNo === table.tableNo;
  const pooling = value.pooling === 'single' || value.pooling === 'household' ? value.pooling : 'pooled';
  return same ? { tube: value.tube, pooling } : null;
}

export function saveTube(table: TableKey, tube: OpenTube | null): void {
  if (tube === null) localStorage.removeItem(TUBE_KEY);
  else {
    const key = { campaignId: table.campaignId, placeId: table.placeId, tableNo: table.tableNo };
    localStorage.setItem(TUBE_KEY, JSON.stringify({ table: key, ...tube }));
  }
}

const PACKED_KEY = 'fangkong.sampling.packed';
const BOX_KEY = 'fangkong.sampling.box';
/** As long as the phone keeps the seals themselves (queue.ts): an older tube is not offered anyway. */
const KEEP_PACKED_MS = 3 * 24 * 3600 * 1000;

function readPacked(): Record<string, number> {
  const value = read(PACKED_KEY);
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).filter(
      (entry): entry is [string, number] => typeof entry[1] === 'number',
    ),
  );
}

/** Tubes this phone put into a box, or found in one already: no longer offered for packing. */
export function loadPacked(): Set<string> {
  return new Set(Object.keys(readPacked()));
}

export function savePacked(tubes: string[], now = Date.now()): void {
  const kept = Object.entries(readPacked()).filter(([, at]) => now - at < KEEP_PACKED_MS);
  const next = Object.fromEntries([...kept, ...tubes.map((tube) => [tube, now] as const)]);
  try {
    localStorage.setItem(PACKED_KEY, JSON.stringify(next));
  } catch {
    // Storage full: the server refuses a tube packed twice all the same.
  }
}

/** The box last packed at a sampling point, kept across reloads until the sampler starts the next one. */
export type PackedBox = PackBoxResult & { campaignId: number; placeId: number };

export function loadBox(table: TableKey): PackedBox | null {
  const value = read(BOX_KEY) as PackedBox | null;
  if (
    typeof value !== 'object' ||
    value === null ||
    typeof value.box !== 'object' ||
    value.box === null ||
    !Array.isArray(value.refused)
  )
    return null;
  return value.campaignId === table.campaignId && value.placeId === table.placeId ? value : null;
}

export function saveBox(box: PackedBox | null): void {
  try {
    if (box === null) localStorage.removeItem(BOX_KEY);
    else localStorage.setItem(BOX_KEY, JSON.stringify(box));
  } catch {
    // Storage full: the box is on the screen, only not kept over a reload.
  }
}
