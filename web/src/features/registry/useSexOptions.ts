import { useTranslation } from 'react-i18next';
import type { ResidentListItem } from './api';

type Sex = ResidentListItem['sex'];

const SEXES: Sex[] = ['M', 'F'];

/** 男/女 as Select options. */
export function useSexOptions(): { value: Sex; label: string }[] {
  const { t } = useTranslation();
  return SEXES.map((sex) => ({ value: sex, label: t(`registry.resident.${sex}`) }));
}
