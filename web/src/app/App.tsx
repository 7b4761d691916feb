import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useTranslation } from 'react-i18next';
import { BrowserRouter } from 'react-router-dom';
import { AuthProvider } from './auth/AuthProvider';
import { getLanguage } from './i18n';
import { AppRoutes } from './router';
import { appTheme } from './theme';

export function App() {
  // Re-renders on language change, so antd's own texts (pagers, pickers) follow.
  useTranslation();
  return (
    <ConfigProvider theme={appTheme} locale={getLanguage() === 'en' ? enUS : zhCN}>
      <AntApp>
        {/* Without transitions a navigation renders at once (see LoginPage), and lazy pages show a spinner. */}
        <BrowserRouter useTransitions={false}>
          <AuthProvider>
            <AppRoutes />
          </AuthProvider>
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  );
}
