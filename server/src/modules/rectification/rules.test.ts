import { describe, expect, it } from 'vitest';
import { defaultDeadline, displayNumber, orderNumber } from './rules.ts';

describe('rectification rules', () => {
  const issued = new Date('2026-03-02T09:00:00Z');

  it('should give a critical problem a day, a major one three days and a minor one a week', () => {
    expect(defaultDeadline('critical', issued).toISOString()).toBe('2026-03-03T09:00:00.000Z');
    expect(defaultDeadline('major', issued).toISOString()).toBe('2026-03-05T09:00:00.000Z');
    expect(defaultDeadline('minor', issued).toISOString()).toBe('2026-03-09T09:00:00.000Z');
  });

  it('should store numbers that sort as issued and print them the official way', () => {
    expect(orderNumber(2026, 17)).toBe('2026-000017');
    expect(orderNumber(2026, 9) < orderNumber(2026, 10)).toBe(true);
    expect(displayNumber('2026-000017')).toBe('交办〔2026〕第0017号');
    expect(displayNumber('2027-012345')).toBe('交办〔2027〕第12345号');
  });
});
