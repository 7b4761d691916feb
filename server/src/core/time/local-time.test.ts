import { describe, expect, it } from 'vitest';
import { parseLedgerTime } from './local-time.ts';

const shanghai = (text: string) => parseLedgerTime(text, 'Asia/Shanghai')?.toISOString() ?? null;

describe('ledger times', () => {
  it('should read wall-clock times in the platform zone', () => {
    expect(shanghai('2022-05-01 10:20')).toBe('2022-05-01T02:20:00.000Z');
    expect(shanghai('2022/5/1 10:20:30')).toBe('2022-05-01T02:20:30.000Z');
    expect(shanghai('2022年5月1日')).toBe('2022-04-30T16:00:00.000Z');
  });

  it('should keep an explicit offset and read Excel serial days', () => {
    expect(shanghai('2022-05-01T10:20:00+08:00')).toBe('2022-05-01T02:20:00.000Z');
    expect(shanghai('2022-05-01T02:20:00Z')).toBe('2022-05-01T02:20:00.000Z');
    expect(shanghai('44682.5')).toBe('2022-05-01T04:00:00.000Z');
  });

  it('should follow daylight saving in zones that have it', () => {
    expect(parseLedgerTime('2022-07-01 12:00', 'Europe/Berlin')?.toISOString()).toBe('2022-07-01T10:00:00.000Z');
    expect(parseLedgerTime('2022-01-01 12:00', 'Europe/Berlin')?.toISOString()).toBe('2022-01-01T11:00:00.000Z');
  });

  it('should refuse what is not a time', () => {
    expect(shanghai('2022-02-30 10:00')).toBeNull();
    expect(shanghai('25:00')).toBeNull();
    expect(shanghai('2022-05-01 24:10')).toBeNull();
    expect(shanghai('明天')).toBeNull();
    expect(shanghai('')).toBeNull();
  });
});
