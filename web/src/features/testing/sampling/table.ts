import type { PoolingMode } from './api';
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
