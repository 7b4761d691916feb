import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LevelLabel } from './api';

/** A level's name in the reader's language (the server names each level in both). */
export function useLevelName(): (label: LevelLabel) => string {
  const { i18n } = useTranslation();
  return (label) => (i18n.language === 'en' ? label.en : label.zh);
}

// 封控 (sealed) red, 管控 (controlled) orange, open levels blue: the colours of published lists.
const closureColors: Record<string, string> = { sealed: 'red', controlled: 'orange' };

/** A risk level as a coloured tag. */
export function LevelTag({ label, closure }: { label: LevelLabel; closure: string | null }) {
  const levelName = useLevelName();
  return <Tag color={closure ? (closureColors[closure] ?? 'gold') : 'blue'}>{levelName(label)}</Tag>;
}
