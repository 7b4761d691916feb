export const keyPlacesZhCN = {
  tabs: {
    enterprises: '企业',
    schools: '学校',
    checkpoints: '卡口',
    pharmacies: '药店',
  },
};
