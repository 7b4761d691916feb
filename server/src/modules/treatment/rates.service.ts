import type { Actor } from '../../core/auth/actor.ts';
import type { Db } from '../../core/db/database.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { addDays, localDate, startOfLocalDay } from '../../core/time/local-time.ts';
import { basisOf } from '../protocol/basis.ts';
import { activeProtocol } from '../protocol/protocol.repository.ts';
import { getRegion, listRegionsWithPaths, pathInScope } from '../regions/regions.service.ts';
import { totalsUnder } from '../registry/counts.repository.ts';
import { type DayWindow, dayCounts } from './rates.repository.ts';
import type { RatesQuery, RatesReply } from './rates.schema.ts';
import { clearingRuleWords, clearingSeries, describedRates, ratesOf } from './rates.ts';

/** The longest series one request may ask for. */
const MAX_DAYS = 92;

interface Area {
  regions: { id: number; name: string }[];
  /** Paths of the regions, none under another (so nothing counts twice). */
  paths: string[];
}

/** The region asked for (within the jurisdiction, else 404), or the tops of the actor's jurisdiction. */
async function areaOf(db: Db, actor: Actor, regionId: number | undefined): Promise<Area> {
  if (regionId !== undefined) {
    const [{ region }, scoped] = await Promise.all([getRegion(db, actor, regionId), pathInScope(db, actor, regionId)]);
    if (!scoped) throw notFound();
    return { regions: [{ id: region.id, name: region.name }], paths: [scoped.path] };
  }
  const tops = await listRegionsWithPaths(db, actor);
  const outermost = tops.filter((r) => !tops.some((o) => o !== r && r.path.startsWith(`${o.path}.`)));
  return { regions: outermost.map((r) => ({ id: r.id, name: r.name })), paths: outermost.map((r) => r.path) };
}

/** Calendar days from `first` to `last`, each with its start and end in the time zone. */
function windows(first: string, last: string, timeZone: string): DayWindow[] {
  const days: DayWindow[] = [];
  for (let day = first; day <= last; day = addDays(day, 1))
    days.push({ day, startsAt: startOfLocalDay(day, timeZone), endsAt: startOfLocalDay(addDays(day, 1), timeZone) });
  return days;
}

function daySpan(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1;
}

function checkRange(from: string, to: string, today: string): void {
  const problem =
    from > to
      ? 'from: after to'
      : to > today
        ? 'to: after today'
        : daySpan(from, to) > MAX_DAYS
          ? `from: at most ${MAX_DAYS} days before to`
          : null;
  if (problem) throw new AppError('VALIDATION_FAILED', { details: `querystring.${problem}` });
}

/**
 * The four rates (四率) of an area, each with its formula, as of now and for each day of a range (cumulative
 * as of the day's end in the configured time zone), and the 社会面清零 figures under the protocol's rule.
 */
export async function fourRates(db: Db, actor: Actor, timeZone: string, query: RatesQuery): Promise<RatesReply> {
  const today = localDate(new Date(), timeZone);
  const to = query.to ?? today;
  const from = query.from ?? addDays(to, -13);
  checkRange(from, to, today);
  const [area, protocol] = await Promise.all([areaOf(db, actor, query.regionId), activeProtocol(db)]);
  const rules = protocol.document.clearing;
  // The "basically zero" streak of the first day needs the days before it.
  const leadIn = rules ? rules.basicallyZeroDays - 1 : 0;
  const [population, counts, todayCounts] = await Promise.all([
    totalsUnder(db, area.paths).then((totals) => totals.reduce((sum, t) => sum + t.residents, 0)),
    dayCounts(db, area.paths, windows(addDays(from, -leadIn), to, timeZone)),
    to === today ? null : dayCounts(db, area.paths, windows(addDays(today, -leadIn), today, timeZone)),
  ]);
  const todays = todayCounts ?? counts;
  const last = todays[todays.length - 1];
  if (!last) throw new Error('the series of days is empty');
  const clearing = clearingSeries(counts, population, rules, leadIn);
  const clearingToday = clearingSeries(todays, population, rules, todays.length - 1)[0];
  if (!clearingToday) throw new Error('no clearing figures for today');
  const [ruleZh, ruleEn] = clearingRuleWords(rules);
  return {
    area: area.regions,
    population,
    today,
    rates: describedRates(ratesOf(last, population)),
    series: counts.slice(leadIn).map((day) => ratesOf(day, population)),
    clearing: {
      ruleZh,
      ruleEn,
      basis: rules ? basisOf(protocol, 'clearing') : null,
      today: clearingToday,
      series: clearing,
    },
  };
}
