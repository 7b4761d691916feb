import { maskIdNumber, parseIdNumber } from '../../../../../server/src/modules/registry/id-number.ts';

/** What the QR on a resident's personal page starts with (server: testing/personal-code.ts). */
const PERSONAL_CODE_PREFIX = 'FKP:';
const MAX_PERSON_LENGTH = 200;

/** A person as shown on the phone: an ID number masked, a personal code by its last characters. */
export function displayPerson(person: string): string {
  return person.startsWith(PERSONAL_CODE_PREFIX) ? `${PERSONAL_CODE_PREFIX}…${person.slice(-6)}` : maskIdNumber(person);
}

/** Tube barcodes as the server takes them. */
const TUBE_PATTERN = /^[0-9A-Za-z-]{4,40}$/;

export function readTube(raw: string): string | null {
  const value = raw.trim();
  return TUBE_PATTERN.test(value) ? value : null;
}

/** Box barcodes are shaped like tube barcodes. */
export const readBoxCode = readTube;

export type PersonReading =
  /** An ID number (normalised), or the personal code from a resident's own page (sent as read). */
  | { kind: 'ok'; idNumber: string }
  /** Shaped like an ID number, but its check character (GB 11643) or birth date is wrong: ask first. */
  | { kind: 'doubtful'; idNumber: string; problem: 'checksum' | 'birthDate' }
  | { kind: 'invalid' };

/**
 * Reads an ID number as typed, or out of what the camera read (a QR code may carry more than the number),
 * or a personal code.
 * 15-digit legacy numbers are upgraded to 18, as the server does.
 */
export function readPerson(raw: string): PersonReading {
  const code = raw.trim();
  if (code.startsWith(PERSONAL_CODE_PREFIX) && code.length > PERSONAL_CODE_PREFIX.length) {
    return code.length <= MAX_PERSON_LENGTH ? { kind: 'ok', idNumber: code } : { kind: 'invalid' };
  }
  const text = code.toUpperCase();
  const value = /^[\dX]+$/.test(text) ? text : (/(?<!\d)(\d{17}[\dX]|\d{15})(?![\dX])/.exec(text)?.[1] ?? text);
  const parsed = parseIdNumber(value);
  if (typeof parsed !== 'string') return { kind: 'ok', idNumber: parsed.idNumber };
  if (parsed === 'format') return { kind: 'invalid' };
  return { kind: 'doubtful', idNumber: value, problem: parsed };
}
