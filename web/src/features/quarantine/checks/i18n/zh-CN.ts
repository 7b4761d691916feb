export const healthChecksZhCN = {
  tab: '健康监测',
};
