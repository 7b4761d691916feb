import type { BedLevel, Outcome, Severity } from './vocabulary.ts';

/** [zh-CN, en] words for messages and formulas: an error names things the way the reader's interface does. */
export type Words = readonly [string, string];

export const bedLevelWords: Record<BedLevel, Words> = {
  general: ['普通床位', 'general bed'],
  severe: ['重症床位', 'severe-care bed'],
  icu: ['ICU 床位', 'ICU bed'],
};

export const severityWords: Record<Severity, Words> = {
  mild: ['轻型', 'mild'],
  moderate: ['普通型', 'moderate'],
  severe: ['重型', 'severe'],
  critical: ['危重型', 'critical'],
};

export const outcomeWords: Record<Outcome, Words> = {
  cured: ['治愈出院', 'cured and discharged'],
  transferred: ['转院', 'transferred'],
  died: ['死亡', 'died'],
};

/** The reasonZh / reasonEn parameters of an ADMISSION_STATE refusal. */
export const reason = ([zh, en]: Words) => ({ reasonZh: zh, reasonEn: en });
