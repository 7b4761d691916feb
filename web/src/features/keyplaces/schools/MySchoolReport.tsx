import { useTranslation } from 'react-i18next';
import { MyUnitReports } from '../shared/MyUnitReports';
import { fetchMySchools, fileSchoolReport } from './api';
import type { MySchools, SchoolReportBody } from './api';

type Item = MySchools['items'][number];
const figures = ['present', 'absentIll', 'fever'] as const;

const initial = ({ today }: Item): SchoolReportBody => today ?? { present: 0, absentIll: 0, fever: 0 };

/** For a school's liaison: today's health report of each school they belong to, at the top of the tab. */
export function MySchoolReport({ onFiled }: { onFiled: () => void }) {
  const { t } = useTranslation();
  return (
    <MyUnitReports
      ns="schools"
      formName="mySchoolReport"
      fetchMine={fetchMySchools}
      fileReport={fileSchoolReport}
      figures={figures}
      initial={initial}
      summary={(_, day) => <p>{t('schools.mine.today', { day })}</p>}
      onFiled={onFiled}
    />
  );
}
