import type { protocolsZhCN } from './zh-CN';

export const protocolsEn: typeof protocolsZhCN = {
  tab: 'Protocols',
};
