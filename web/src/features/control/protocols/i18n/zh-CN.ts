export const protocolsZhCN = {
  tab: '防控方案',
};
