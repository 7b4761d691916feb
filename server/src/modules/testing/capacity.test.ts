import { describe, expect, it } from 'vitest';
import { planCapacity } from './capacity.ts';

describe('the capacity planner', () => {
  it('should size a 10-million city for a 24-hour round as DOMAIN.md does', () => {
    const plan = planCapacity(10_000_000, 24);
    expect(plan.points).toBe(4_000);
    expect(plan.tables).toBe(14_286);
    // ≈ population ÷ 360 for 24 hours (27,800 in DOMAIN.md).
    expect(plan.swabbers).toBe(27_778);
    expect(plan.tooSlow).toBe(false);
  });

  it('should warn when the planned tables cannot finish within the window', () => {
    const plan = planCapacity(200_000, 12, 100);
    expect(plan.hoursNeeded).toBeCloseTo(26.7, 1);
    expect(plan.tooSlow).toBe(true);
    expect(planCapacity(200_000, 12, 300).tooSlow).toBe(false);
  });
});
