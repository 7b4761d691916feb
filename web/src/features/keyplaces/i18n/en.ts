import type { keyPlacesZhCN } from './zh-CN';

export const keyPlacesEn: typeof keyPlacesZhCN = {
  tabs: {
    enterprises: 'Enterprises',
    schools: 'Schools',
    checkpoints: 'Checkpoints',
    pharmacies: 'Pharmacies',
  },
};
