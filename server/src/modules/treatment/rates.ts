import type { ClearingRules } from '../protocol/document.ts';
import type { Words } from './labels.ts';
import type { ClearingDay, Figure, Rate, RatesDay } from './rates.schema.ts';
import type { RateKey } from './vocabulary.ts';

/** The counts behind the four rates, cumulative as of the end of a day, and the day's new positives. */
export interface DayCounts {
  day: string;
  /** Confirmed cases and asymptomatic infections found by the day's end (current classification). */
  cases: number;
  /** Of them, cases admitted to a designated hospital by the day's end (at least once). */
  admitted: number;
  /** Of them, cases cured and discharged by the day's end. */
  cured: number;
  /** Of them, deaths recorded at discharge by the day's end. */
  died: number;
  /** Confirmed and asymptomatic cases found during the day. */
  newPositives: number;
  /** Of them, found among people already under control (quarantine, sealed areas). */
  underControl: number;
}

/** Working definitions (DOMAIN.md "Treatment and the four rates"), each shown with its formula. */
export const rateDefinitions: Record<RateKey, { name: Words; formula: Words }> = {
  admission: {
    name: ['收治率', 'Admission rate'],
    formula: [
      '收治率 = 截至当日24时累计收治入定点医院的病例数 ÷ 累计病例数（确诊病例 + 无症状感染者）',
      'Admission rate = cases admitted to a designated hospital by the end of the day ÷ cumulative cases (confirmed + asymptomatic)',
    ],
  },
  cure: {
    name: ['治愈率', 'Cure rate'],
    formula: [
      '治愈率 = 截至当日24时累计治愈出院人数 ÷ 累计病例数（确诊病例 + 无症状感染者）',
      'Cure rate = cases cured and discharged by the end of the day ÷ cumulative cases (confirmed + asymptomatic)',
    ],
  },
  infection: {
    name: ['感染率', 'Infection rate'],
    formula: [
      '感染率 = 截至当日24时累计感染者数（确诊病例 + 无症状感染者） ÷ 辖区人口（人口底数登记的居民数）',
      'Infection rate = cumulative infections (confirmed + asymptomatic) by the end of the day ÷ population of the area (residents in the registry)',
    ],
  },
  death: {
    name: ['病亡率', 'Case fatality rate'],
    formula: [
      '病亡率 = 截至当日24时累计死亡人数（出院登记为死亡） ÷ 累计病例数（确诊病例 + 无症状感染者）',
      'Case fatality rate = deaths (recorded at discharge) by the end of the day ÷ cumulative cases (confirmed + asymptomatic)',
    ],
  },
};

export function figure(numerator: number, denominator: number): Figure {
  return { numerator, denominator, value: denominator === 0 ? null : numerator / denominator };
}

/** The four rates of one day's counts. */
export function ratesOf(counts: DayCounts, population: number): RatesDay {
  return {
    day: counts.day,
    admission: figure(counts.admitted, counts.cases),
    cure: figure(counts.cured, counts.cases),
    infection: figure(counts.cases, population),
    death: figure(counts.died, counts.cases),
  };
}

/** The four rates with their names and formulas, as the cards show them. */
export function describedRates(day: RatesDay): Rate[] {
  return (Object.keys(rateDefinitions) as RateKey[]).map((key) => {
    const { name, formula } = rateDefinitions[key];
    return { key, nameZh: name[0], nameEn: name[1], formulaZh: formula[0], formulaEn: formula[1], ...day[key] };
  });
}

export function clearingRuleWords(rules: ClearingRules | undefined): Words {
  if (!rules) return ['现行方案未规定“基本清零”标准', 'The protocol in force sets no "basically zero" rule'];
  const { basicallyZeroPer100k: rate, basicallyZeroDays: days } = rules;
  return [
    `社会面清零：当日新增阳性均在管控人员中发现；基本清零：社会面新增阳性连续 ${days} 天低于每十万人 ${rate} 例`,
    `Cleared in the community: every new positive of the day was found under control; basically zero: positives found outside control below ${rate} per 100,000 for ${days} days in a row`,
  ];
}

/**
 * 社会面清零 per day. `days` must start `rules.basicallyZeroDays - 1` days before the first day wanted, so
 * that the first wanted day's streak is known; the result leaves those lead-in days out.
 */
export function clearingSeries(
  days: DayCounts[],
  population: number,
  rules: ClearingRules | undefined,
  leadIn: number,
): ClearingDay[] {
  let streak = 0;
  const series = days.map((d) => {
    const outsideControl = d.newPositives - d.underControl;
    const per100k = population === 0 ? 0 : (outsideControl * 100_000) / population;
    const below = rules !== undefined && per100k < rules.basicallyZeroPer100k;
    streak = below ? streak + 1 : 0;
    return {
      day: d.day,
      newPositives: d.newPositives,
      underControl: d.underControl,
      outsideControl,
      per100k,
      zero: outsideControl === 0,
      basicallyZero: rules === undefined ? null : streak >= rules.basicallyZeroDays,
    };
  });
  return series.slice(leadIn);
}
