import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** A check slot's name: morning and afternoon when there are two a day, else "check n". */
export function useSlotLabel(): (slot: number, perDay: number) => string {
  const { t } = useTranslation();
  return useCallback(
    (slot: number, perDay: number) => {
      if (perDay === 2) return slot === 0 ? t('healthChecks.slot.morning') : t('healthChecks.slot.afternoon');
      return t('healthChecks.slot.nth', { n: slot + 1 });
    },
    [t],
  );
}
