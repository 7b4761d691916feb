import { type Basis, basisOf } from './basis.ts';
import type { Closure, PassQuota, RiskLevelRules } from './document.ts';
import type { Protocol } from './protocol.repository.ts';

const DAY_MS = 86_400_000;

/** The rules of a level under a protocol, or null when the protocol has no such level. */
export function levelRules(protocol: Protocol, level: string): RiskLevelRules | null {
  return protocol.document.riskAreas.levels[level] ?? null;
}

/** The pass quota of a level (封控/管控 need passes), or null when its residents move freely. */
export function passQuota(
  protocol: Protocol,
  level: string,
): { closure: Closure; quota: PassQuota; basis: Basis } | null {
  const closure = levelRules(protocol, level)?.closure;
  if (!closure) return null;
  return { closure, quota: protocol.document.passes[closure], basis: basisOf(protocol, `passes.${closure}`) };
}

export interface AreaFacts {
  level: string;
  /** When the present level took effect. */
  levelSince: Date;
  /** True when the present level was reached by a downgrade. */
  reachedByDowngrade: boolean;
  /** The latest case whose residence lies in the area, or null. */
  lastCaseAt: Date | null;
  /** The end of the latest round in which every sampled person of the area tested negative, or null. */
  lastNegativeRoundAt: Date | null;
}

export interface Lifting {
  toLevel: string;
  /** When the clean days are over. */
  dueAt: Date;
  /** True when every criterion holds now: the platform proposes the change. */
  due: boolean;
  /** The criteria not yet met ('clean_days', 'negative_round'). */
  waitingFor: ('clean_days' | 'negative_round')[];
  basis: Basis;
}

/**
 * When and to what an area comes down under the protocol it follows (第九版: high → medium after 7 days
 * with no new case and a negative round on day 7; medium → low after 7 days, or 3 after a downgrade).
 * Null when the level comes down only by a person's decision.
 */
export function liftingOf(protocol: Protocol, facts: AreaFacts, now: Date): Lifting | null {
  const rules = levelRules(protocol, facts.level);
  if (!rules?.next) return null;
  const downgraded = facts.reachedByDowngrade && rules.cleanDaysAfterDowngrade !== undefined;
  const cleanDays = (downgraded ? rules.cleanDaysAfterDowngrade : rules.cleanDays) ?? 0;
  const rule = `riskAreas.levels.${facts.level}.${downgraded ? 'cleanDaysAfterDowngrade' : 'cleanDays'}`;
  const cleanSince = Math.max(facts.levelSince.getTime(), facts.lastCaseAt?.getTime() ?? 0);
  const dueAt = new Date(cleanSince + cleanDays * DAY_MS);
  const waitingFor: Lifting['waitingFor'] = [];
  if (now < dueAt) waitingFor.push('clean_days');
  if (rules.negativeRoundWithinDays !== undefined) {
    const earliest = Math.max(cleanSince, now.getTime() - rules.negativeRoundWithinDays * DAY_MS);
    const round = facts.lastNegativeRoundAt?.getTime();
    if (round === undefined || round < earliest) waitingFor.push('negative_round');
  }
  return { toLevel: rules.next, dueAt, due: waitingFor.length === 0, waitingFor, basis: basisOf(protocol, rule) };
}
