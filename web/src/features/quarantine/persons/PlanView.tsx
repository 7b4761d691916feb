import { List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMinute } from '../../tracing/time';
import { BasisText } from '../sites/BasisText';
import type { Plan } from './api';

/** The plan of a quarantine: each test day and the end dates, every one with the rule it comes from. */
export function PlanView({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const ends = [
    ...(plan.centralizedUntil ? [{ label: t('quarantine.detail.centralizedUntil'), at: plan.centralizedUntil }] : []),
    { label: t('quarantine.detail.plannedEnd'), at: plan.plannedEnd },
  ];
  return (
    <List
      size="small"
      data-testid="plan"
      dataSource={[
        ...plan.tests.map((test) => ({
          key: `${test.stage}-${test.day}`,
          title: `${test.date} · ${t('quarantine.detail.testDay', { stage: t(`quarantine.detail.stages.${test.stage}`), day: test.day })}`,
          basis: test.basis,
        })),
        ...ends.map((end) => ({ key: end.label, title: `${end.label} ${formatMinute(end.at)}`, basis: plan.basis })),
      ]}
      renderItem={(item) => (
        <List.Item key={item.key}>
          <div>
            <Typography.Text>{item.title}</Typography.Text>
            <div>
              <BasisText basis={item.basis} />
            </div>
          </div>
        </List.Item>
      )}
    />
  );
}
