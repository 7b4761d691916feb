/**
 * Chinese resident ID numbers (居民身份证号码, GB 11643-1999): 6-digit address code, 8-digit birth date,
 * 3-digit sequence (odd = male, even = female) and a check character (0-9 or X) over the first 17.
 */
const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkCharacters = '10X98765432';

export type IdNumberProblem = 'format' | 'birthDate' | 'checksum';

export interface IdNumberInfo {
  idNumber: string;
  birthDate: string;
  sex: 'M' | 'F';
}

export function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * (weights[i] ?? 0);
  return checkCharacters[sum % 11] ?? '';
}

function realDate(yyyymmdd: string, today: Date): string | null {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!valid || year < 1890 || date > today) return null;
  return `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
}

/** Upgrades a 15-digit legacy number (birth year without "19", no check character) to 18 digits. */
export function upgradeLegacyIdNumber(legacy: string): string {
  const first17 = `${legacy.slice(0, 6)}19${legacy.slice(6, 15)}`;
  return first17 + checkCharacter(first17);
}

/** Validates (and normalises: trims, upper-cases x, upgrades 15 digits) an ID number. */
export function parseIdNumber(raw: string, today = new Date()): IdNumberInfo | IdNumberProblem {
  let value = raw.trim().toUpperCase();
  if (/^\d{15}$/.test(value)) value = upgradeLegacyIdNumber(value);
  if (!/^\d{17}[\dX]$/.test(value)) return 'format';
  const birthDate = realDate(value.slice(6, 14), today);
  if (!birthDate) return 'birthDate';
  if (checkCharacter(value.slice(0, 17)) !== value[17]) return 'checksum';
  return { idNumber: value, birthDate, sex: Number(value[16]) % 2 === 1 ? 'M' : 'F' };
}

/** Masks all but the first 3 and last 4 characters: 430***********123X. */
export function maskIdNumber(idNumber: string): string {
  return idNumber.length <= 7
    ? '*'.repeat(idNumber.length)
    : idNumber.slice(0, 3) + '*'.repeat(idNumber.length - 7) + idNumber.slice(-4);
}

/** Mainland mobile numbers (11 digits from 1[3-9]) and landlines with area code, e.g. 0731-22881234. */
export function parsePhone(raw: string): string | null {
  const value = raw
    .trim()
    .replace(/[\s-]/g, '')
    .replace(/^\+?86/, '');
  if (/^1[3-9]\d{9}$/.test(value)) return value;
  if (/^0\d{2,3}\d{7,8}$/.test(value)) return value;
  return null;
}

/** Masks the middle of a phone number: 138****5678. */
export function maskPhone(phone: string): string {
  return phone.length < 7
    ? '*'.repeat(phone.length)
    : phone.slice(0, 3) + '*'.repeat(phone.length - 7) + phone.slice(-4);
}

/** Masks a name to its first and last characters (张*丰, 李*), as passes and self-check pages show it. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return chars.join('');
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars.at(-1)}`;
}
