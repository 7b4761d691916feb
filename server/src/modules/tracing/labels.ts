import type { ContactStatus, Milestone } from './vocabulary.ts';

/** [zh-CN, en] words for messages: an error names things the way the reader's interface does. */
type Words = readonly [string, string];

export const milestoneWords: Record<Milestone, Words> = {
  reported: ['报告', 'report'],
  isolated: ['隔离', 'isolation'],
  treated: ['就诊', 'treatment'],
  onSite: ['流调到场', 'investigators on site'],
  coreFacts: ['核心信息', 'core facts'],
  investigationReported: ['流调报告', 'investigation report'],
};

export const statusWords: Record<ContactStatus | 'open' | 'confirmed' | 'dismissed' | 'decided', Words> = {
  identified: ['已判定', 'identified'],
  notified: ['已通知', 'notified'],
  under_measure: ['已管控', 'under a measure'],
  released: ['已解除', 'released'],
  open: ['待确认', 'open'],
  confirmed: ['已确认', 'confirmed'],
  dismissed: ['已排除', 'dismissed'],
  decided: ['已处理', 'decided'],
};

/** Message parameters `<name>Zh` and `<name>En` for each word pair. */
export function wordParams(words: Record<string, Words>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(words).flatMap(([name, [zh, en]]) => [
      [`${name}Zh`, zh],
      [`${name}En`, en],
    ]),
  );
}
