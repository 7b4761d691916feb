export const healthStatusZhCN = {
  tab: '健康状态',
};
