/**
 * Times as ledgers write them: "2022-05-01 10:20", "2022/5/1 10:20:30", an ISO time with its offset, or an
 * Excel serial day number. A time without an offset is the wall clock of the platform's time zone.
 */
const wallPattern = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const withOffset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
// Excel counts days from 1899-12-30; serials of 1990–2100 cover every ledger we will see.
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const serialRange = [32_874, 73_051] as const;

/** Minutes the zone is ahead of UTC at instant `ms`. */
function offsetMinutes(ms: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(ms));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((wall - Math.floor(ms / 1000) * 1000) / 60_000);
}

/** The instant a wall-clock reading in `timeZone` names (the later one when a DST change repeats it). */
export function wallClockToInstant(wallAsUtcMs: number, timeZone: string): Date {
  const first = wallAsUtcMs - offsetMinutes(wallAsUtcMs, timeZone) * 60_000;
  return new Date(wallAsUtcMs - offsetMinutes(first, timeZone) * 60_000);
}

/** The instant a ledger cell names, or null when the cell is not a time. */
export function parseLedgerTime(text: string, timeZone: string): Date | null {
  const cell = text.trim();
  if (withOffset.test(cell)) {
    const ms = Date.parse(cell);
    return Number.isNaN(ms) ? null : new Date(ms);
  }
  const serial = Number(cell);
  if (cell !== '' && Number.isFinite(serial) && serial >= serialRange[0] && serial <= serialRange[1]) {
    return wallClockToInstant(EXCEL_EPOCH_MS + Math.round(serial * 86_400) * 1000, timeZone);
  }
  const m = wallPattern.exec(cell);
  if (!m) return null;
  const [year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0] = m.slice(1).map((v) => Number(v ?? 0));
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(wall);
  // Date.UTC rolls 2022-02-30 over to March; a ledger cell like that is a typo, not a date.
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1 || hour > 23 || minute > 59) return null;
  return wallClockToInstant(wall, timeZone);
}

/** The calendar day (YYYY-MM-DD) an instant falls on in `timeZone`. */
export function localDate(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    instant,
  );
}

/** The day `days` after a calendar day (YYYY-MM-DD), negative for before. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
}

/** The instant a calendar day (YYYY-MM-DD) begins in `timeZone`. */
export function startOfLocalDay(day: string, timeZone: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return wallClockToInstant(Date.UTC(y!, m! - 1, d), timeZone);
}
