import type { healthStatusZhCN } from './zh-CN';

export const healthStatusEn: typeof healthStatusZhCN = {
  tab: 'Health status',
};
