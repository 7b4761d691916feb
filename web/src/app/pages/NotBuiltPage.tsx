import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ModuleKey } from '../layout/navigation';

/** Stands in for a module until it exists: says so plainly instead of showing made-up data. */
export function NotBuiltPage({ module }: { module: ModuleKey }) {
  const { t } = useTranslation();
  return (
    <Result
      status="info"
      title={t('pages.notBuilt')}
      subTitle={t('pages.notBuiltModule', { name: t(`modules.${module}`) })}
    />
  );
}
