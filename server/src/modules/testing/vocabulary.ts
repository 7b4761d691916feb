/** Persons per tube a round may pool (DOMAIN.md: 5:1 or 10:1, 20:1 possible; 1 for key groups). */
export const poolSizes = [1, 5, 10, 20] as const;
export type PoolSize = (typeof poolSizes)[number];

/**
 * How an area of a round is sampled: pooled at the round's size, one tube each (single, for listed areas
 * and groups), or one tube per household (sealed areas).
 */
export const poolingModes = ['pooled', 'single', 'household'] as const;
export type PoolingMode = (typeof poolingModes)[number];

export const testResults = ['negative', 'positive', 'invalid'] as const;
export type TestResult = (typeof testResults)[number];

/** Why a resident is excused from a round; bedridden residents get a home-sampling visit instead. */
export const exemptionReasons = ['away', 'bedridden', 'case', 'other'] as const;

/** Why a scan from a sampling table is refused; nothing is stored for it. */
export const sampleRejections = [
  /** The round is closed, or the scan is outside its time window. */
  'round_closed',
  /** No ID number or personal code on a sample scan. */
  'person_missing',
  /** The ID number is malformed or fails its check character. */
  'person_invalid',
  /** No such resident in the registry within the sampler's jurisdiction. */
  'unknown_person',
  /** The tube barcode is already used by another round. */
  'tube_of_another_round',
  /** The tube already holds as many persons as the round pools. */
  'tube_full',
  /** The tube was closed; nobody more goes in. */
  'tube_sealed',
  /** A tube closed before anything was put in it, or never opened. */
  'tube_empty',
  /** The tube was opened at another sampling table. */
  'tube_of_another_table',
  /** The person's area is sampled otherwise (single tube, or one tube per household) than this tube. */
  'pooling_mismatch',
  /** A household tube takes only the members of the household it was opened for. */
  'tube_of_another_household',
] as const;
export type SampleRejection = (typeof sampleRejections)[number];
