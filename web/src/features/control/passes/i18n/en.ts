import type { passesZhCN } from './zh-CN';

export const passesEn: typeof passesZhCN = {
  tab: 'Passes',
};
