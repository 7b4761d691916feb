import { useTranslation } from 'react-i18next';
import { getLanguage } from '../../app/i18n';
import { tagLabels } from '../../../../server/src/modules/registry/tags.ts';
import { specialNeedsTags } from '../../../../server/src/modules/registry/vocabulary.ts';
import type { SpecialNeedsTag } from './api';

/** Special-needs tags in the current language, one by one and as Select options. */
export function useTagLabels() {
  // Subscribes to language changes, which change the labels.
  useTranslation();
  const english = getLanguage() === 'en';
  const tagLabel = (tag: SpecialNeedsTag): string => (english ? tagLabels[tag].en : tagLabels[tag].zh);
  const tagOptions = specialNeedsTags.map((tag) => ({ value: tag, label: tagLabel(tag) }));
  return { tagLabel, tagOptions };
}
