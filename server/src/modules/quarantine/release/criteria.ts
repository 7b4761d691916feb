import { type Basis, basisOf } from '../../protocol/basis.ts';
import type { Protocol } from '../../protocol/protocol.repository.ts';
import type { TestResult, TestStage } from '../checks/vocabulary.ts';

export const releaseCriteria = ['period', 'last_test', 'alerts'] as const;
export type ReleaseCriterion = (typeof releaseCriteria)[number];

/** What release is judged on, read at the moment of the decision. */
export interface ReleaseFacts {
  groupKey: string;
  plannedEnd: Date;
  /** The last scheduled test, or null when the group has none. */
  lastTest: { dueDate: string; stage: TestStage; day: number; result: TestResult | null } | null;
  /** Kinds of the open alerts that hold a release back (fever, positive). */
  openAlerts: string[];
}

export interface CriterionState {
  criterion: ReleaseCriterion;
  ok: boolean;
  reasonZh: string | null;
  reasonEn: string | null;
  basis: Basis | null;
}

const stageWords = { centralized: ['集中隔离', 'centralized'], home: ['居家', 'home'] } as const;
const alertWords: Record<string, readonly [string, string]> = {
  fever: ['发热', 'fever'],
  positive: ['核酸阳性', 'positive test'],
};

/**
 * Each release criterion for a quarantine (DOMAIN "Quarantine"): the planned period is over, the last
 * scheduled test is negative where the protocol demands it, and no fever or positive alert is open.
 * `formatTime` writes the planned end as the reader's zone shows it.
 */
export function judgeRelease(
  protocol: Protocol,
  facts: ReleaseFacts,
  now: Date,
  formatTime: (d: Date) => string,
): CriterionState[] {
  const rules = protocol.document.quarantine;
  const early = now < facts.plannedEnd;
  const end = formatTime(facts.plannedEnd);
  const test = facts.lastTest;
  const unmet = rules.releaseNeedsNegativeLastTest && test !== null && test.result !== 'negative' ? test : null;
  const [stageZh, stageEn] = unmet ? stageWords[unmet.stage] : ['', ''];
  const alerts = facts.openAlerts.map((kind) => alertWords[kind] ?? [kind, kind]);
  return [
    {
      criterion: 'period',
      ok: !early,
      reasonZh: early ? `隔离期未满，应于 ${end} 后解除` : null,
      reasonEn: early ? `Early release: the quarantine runs until ${end}` : null,
      basis: basisOf(protocol, `quarantine.groups.${facts.groupKey}`),
    },
    {
      criterion: 'last_test',
      ok: unmet === null,
      reasonZh: unmet ? `最后一次核酸检测（${stageZh}第 ${unmet.day} 天，${unmet.dueDate}）尚无阴性结果` : null,
      reasonEn: unmet
        ? `The last scheduled test (${stageEn} day ${unmet.day}, ${unmet.dueDate}) has no negative result`
        : null,
      basis: basisOf(protocol, 'quarantine.releaseNeedsNegativeLastTest'),
    },
    {
      criterion: 'alerts',
      ok: alerts.length === 0,
      reasonZh: alerts.length ? `尚有未处理的${alerts.map((w) => w[0]).join('、')}预警` : null,
      reasonEn: alerts.length ? `An open ${alerts.map((w) => w[1]).join(' and ')} alert is not dealt with` : null,
      basis: null,
    },
  ];
}
