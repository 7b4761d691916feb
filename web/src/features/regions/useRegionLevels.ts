import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { cacheOnce } from '../../app/api/cacheOnce';
import { useFetch } from '../../app/hooks/useFetch';
import { getLanguage } from '../../app/i18n';
import { fetchRegionLevels } from './api';
import type { RegionLevel } from './api';

const NONE: RegionLevel[] = [];

const loadLevels = cacheOnce(fetchRegionLevels);

/** The region levels, and their names in the current language (levels are data, not code). */
export function useRegionLevels() {
  // Subscribes to language changes, which change the names.
  useTranslation();
  const { data } = useFetch(loadLevels);
  const levels = data ?? NONE;
  const english = getLanguage() === 'en';
  const levelName = useCallback(
    (key: string): string => {
      const level = levels.find((candidate) => candidate.key === key);
      if (!level) return key;
      return english ? level.nameEn : level.nameZh;
    },
    [levels, english],
  );
  return { levels, levelName };
}
