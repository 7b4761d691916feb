import { checkCharacter } from '../id-number.ts';

/** Ages count back from this fixed day, not from today, so the city does not change with the calendar. */
export const demoReferenceDate = '2025-12-31';

/** Birth dates reach back this many days (a little over 100 years). */
export const maxDaysAgo = 100 * 366;

const dayMs = 86_400_000;
let birthDateTable: string[] | undefined;

/** 'YYYYMMDD' by days before the reference date, built once: formatting dates per resident is slow. */
function birthDates(): string[] {
  if (!birthDateTable) {
    const reference = Date.parse(`${demoReferenceDate}T00:00:00Z`);
    birthDateTable = Array.from({ length: maxDaysAgo }, (_, daysAgo) =>
      new Date(reference - daysAgo * dayMs).toISOString().slice(0, 10).replaceAll('-', ''),
    );
  }
  return birthDateTable;
}

/**
 * Issues ID numbers unique across the city without remembering them: a counter per district, birth
 * date and sex hands out that day's sequence numbers (odd for men, even for women) in turn.
 */
export class IdNumberAllocator {
  private readonly issued: Uint16Array;
  private readonly dates = birthDates();

  constructor(private readonly districtCodes: readonly string[]) {
    this.issued = new Uint16Array(districtCodes.length * maxDaysAgo * 2);
  }

  /** An ID number for someone born `daysAgo` days before the reference date (a day older if that day is full). */
  issue(districtIndex: number, daysAgo: number, sex: 'M' | 'F'): string {
    const capacity = sex === 'M' ? 500 : 499; // 001, 003 … 999 and 002, 004 … 998
    for (let tries = 0, day = daysAgo; tries < maxDaysAgo; tries += 1, day = (day + 1) % maxDaysAgo) {
      const slot = (districtIndex * maxDaysAgo + day) * 2 + (sex === 'M' ? 1 : 0);
      const count = this.issued[slot] ?? 0;
      if (count >= capacity) continue;
      this.issued[slot] = count + 1;
      // Spread the counter over the whole range (263 is coprime to both capacities) so that
      // sequence numbers look issued, not counted from 001.
      const spread = (count * 263 + (Math.imul(slot, 0x9e3779b1) >>> 0)) % capacity;
      const sequence = sex === 'M' ? spread * 2 + 1 : spread * 2 + 2;
      const first17 = `${this.districtCodes[districtIndex] ?? ''}${this.dates[day] ?? ''}${String(sequence).padStart(3, '0')}`;
      return first17 + checkCharacter(first17);
    }
    throw new RangeError(`no ID numbers left in district ${districtIndex}`);
  }
}
