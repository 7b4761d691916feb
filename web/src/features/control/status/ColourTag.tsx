import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Colour } from './api';

const TAG_COLOURS: Record<Colour, string> = { green: 'green', yellow: 'gold', red: 'red' };

/** A health-code colour as a tag, named in the reader's language. */
export function ColourTag({ colour }: { colour: Colour }) {
  const { t } = useTranslation();
  return <Tag color={TAG_COLOURS[colour]}>{t(`healthStatus.colours.${colour}`)}</Tag>;
}

/** The facts (or the override) a status rests on, as words. */
export function ReasonList({ reasons }: { reasons: readonly string[] }) {
  const { t } = useTranslation();
  if (reasons.length === 0) return <>—</>;
  return <>{reasons.map((reason) => t(`healthStatus.reasons.${reason}`, { defaultValue: reason })).join('、')}</>;
}
