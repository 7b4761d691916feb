export const riskAreasZhCN = {
  tab: '风险区',
};
