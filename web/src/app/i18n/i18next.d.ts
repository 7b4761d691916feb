import type { zhCN } from './zh-CN';

// Typed resources make t() reject keys that do not exist.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN };
  }
}
