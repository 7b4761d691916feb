import type { healthChecksZhCN } from './zh-CN';

export const healthChecksEn: typeof healthChecksZhCN = {
  tab: 'Health checks',
};
