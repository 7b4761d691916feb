import { createHash, createPrivateKey, createPublicKey, type KeyObject, sign, verify } from 'node:crypto';
import type { Db, Executor } from '../../core/db/database.ts';
import { platformKey } from '../../core/keys.ts';
import {
  type ParsedPassToken,
  type PassPayload,
  passSigningInput,
  passToken,
  signingBytes,
  toBase64Url,
} from './pass-token.ts';

const KEY_NAME = 'pass-ed25519';
// An Ed25519 private key in PKCS #8 DER is this fixed header followed by the 32-byte seed (RFC 8410).
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export interface PassKey {
  kid: string;
  /** The raw 32-byte public key, as gates keep it. */
  publicKey: Uint8Array;
  privateKey: KeyObject;
  publicKeyObject: KeyObject;
}

function keyFromSeed(seed: Buffer): PassKey {
  const privateKey = createPrivateKey({
    key: Buffer.concat([PKCS8_ED25519_PREFIX, seed.subarray(0, 32)]),
    format: 'der',
    type: 'pkcs8',
  });
  const publicKeyObject = createPublicKey(privateKey);
  // The SPKI DER of an Ed25519 key ends with the raw key.
  const publicKey = new Uint8Array(publicKeyObject.export({ format: 'der', type: 'spki' }).subarray(-32));
  const kid = toBase64Url(createHash('sha256').update(publicKey).digest().subarray(0, 8));
  return { kid, publicKey, privateKey, publicKeyObject };
}

/** The installation's pass-signing key, derived from its seed in platform_key (made on first use). */
export async function passKey(db: Executor): Promise<PassKey> {
  return keyFromSeed(await platformKey(db, KEY_NAME));
}

/** A signed token for the payload (its kid must be the key's). */
export function signPass(key: PassKey, payload: PassPayload): string {
  const input = passSigningInput(payload);
  return passToken(input, new Uint8Array(sign(null, signingBytes(input), key.privateKey)));
}

// Public keys by kid, per database (a test run opens several): read once, and again only for an unknown kid.
const knownKeys = new WeakMap<Db, Map<string, KeyObject>>();

async function publicKeyOf(db: Db, kid: string): Promise<KeyObject | null> {
  const known = knownKeys.get(db) ?? new Map<string, KeyObject>();
  const hit = known.get(kid);
  if (hit) return hit;
  const key = await passKey(db);
  known.set(key.kid, key.publicKeyObject);
  knownKeys.set(db, known);
  return known.get(kid) ?? null;
}

/** Whether the token's signature holds under the platform key its kid names. */
export async function isGenuine(db: Db, parsed: ParsedPassToken | null): Promise<boolean> {
  if (!parsed) return false;
  const key = await publicKeyOf(db, parsed.payload.kid);
  return key !== null && verify(null, parsed.signed, key, parsed.signature);
}
