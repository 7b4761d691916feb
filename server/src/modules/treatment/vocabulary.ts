/* Plain data: the web app imports these too. */

/** Bed levels of a designated hospital: 普通床位, 重症床位, ICU. */
export const bedLevels = ['general', 'severe', 'icu'] as const;
export type BedLevel = (typeof bedLevels)[number];

/** A patient's severity (病情分型), recorded over time. */
export const severities = ['mild', 'moderate', 'severe', 'critical'] as const;
export type Severity = (typeof severities)[number];

/** How an admission ends: cured and discharged, transferred to another hospital, or died. */
export const outcomes = ['cured', 'transferred', 'died'] as const;
export type Outcome = (typeof outcomes)[number];

/** The four rates (四率). */
export const rateKeys = ['admission', 'cure', 'infection', 'death'] as const;
export type RateKey = (typeof rateKeys)[number];
