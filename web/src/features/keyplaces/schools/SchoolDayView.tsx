import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { figureColumn, UnitDayView } from '../shared/UnitDayView';
import { fetchSchoolDay, schoolDayUrl } from './api';
import type { SchoolDay } from './api';

type Row = SchoolDay['items'][number];
type Figure = 'present' | 'absentIll' | 'fever';

function useColumns(): TableColumnsType<Row> {
  const { t } = useTranslation();
  const figure = (key: Figure) => figureColumn<Row, Figure>(key, t(`schools.field.${key}`));
  return [
    { key: 'status', title: t('schools.field.status'), render: (_, r) => t(`schools.status.${r.status}`) },
    { key: 'students', title: t('schools.field.students'), dataIndex: 'students', align: 'right' },
    figure('present'),
    figure('absentIll'),
    figure('fever'),
  ];
}

/** A region's schools on a day: who reported their health figures and who has not; .xlsx export. */
export function SchoolDayView({ version }: { version: number }) {
  const { t } = useTranslation();
  return (
    <UnitDayView
      ns="schools"
      fetchDay={fetchSchoolDay}
      dayUrl={schoolDayUrl}
      columns={useColumns()}
      version={version}
      totals={(totals) => [
        { key: 'present', label: t('schools.field.present'), children: totals.present },
        { key: 'absentIll', label: t('schools.field.absentIll'), children: totals.absentIll },
        { key: 'fever', label: t('schools.field.fever'), children: totals.fever },
      ]}
    />
  );
}
