import { describe, expect, it } from 'vitest';
import { systemActor } from './actor.ts';
import { cachedActor, forgetActors } from './actor-cache.ts';

describe('actor cache', () => {
  it('should share one lookup among concurrent requests and keep it until forgotten', async () => {
    let lookups = 0;
    const lookup = async () => {
      lookups += 1;
      return systemActor;
    };
    const [a, b] = await Promise.all([cachedActor('s:1', lookup), cachedActor('s:1', lookup)]);
    expect([a, b, lookups]).toEqual([systemActor, systemActor, 1]);
    await cachedActor('s:1', lookup);
    expect(lookups).toBe(1);
    forgetActors();
    await cachedActor('s:1', lookup);
    expect(lookups).toBe(2);
  });

  it('should not keep a failed lookup', async () => {
    await expect(cachedActor('s:2', () => Promise.reject(new Error('db down')))).rejects.toThrow('db down');
    expect(await cachedActor('s:2', async () => null)).toBeNull();
  });
});
