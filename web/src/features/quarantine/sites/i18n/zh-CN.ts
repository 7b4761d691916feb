export const quarantineZhCN = {
  tab: '隔离点',
};
