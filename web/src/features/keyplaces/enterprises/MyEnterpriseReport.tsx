import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { MyUnitReports } from '../shared/MyUnitReports';
import { fetchMyEnterprises, fileEnterpriseReport, rateText } from './api';
import type { EnterpriseReportBody, MyEnterprises } from './api';

type Item = MyEnterprises['items'][number];
const figures = ['onDuty', 'workersBack', 'inClosedLoop', 'symptomatic', 'tested'] as const;

// Before the first report of the day the form starts from the ledger's figures.
const initial = ({ ledger, today }: Item): EnterpriseReportBody =>
  today ?? { onDuty: ledger.onDuty, workersBack: ledger.workersBack, inClosedLoop: 0, symptomatic: 0, tested: 0 };

/** For a unit's liaison: today's report of each enterprise they belong to, at the top of the tab. */
export function MyEnterpriseReport({ onFiled }: { onFiled: () => void }) {
  const { t } = useTranslation();
  const summary = ({ ledger, today }: Item, day: string) => (
    <>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('enterprises.mine.today', { day })} · {t('enterprises.field.headcount')} {ledger.headcount} ·{' '}
        {t('enterprises.field.attendanceRate')} {rateText(ledger.attendanceRate)}
      </Typography.Paragraph>
      {today && <Typography.Paragraph type="success">{t('enterprises.mine.filed')}</Typography.Paragraph>}
    </>
  );
  return (
    <MyUnitReports
      ns="enterprises"
      formName="myReport"
      fetchMine={fetchMyEnterprises}
      fileReport={fileEnterpriseReport}
      figures={figures}
      initial={initial}
      summary={summary}
      onFiled={onFiled}
    />
  );
}
