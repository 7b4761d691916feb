import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { enterprisesZhCN } from './i18n/zh-CN';
import { figureColumn, UnitDayView } from '../shared/UnitDayView';
import { enterpriseDayUrl, fetchEnterpriseDay, rateText } from './api';
import type { EnterpriseDay } from './api';
import { ClosedLoopTag } from './LedgerTags';

type Row = EnterpriseDay['items'][number];
type Figure = 'onDuty' | 'workersBack' | 'inClosedLoop' | 'symptomatic' | 'tested';

function useColumns(): TableColumnsType<Row> {
  const { t } = useTranslation();
  const f = (key: keyof typeof enterprisesZhCN.field) => t(`enterprises.field.${key}`);
  const figure = (key: Figure) => figureColumn<Row, Figure>(key, f(key));
  return [
    { key: 'headcount', title: f('headcount'), dataIndex: 'headcount', align: 'right' },
    figure('workersBack'),
    figure('onDuty'),
    { key: 'attendanceRate', title: f('attendanceRate'), align: 'right', render: (_, r) => rateText(r.attendanceRate) },
    figure('inClosedLoop'),
    figure('symptomatic'),
    figure('tested'),
    { key: 'closedLoop', title: f('closedLoop'), render: (_, r) => <ClosedLoopTag status={r.closedLoop} /> },
    { key: 'liaison', title: f('liaisonName'), render: (_, r) => r.liaisonName ?? '' },
  ];
}

/** A region's enterprises on a day: who reported, who has not, 到岗率 and the totals; .xlsx export. */
export function DayView({ version }: { version: number }) {
  const { t } = useTranslation();
  return (
    <UnitDayView
      ns="enterprises"
      fetchDay={fetchEnterpriseDay}
      dayUrl={enterpriseDayUrl}
      columns={useColumns()}
      missingFilterLabel={t('enterprises.onlyMissing')}
      version={version}
      totals={(totals) => [
        { key: 'rate', label: t('enterprises.field.attendanceRate'), children: rateText(totals.attendanceRate) },
        { key: 'onDuty', label: t('enterprises.field.onDuty'), children: totals.onDuty },
        { key: 'workersBack', label: t('enterprises.field.workersBack'), children: totals.workersBack },
        { key: 'symptomatic', label: t('enterprises.field.symptomatic'), children: totals.symptomatic },
        { key: 'tested', label: t('enterprises.field.tested'), children: totals.tested },
      ]}
    />
  );
}
