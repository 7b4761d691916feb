import type { riskAreasZhCN } from './zh-CN';

export const riskAreasEn: typeof riskAreasZhCN = {
  tab: 'Risk areas',
};
