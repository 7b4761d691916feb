import { type SpecialNeedsTag, specialNeedsTags } from './vocabulary.ts';

/** The labels ledgers use for each special-needs tag (the tag keys themselves are accepted too). */
export const tagLabels: Record<SpecialNeedsTag, { zh: string; en: string; aliases: string[] }> = {
  elderly_alone: { zh: '独居老人', en: 'Elderly living alone', aliases: ['空巢老人', '孤寡老人'] },
  minor_alone: { zh: '留守未成年人', en: 'Minor alone', aliases: ['留守儿童', '独居未成年人'] },
  pregnant: { zh: '孕产妇', en: 'Pregnant', aliases: ['孕妇'] },
  disabled: { zh: '残疾人', en: 'Disabled', aliases: ['残障人士'] },
  dialysis: { zh: '血液透析', en: 'Dialysis', aliases: ['透析'] },
  chemotherapy: { zh: '放化疗', en: 'Chemotherapy', aliases: ['化疗', '放疗'] },
  psychiatric: { zh: '严重精神障碍', en: 'Psychiatric', aliases: ['精神障碍', '精神病'] },
  other: { zh: '其他', en: 'Other', aliases: [] },
};

const byLabel = new Map<string, SpecialNeedsTag>(
  specialNeedsTags.flatMap((tag) =>
    [tag, tagLabels[tag].zh, tagLabels[tag].en.toLowerCase(), ...tagLabels[tag].aliases].map(
      (label) => [label, tag] as const,
    ),
  ),
);

/** Parses "独居老人、残疾人" (separated by 、，,;/ or spaces) into sorted tag keys, or null if a label is unknown. */
export function parseTags(text: string): SpecialNeedsTag[] | null {
  const labels = text
    .split(/[、，,;；/\s]+/)
    .map((label) => label.trim())
    .filter(Boolean);
  const tags = new Set<SpecialNeedsTag>();
  for (const label of labels) {
    const tag = byLabel.get(label) ?? byLabel.get(label.toLowerCase());
    if (!tag) return null;
    tags.add(tag);
  }
  return [...tags].sort();
}
