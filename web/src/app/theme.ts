import type { ThemeConfig } from 'antd';

/** A sober government-blue look; readable outdoors on a phone. */
export const appTheme: ThemeConfig = {
  token: {
    colorPrimary: '#1d4ed8',
    borderRadius: 6,
    fontSize: 14,
  },
  components: {
    Layout: { headerHeight: 56 },
  },
};
