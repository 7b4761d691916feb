export const passesZhCN = {
  tab: '通行证',
};
