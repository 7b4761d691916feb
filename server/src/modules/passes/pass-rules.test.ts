import { describe, expect, it } from 'vitest';
import { fromBase64Url, judgePass, parsePassToken, passSigningInput, passToken, toBase64Url } from './pass-token.ts';
import { quotaUse } from './quota.ts';

const payload = { kid: 'k1', pid: 7, hh: 3, nm: '张*丰', area: 'FX-1', vf: 1_000, vt: 2_000, mo: 120 };
const token = passToken(passSigningInput(payload), new Uint8Array(64).fill(9));
const never = () => false;

describe('pass tokens as rules', () => {
  it('should read back what it wrote, Chinese included, and nothing else', () => {
    const bytes = new Uint8Array([0, 255, 62, 63, 250]);
    expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
    expect(fromBase64Url('a+b/')).toBeNull();
    expect(parsePassToken(`  ${token}\n`)?.payload).toEqual(payload);
    expect(parsePassToken(token.replace(/\.[^.]+$/, '.AAAA'))).toBeNull(); // a signature of 3 bytes
    const missing = passToken(passSigningInput({ ...payload, mo: 0 }), new Uint8Array(64));
    expect(parsePassToken(missing)).toBeNull();
  });

  it('should judge in order: malformed, forged, revoked, not yet valid, expired', () => {
    const parsed = parsePassToken(token);
    expect(judgePass(null, true, 1_500, never)).toEqual({ valid: false, reason: 'malformed' });
    expect(judgePass(parsed, false, 1_500, never)).toEqual({ valid: false, reason: 'forged' });
    expect(judgePass(parsed, true, 5_000, (id) => id === 7)).toMatchObject({ reason: 'revoked' });
    expect(judgePass(parsed, true, 999, never)).toMatchObject({ reason: 'not_yet_valid' });
    expect(judgePass(parsed, true, 2_000, never)).toMatchObject({ reason: 'expired' });
    expect(judgePass(parsed, true, 1_000, never)).toEqual({ valid: true, payload });
  });
});

describe('pass quota as a rule', () => {
  const day = (n: number) => new Date(Date.UTC(2022, 3, 1) + n * 86_400_000);
  const quota = { persons: 1, everyDays: 2, maxHoursOut: 2 };

  it('should count passes starting less than everyDays before or after, and say when the next may start', () => {
    expect(quotaUse([], quota, day(0))).toEqual({ used: 0, nextAt: null });
    expect(quotaUse([day(0)], quota, day(1.9))).toEqual({ used: 1, nextAt: day(2) });
    expect(quotaUse([day(0)], quota, day(2))).toEqual({ used: 0, nextAt: null });
    // A pass booked ahead blocks the days before it too.
    expect(quotaUse([day(3)], quota, day(1.5))).toEqual({ used: 1, nextAt: day(5) });
  });

  it('should allow as many persons as the quota names', () => {
    const two = { ...quota, persons: 2 };
    expect(quotaUse([day(0)], two, day(1)).nextAt).toBeNull();
    expect(quotaUse([day(0), day(0.5)], two, day(1))).toEqual({ used: 2, nextAt: day(2) });
  });
});
