import { slotClock } from './slots.ts';
import { type CheckRejection, type Symptom, TEMPERATURE_RANGE } from './vocabulary.ts';

/** A phone's clock may run a little ahead of the server's; further ahead is a wrong time. */
export const CLOCK_SKEW_MS = 5 * 60_000;

export interface CheckEntry {
  checkId: string;
  quarantineId: number;
  at: Date;
  temperature: number;
  symptoms: Symptom[];
}

/** What a check needs to know of its quarantine (and of the quarantine's protocol). */
export interface QuarantineFacts {
  active: boolean;
  startsAt: Date;
  checksPerDay: number;
  feverCelsius: number;
}

export interface KnownFacts {
  quarantines: Map<number, QuarantineFacts>;
  storedCheckIds: Set<string>;
  /** `${quarantineId}|${day}|${slot}` of checks already stored. */
  recordedSlots: Set<string>;
}

export interface AcceptedCheck extends CheckEntry {
  day: string;
  slot: number;
  fever: boolean;
}

export type CheckOutcome =
  { checkId: string; status: 'stored' | 'duplicate' } | { checkId: string; status: 'rejected'; reason: CheckRejection };

export const slotKey = (quarantineId: number, day: string, slot: number) => `${quarantineId}|${day}|${slot}`;
const tenths = (t: number) => Math.round(t * 10) / 10;

function rejectionOf(
  entry: CheckEntry,
  q: QuarantineFacts,
  temperature: number,
  slotTaken: boolean,
  now: Date,
): CheckRejection | null {
  if (!q.active) return 'quarantine_ended';
  if (entry.at.getTime() > now.getTime() + CLOCK_SKEW_MS) return 'in_future';
  if (entry.at < q.startsAt) return 'before_start';
  if (temperature < TEMPERATURE_RANGE.min || temperature > TEMPERATURE_RANGE.max) return 'temperature_out_of_range';
  return slotTaken ? 'slot_recorded' : null;
}

/**
 * Judges each check of a batch against its quarantine: a check id seen before is a duplicate (a re-sent
 * batch), never a second check; otherwise it is refused with a reason, or accepted into its slot.
 */
export function judgeChecks(
  entries: CheckEntry[],
  known: KnownFacts,
  now: Date,
  timeZone: string,
): { outcomes: CheckOutcome[]; accepted: AcceptedCheck[] } {
  const slotOf = slotClock(timeZone);
  const seen = new Set(known.storedCheckIds);
  const taken = new Set(known.recordedSlots);
  const outcomes: CheckOutcome[] = [];
  const accepted: AcceptedCheck[] = [];
  for (const entry of entries) {
    if (seen.has(entry.checkId)) {
      outcomes.push({ checkId: entry.checkId, status: 'duplicate' });
      continue;
    }
    seen.add(entry.checkId);
    const q = known.quarantines.get(entry.quarantineId);
    const refuse = (reason: CheckRejection) => outcomes.push({ checkId: entry.checkId, status: 'rejected', reason });
    if (!q) {
      refuse('not_found');
      continue;
    }
    const temperature = tenths(entry.temperature);
    const { day, slot } = slotOf(entry.at, q.checksPerDay);
    const reason = rejectionOf(entry, q, temperature, taken.has(slotKey(entry.quarantineId, day, slot)), now);
    if (reason) {
      refuse(reason);
      continue;
    }
    taken.add(slotKey(entry.quarantineId, day, slot));
    accepted.push({ ...entry, temperature, day, slot, fever: temperature >= q.feverCelsius });
    outcomes.push({ checkId: entry.checkId, status: 'stored' });
  }
  return { outcomes, accepted };
}
