import { randomInt } from 'node:crypto';
import argon2 from 'argon2';
import { AppError } from '../errors.ts';

// OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane): ~20 ms here, so logins stay cheap under load.
const options = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, options);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false; // a malformed stored hash never authenticates
  }
}

/** Hash of a random password: verified against when the username is unknown, so timing tells nothing. */
export const decoyHash = hashPassword(String(Math.random()));

export function assertStrongPassword(password: string): void {
  if (password.length < 10 || !/[A-Za-z]/.test(password) || !/\d/.test(password)) {
    throw new AppError('PASSWORD_TOO_WEAK');
  }
}

// No 0/O or 1/l/I: temporary passwords are read aloud over the phone.
const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A random password that passes assertStrongPassword. */
export function generatePassword(length = 14): string {
  for (;;) {
    const candidate = Array.from({ length }, () => alphabet[randomInt(alphabet.length)]).join('');
    if (/\d/.test(candidate) && /[A-Za-z]/.test(candidate)) return candidate;
  }
}
