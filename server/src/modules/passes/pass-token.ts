/**
 * The pass token a pass's QR code shows, and the one check of it that the server, the gate's phone
 * (offline) and the bench share. No Node-only imports here: the web bundles this file. The signature
 * itself is checked by the caller (node:crypto on the server, @noble/ed25519 on the phone), which passes
 * its answer in as `genuine`.
 *
 * Format: `FKPASS1.<base64url(JSON payload)>.<base64url(Ed25519 signature of the first two parts)>`.
 */
export const PASS_TOKEN_PREFIX = 'FKPASS1';

/** What a pass says, signed: short keys keep the QR code small enough to read at a gate. */
export interface PassPayload {
  /** The signing key's id (first 8 bytes of SHA-256 of the public key, base64url). */
  kid: string;
  /** The pass id. */
  pid: number;
  /** The household id. */
  hh: number;
  /** The holder's name, masked (张*丰). */
  nm: string;
  /** The risk area's code. */
  area: string;
  /** Valid from / to, epoch seconds. */
  vf: number;
  vt: number;
  /** Minutes the holder may stay out. */
  mo: number;
}

/** Why a token is not a valid pass now. 'forged' covers a bad signature, an unknown key and an altered payload. */
export const passRefusals = ['malformed', 'forged', 'revoked', 'not_yet_valid', 'expired'] as const;
export type PassRefusal = (typeof passRefusals)[number];

export interface ParsedPassToken {
  payload: PassPayload;
  /** The bytes the signature covers: the prefix and the payload part. */
  signed: Uint8Array;
  signature: Uint8Array;
}

export type PassCheck =
  { valid: true; payload: PassPayload } | { valid: false; reason: PassRefusal; payload?: PassPayload };

const MAX_TOKEN_LENGTH = 2_000;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes of base64url text (no padding), or null when it is not that. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (!BASE64URL.test(text) || text.length % 4 === 1) return null;
  const binary = atob(
    text
      .replace(/-/g, '+')
      .replace(/_/g, '/')
      .padEnd(Math.ceil(text.length / 4) * 4, '='),
  );
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

const utf8 = new TextEncoder();

/** The signing input of a payload: what is signed, and the first two parts of the token. */
export function passSigningInput(payload: PassPayload): string {
  const { kid, pid, hh, nm, area, vf, vt, mo } = payload;
  const json = JSON.stringify({ kid, pid, hh, nm, area, vf, vt, mo });
  return `${PASS_TOKEN_PREFIX}.${toBase64Url(utf8.encode(json))}`;
}

export function passToken(signingInput: string, signature: Uint8Array): string {
  return `${signingInput}.${toBase64Url(signature)}`;
}

export function signingBytes(signingInput: string): Uint8Array {
  return utf8.encode(signingInput);
}

const isId = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) > 0;
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;

function asPayload(value: unknown): PassPayload | null {
  if (typeof value !== 'object' || value === null) return null;
  const p = value as Record<string, unknown>;
  const ok =
    isText(p.kid, 32) &&
    isId(p.pid) &&
    isId(p.hh) &&
    isText(p.nm, 50) &&
    isText(p.area, 60) &&
    isId(p.vf) &&
    isId(p.vt) &&
    isId(p.mo) &&
    p.vt > p.vf;
  return ok ? (p as unknown as PassPayload) : null;
}

/** The parts of a token, or null when it is not one (wrong prefix, broken encoding, missing fields). */
export function parsePassToken(token: string): ParsedPassToken | null {
  const text = token.trim();
  if (text.length > MAX_TOKEN_LENGTH) return null;
  const parts = text.split('.');
  if (parts.length !== 3 || parts[0] !== PASS_TOKEN_PREFIX) return null;
  const body = fromBase64Url(parts[1] ?? '');
  const signature = fromBase64Url(parts[2] ?? '');
  if (!body || signature?.length !== 64) return null;
  let payload: PassPayload | null;
  try {
    payload = asPayload(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body)));
  } catch {
    return null;
  }
  if (!payload) return null;
  return { payload, signed: utf8.encode(`${parts[0]}.${parts[1]}`), signature };
}

/**
 * Whether a token is a valid pass at `atSeconds`: well formed, signed by the platform (`genuine`: the
 * signature checks against the key its kid names), not revoked, within its validity. The payload is
 * given back whenever the signature holds, so a gate can still let a holder of an expired pass back in.
 */
export function judgePass(
  parsed: ParsedPassToken | null,
  genuine: boolean,
  atSeconds: number,
  isRevoked: (passId: number) => boolean,
): PassCheck {
  if (!parsed) return { valid: false, reason: 'malformed' };
  if (!genuine) return { valid: false, reason: 'forged' };
  const { payload } = parsed;
  if (isRevoked(payload.pid)) return { valid: false, reason: 'revoked', payload };
  if (atSeconds < payload.vf) return { valid: false, reason: 'not_yet_valid', payload };
  if (atSeconds >= payload.vt) return { valid: false, reason: 'expired', payload };
  return { valid: true, payload };
}
