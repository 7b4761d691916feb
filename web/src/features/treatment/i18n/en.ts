import type { treatmentZhCN } from './zh-CN';

export const treatmentEn: typeof treatmentZhCN = {
  tab: 'Treatment',
};
