/* Plain data, so the web app imports it too. */

export const directions = ['in', 'out'] as const;
export type Direction = (typeof directions)[number];

/** What passes: a vehicle of a kind, or a walk-in (no plate). */
export const vehicleKinds = [
  'car', // 小型客车
  'bus', // 大中型客车
  'truck', // 货车
  'motorcycle', // 摩托车、电动车
  'other', // 其他车辆
  'pedestrian', // 步行
] as const;
export type VehicleKind = (typeof vehicleKinds)[number];

/** Vehicles that always carry a plate; two-wheelers and others often have none. */
export const platedKinds: readonly VehicleKind[] = ['car', 'bus', 'truck'];

/** The health-code colour the keeper saw (none: no code shown). */
export const healthCodes = ['green', 'yellow', 'red', 'none'] as const;
export type HealthCode = (typeof healthCodes)[number];

/** The negative test shown: within 24, 48 or 72 hours, or none. */
export const testProofs = ['h24', 'h48', 'h72', 'none'] as const;
export type TestProof = (typeof testProofs)[number];

export const checkpointActions = [
  'passed', // 放行
  'turned_back', // 劝返
  'quarantined', // 转运隔离
  'tested', // 现场采样
] as const;
export type CheckpointAction = (typeof checkpointActions)[number];

/** Why an entry of a batch is not stored; the other entries are. */
export const entryRejections = [
  /** A car, bus or truck without its plate; a person listed without a name. */
  'required',
  /** Not a plate: province character, letter, then 5 or 6 letters and digits. */
  'plate_format',
  /** A walk-in has no plate. */
  'plate_for_pedestrian',
  'id_format',
  'id_birth_date',
  'id_checksum',
  /** A phone number that cannot be read. */
  'invalid',
  /** The time lies ahead of now. */
  'in_future',
  /** More persons named than counted. */
  'too_few',
  /** A checkpoint the recorder may not record at (or no checkpoint at all). */
  'checkpoint_unknown',
] as const;
export type EntryRejection = (typeof entryRejections)[number];

// Province abbreviations, plus 使 and 领 of embassy and consulate plates.
const provinces = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领';
// 5 characters after the letter (ordinary plates; the last may be 挂学警港澳) or 6 (new-energy plates).
const platePattern = new RegExp(`^[${provinces}][A-Z](?:[A-Z0-9]{4}[A-Z0-9挂学警港澳]|[A-Z0-9]{6})$`);

/** A plate as keepers type it (spaces, dots, lower case), normalised (粤B·12345 → 粤B12345), or null. */
export function parsePlate(raw: string): string | null {
  const plate = raw.replace(/[\s·.-]/g, '').toUpperCase();
  return platePattern.test(plate) ? plate : null;
}
