import { Type } from '@sinclair/typebox';
import { levelRules } from '../protocol/risk-levels.ts';
import type { Protocol } from '../protocol/protocol.repository.ts';

/** A level's name in both languages, as published (风险区名单) and shown. */
export const LevelLabel = Type.Object({ zh: Type.String(), en: Type.String() });
export type LevelLabel = { zh: string; en: string };

// The names of the shipped protocols' levels (第九版 and 二十条: high/medium/low; 第八版: 封控/管控/防范).
// A protocol revised with a level of its own is shown by its key until it is named here.
const labels: Record<string, LevelLabel> = {
  high: { zh: '高风险区', en: 'High risk' },
  medium: { zh: '中风险区', en: 'Medium risk' },
  low: { zh: '低风险区', en: 'Low risk' },
  sealed: { zh: '封控区', en: 'Sealed area' },
  controlled: { zh: '管控区', en: 'Controlled area' },
  precaution: { zh: '防范区', en: 'Precaution area' },
  lifted: { zh: '解除', en: 'Lifted' },
};

export const levelLabel = (level: string): LevelLabel => labels[level] ?? { zh: level, en: level };

/** The levels of a protocol, strictest first, with their names and rules (what a level select offers). */
export function levelsOf(protocol: Protocol) {
  return Object.keys(protocol.document.riskAreas.levels)
    .map((key) => ({ key, label: levelLabel(key), ...levelRules(protocol, key)! }))
    .sort((a, b) => b.rank - a.rank);
}

/** The keys a level may be, strictest first, for the message that refuses another. */
export const levelKeys = (protocol: Protocol): string =>
  levelsOf(protocol)
    .map((level) => level.key)
    .join(', ');

/** The stored form of a target level: null is the lifting of the area ('lifted' in a protocol's `next`). */
export const storedLevel = (level: string | null): string | null => (level === 'lifted' ? null : level);
