import type { ThemeConfig } from 'antd';

/**
 * Whether the device asks for less motion (a system setting many field staff with older phones turn on).
 * Read once at start: the setting rarely changes while the app is open.
 */
const reducedMotion = typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** A sober government-blue look; readable outdoors on a phone. Without animations when the device asks. */
export const appTheme: ThemeConfig = {
  token: {
    colorPrimary: '#1d4ed8',
    borderRadius: 6,
    fontSize: 14,
    motion: !reducedMotion,
  },
  components: {
    Layout: { headerHeight: 56 },
  },
};
