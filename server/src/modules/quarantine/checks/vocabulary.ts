/* Plain data: the web app imports these too. */

/** Symptoms asked at each check (第九版 clinical signs besides fever). */
export const symptoms = [
  'dry_cough', // 干咳
  'sore_throat', // 咽痛、咽干
  'fatigue', // 乏力
  'smell_taste_loss', // 嗅觉、味觉减退
  'nasal_congestion', // 鼻塞、流涕
  'muscle_pain', // 肌痛
  'diarrhoea', // 腹泻
  'conjunctivitis', // 结膜炎
  'short_of_breath', // 呼吸困难
] as const;
export type Symptom = (typeof symptoms)[number];

export const checkVias = ['staff', 'self'] as const;
export type CheckVia = (typeof checkVias)[number];

/** Why one check of a batch was not stored. */
export const checkRejections = [
  'not_found', // no such quarantine within the jurisdiction
  'quarantine_ended',
  'in_future',
  'before_start',
  'temperature_out_of_range', // outside 34–43 °C: a misreading
  'slot_recorded', // the person's check of that slot is already in
] as const;
export type CheckRejection = (typeof checkRejections)[number];

export const alertKinds = ['fever', 'positive', 'missed_check'] as const;
export type AlertKind = (typeof alertKinds)[number];

export const alertStatuses = ['open', 'acknowledged', 'transferred'] as const;
export type AlertStatus = (typeof alertStatuses)[number];

export const testStages = ['centralized', 'home'] as const;
export type TestStage = (typeof testStages)[number];

export const testResults = ['negative', 'positive'] as const;
export type TestResult = (typeof testResults)[number];

/** The plausible range of a body temperature reading; outside it the reading is refused. */
export const TEMPERATURE_RANGE = { min: 34, max: 43 } as const;
