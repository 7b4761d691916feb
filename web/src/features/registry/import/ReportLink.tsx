import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { reportUrl } from './api';
import type { ImportRun } from './api';

/** The rejected rows and why, as a spreadsheet; only runs that rejected rows have one. */
export function ReportLink({ run }: { run: ImportRun }) {
  const { t } = useTranslation();
  if (run.rejected === 0) return null;
  return (
    <a href={reportUrl(run.id)} download>
      <DownloadOutlined /> {t('registry.import.report')}
    </a>
  );
}
