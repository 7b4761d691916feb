export const treatmentZhCN = {
  tab: '医疗救治',
};
