import type { HealthFact, HealthStatusRules } from './document.ts';

export type HealthColour = 'green' | 'yellow' | 'red';

/**
 * A person's health status from the facts that hold for them, by the protocol's rule: red if any red fact
 * holds, else yellow if any yellow fact does, else green. The reasons are the facts that decided it.
 * The SQL recomputation (health status module) applies the same rule; tests hold the two together.
 */
export function healthColour(
  rules: HealthStatusRules,
  facts: ReadonlySet<HealthFact>,
): { colour: HealthColour; reasons: HealthFact[] } {
  const red = rules.red.filter((fact) => facts.has(fact));
  if (red.length > 0) return { colour: 'red', reasons: red };
  const yellow = rules.yellow.filter((fact) => facts.has(fact));
  if (yellow.length > 0) return { colour: 'yellow', reasons: yellow };
  return { colour: 'green', reasons: [] };
}
