import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { getLanguage, setLanguage } from '../i18n';
import type { Language } from '../i18n';

// Each language is named in itself, so it can be found whatever is showing now.
const OPTIONS: { value: Language; label: string }[] = [
  { value: 'zh-CN', label: '中文' },
  { value: 'en', label: 'English' },
];

export function LanguageSwitch() {
  // Subscribes to language changes so the control re-renders.
  useTranslation();
  return (
    <Segmented<Language>
      size="small"
      options={OPTIONS}
      value={getLanguage()}
      onChange={(language) => void setLanguage(language)}
    />
  );
}
