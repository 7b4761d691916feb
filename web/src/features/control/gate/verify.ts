import { verifyAsync } from '@noble/ed25519';
import {
  judgePass,
  type ParsedPassToken,
  type PassCheck,
  parsePassToken,
} from '../../../../../server/src/modules/passes/pass-token.ts';

/** The platform's pass-signing public key, as the gate keeps it. */
export interface GateKey {
  kid: string;
  publicKey: Uint8Array;
}

export type SignatureCheck = (signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array) => boolean;

/** A token that names the gate's key (another kid is a key this gate does not trust). */
const underKey = (parsed: ParsedPassToken | null, key: GateKey): parsed is ParsedPassToken =>
  parsed !== null && parsed.payload.kid === key.kid;

/** Whether a token's signature holds under the gate's key, checked by `verify` (synchronous: the bench's). */
export function genuineWith(parsed: ParsedPassToken | null, key: GateKey, verify: SignatureCheck): boolean {
  return underKey(parsed, key) && verify(parsed.signature, parsed.signed, key.publicKey);
}

/**
 * The gate's offline check of a pass: the same parse and judgement the server makes, with the signature
 * checked on the phone (@noble/ed25519 over the browser's SHA-512) against the cached key and the
 * cached revocations.
 */
export async function checkPassOffline(
  token: string,
  key: GateKey,
  isRevoked: (passId: number) => boolean,
  now = Date.now(),
): Promise<PassCheck> {
  const parsed = parsePassToken(token);
  const genuine =
    underKey(parsed, key) && (await verifyAsync(parsed.signature, parsed.signed, key.publicKey).catch(() => false));
  return judgePass(parsed, genuine, Math.floor(now / 1000), isRevoked);
}
