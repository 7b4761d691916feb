import type { ProtocolDocument } from './document.ts';

/**
 * What the schema cannot say about a protocol document: test days inside their stage, and risk levels
 * that come down to a lower level (or 'lifted'). Each problem names its place in the document.
 */
export function protocolProblems(document: ProtocolDocument): string[] {
  const problems: string[] = [];
  for (const [group, rules] of Object.entries(document.quarantine.groups)) {
    if (!rules) continue;
    if (rules.centralizedDays + rules.homeDays === 0) problems.push(`quarantine.groups.${group}: no days at all`);
    const late = rules.testDays.filter((day) => day > Math.max(rules.centralizedDays, rules.homeDays));
    if (late.length > 0) problems.push(`quarantine.groups.${group}.testDays: ${late.join(', ')} beyond the quarantine`);
    const lateHome = rules.homeTestDays.filter((day) => day > rules.homeDays);
    if (lateHome.length > 0)
      problems.push(`quarantine.groups.${group}.homeTestDays: ${lateHome.join(', ')} beyond the home stage`);
  }
  const levels = document.riskAreas.levels;
  for (const [level, rules] of Object.entries(levels)) {
    if (rules.next === null || rules.next === 'lifted') continue;
    const next = levels[rules.next];
    if (!next) problems.push(`riskAreas.levels.${level}.next: no level "${rules.next}"`);
    else if (next.rank >= rules.rank) problems.push(`riskAreas.levels.${level}.next: "${rules.next}" is not lower`);
  }
  if (Object.keys(levels).length === 0) problems.push('riskAreas.levels: none');
  return problems;
}
