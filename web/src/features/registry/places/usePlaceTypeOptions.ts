import { useTranslation } from 'react-i18next';
import { placeTypes } from './api';
import type { PlaceType } from './api';

/** Place types in the current language, as Select options. */
export function usePlaceTypeOptions(): { value: PlaceType; label: string }[] {
  const { t } = useTranslation();
  return placeTypes.map((type) => ({ value: type, label: t(`registry.placeTypes.${type}`) }));
}
