import type { quarantineZhCN } from './zh-CN';

export const quarantineEn: typeof quarantineZhCN = {
  tab: 'Isolation sites',
};
