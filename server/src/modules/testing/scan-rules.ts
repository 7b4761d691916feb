import { parseIdNumber } from '../registry/id-number.ts';
import { PERSONAL_CODE_PREFIX } from './personal-code.ts';
import type { ScanEvent, ScanOutcome } from './testing.schema.ts';
import type { PoolingMode, SampleRejection } from './vocabulary.ts';

/** A tube as a batch of scans sees it: loaded (id set) or opened by this batch (id null). */
export interface TubeState {
  id: number | null;
  barcode: string;
  campaignId: number;
  placeId: number;
  tableNo: number;
  capacity: number;
  pooling: PoolingMode;
  householdId: number | null;
  members: number;
  status: 'open' | 'sealed' | 'received' | 'resulted';
  openedAt: string;
  sealedAt: string | null;
  sealedScanId: string | null;
  changed: boolean;
}

export interface Person {
  id: number;
  gridId: number;
  path: string;
  /** How the person's area is sampled in this round (household only for a person with a household). */
  pooling: PoolingMode;
  householdId: number | null;
}

const capacityOf = (pooling: PoolingMode, poolSize: number): number =>
  pooling === 'pooled' ? poolSize : pooling === 'single' ? 1 : MAX_HOUSEHOLD_TUBE;
// A household tube holds the whole household, up to the largest pool a tube takes.
const MAX_HOUSEHOLD_TUBE = 20;

export interface Table {
  campaignId: number;
  placeId: number;
  tableNo: number;
  poolSize: number;
  open: boolean;
}

export interface Known {
  tubes: Map<string, TubeState>;
  /** By personKey. */
  persons: Map<string, Person>;
  storedScanIds: Set<string>;
  /** Residents already sampled in the round. */
  sampled: Set<number>;
}

export interface AcceptedSample {
  scanId: string;
  tube: TubeState;
  person: Person;
  at: string;
}

/**
 * The key a sample scan names its person by: a personal code as scanned, or the ID number normalised
 * (legacy 15-digit numbers upgraded); null when it is neither.
 */
export function personKey(event: ScanEvent): string | null {
  const raw = event.person?.trim();
  if (!raw) return null;
  if (raw.startsWith(PERSONAL_CODE_PREFIX)) return raw;
  const parsed = parseIdNumber(raw);
  return typeof parsed === 'string' ? null : parsed.idNumber;
}

function tubeFor(event: ScanEvent, table: Table, known: Known, first: Person): TubeState {
  const existing = known.tubes.get(event.tube);
  if (existing) return existing;
  const opened: TubeState = {
    id: null,
    barcode: event.tube,
    campaignId: table.campaignId,
    placeId: table.placeId,
    tableNo: table.tableNo,
    capacity: capacityOf(first.pooling, table.poolSize),
    pooling: first.pooling,
    householdId: first.pooling === 'household' ? first.householdId : null,
    members: 0,
    status: 'open',
    openedAt: event.at,
    sealedAt: null,
    sealedScanId: null,
    changed: true,
  };
  known.tubes.set(event.tube, opened);
  return opened;
}

function tubeProblem(tube: TubeState, table: Table): SampleRejection | null {
  if (tube.campaignId !== table.campaignId) return 'tube_of_another_round';
  if (tube.placeId !== table.placeId || tube.tableNo !== table.tableNo) return 'tube_of_another_table';
  return null;
}

function fitProblem(tube: TubeState, person: Person): SampleRejection | null {
  if (tube.status !== 'open') return 'tube_sealed';
  if (tube.pooling !== person.pooling) return 'pooling_mismatch';
  if (tube.pooling === 'household' && tube.householdId !== person.householdId) return 'tube_of_another_household';
  return tube.members >= tube.capacity ? 'tube_full' : null;
}

function sample(event: ScanEvent, table: Table, known: Known, accepted: AcceptedSample[]): ScanOutcome {
  const rejected = (reason: SampleRejection): ScanOutcome => ({ scanId: event.scanId, status: 'rejected', reason });
  if (!event.person?.trim()) return rejected('person_missing');
  const key = personKey(event);
  if (!key) return rejected('person_invalid');
  const person = known.persons.get(key);
  if (!person) return rejected('unknown_person');
  const existed = known.tubes.has(event.tube);
  const tube = tubeFor(event, table, known, person);
  const problem = tubeProblem(tube, table) ?? fitProblem(tube, person);
  if (problem) {
    if (!existed) known.tubes.delete(event.tube);
    return rejected(problem);
  }
  tube.members += 1;
  tube.changed = true;
  accepted.push({ scanId: event.scanId, tube, person, at: event.at });
  const again = known.sampled.has(person.id);
  known.sampled.add(person.id);
  return again
    ? { scanId: event.scanId, status: 'stored', warning: 'already_sampled' }
    : { scanId: event.scanId, status: 'stored' };
}

function seal(event: ScanEvent, table: Table, known: Known): ScanOutcome {
  const rejected = (reason: SampleRejection): ScanOutcome => ({ scanId: event.scanId, status: 'rejected', reason });
  const tube = known.tubes.get(event.tube);
  if (!tube || tube.members === 0) return rejected('tube_empty');
  if (tube.sealedScanId === event.scanId) return { scanId: event.scanId, status: 'duplicate' };
  const problem = tubeProblem(tube, table) ?? (tube.status !== 'open' ? 'tube_sealed' : null);
  if (problem) return rejected(problem);
  Object.assign(tube, { status: 'sealed', sealedAt: event.at, sealedScanId: event.scanId, changed: true });
  return { scanId: event.scanId, status: 'stored' };
}

/**
 * Applies a table's events in the order they happened on the phone: persons go into tubes up to the pool
 * size, tubes close. Pure: what it decides is written by the caller in one transaction.
 */
export function applyScans(
  events: ScanEvent[],
  table: Table,
  known: Known,
): { outcomes: ScanOutcome[]; accepted: AcceptedSample[] } {
  const accepted: AcceptedSample[] = [];
  const outcomes = events.map((event): ScanOutcome => {
    if (event.kind === 'sample' && known.storedScanIds.has(event.scanId))
      return { scanId: event.scanId, status: 'duplicate' };
    if (!table.open) return { scanId: event.scanId, status: 'rejected', reason: 'round_closed' };
    if (event.kind === 'seal') return seal(event, table, known);
    const outcome = sample(event, table, known, accepted);
    if (outcome.status === 'stored') known.storedScanIds.add(event.scanId);
    return outcome;
  });
  return { outcomes, accepted };
}
