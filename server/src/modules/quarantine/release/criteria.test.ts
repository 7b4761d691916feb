import { describe, expect, it } from 'vitest';
import type { Protocol } from '../../protocol/protocol.repository.ts';
import { judgeRelease, type ReleaseFacts } from './criteria.ts';

// Only the quarantine part of the document is read by the release rules.
const protocol = (releaseNeedsNegativeLastTest: boolean) =>
  ({
    id: 3,
    code: 'v9',
    name: '第九版防控方案',
    version: 1,
    active: true,
    createdAt: '2022-06-28T00:00:00Z',
    document: { quarantine: { groups: {}, checksPerDay: 2, feverCelsius: 37.3, releaseNeedsNegativeLastTest } },
  }) as unknown as Protocol;

const facts = (over: Partial<ReleaseFacts> = {}): ReleaseFacts => ({
  groupKey: 'close_contact',
  plannedEnd: new Date('2022-05-11T02:00:00Z'),
  lastTest: { dueDate: '2022-05-10', stage: 'home', day: 3, result: 'negative' },
  openAlerts: [],
  ...over,
});
const now = new Date('2022-05-11T03:00:00Z');
const format = (d: Date) => d.toISOString().slice(0, 16);
const failing = (p: Protocol, f: ReleaseFacts, at = now) =>
  judgeRelease(p, f, at, format)
    .filter((c) => !c.ok)
    .map((c) => c.criterion);

describe('release criteria', () => {
  it('should hold when the period is over, the last test negative and no alert open', () => {
    const criteria = judgeRelease(protocol(true), facts(), now, format);
    expect(criteria.every((c) => c.ok)).toBe(true);
    expect(criteria[0]?.basis).toMatchObject({ protocol: 'v9', rule: 'quarantine.groups.close_contact' });
  });

  it('should refuse an early release, naming the planned end', () => {
    const [period] = judgeRelease(protocol(true), facts(), new Date('2022-05-10T03:00:00Z'), format);
    expect(period).toMatchObject({ ok: false, criterion: 'period' });
    expect(period?.reasonZh).toContain('2022-05-11T02:00');
  });

  it('should want a negative last test only where the protocol asks for one', () => {
    const pending = facts({ lastTest: { dueDate: '2022-05-10', stage: 'home', day: 3, result: null } });
    expect(failing(protocol(true), pending)).toEqual(['last_test']);
    expect(failing(protocol(false), pending)).toEqual([]);
    expect(failing(protocol(true), facts({ lastTest: null }))).toEqual([]);
  });

  it('should name each open fever or positive alert', () => {
    const [, , alerts] = judgeRelease(protocol(true), facts({ openAlerts: ['fever', 'positive'] }), now, format);
    expect(alerts).toMatchObject({ ok: false, reasonZh: '尚有未处理的发热、核酸阳性预警' });
  });
});
