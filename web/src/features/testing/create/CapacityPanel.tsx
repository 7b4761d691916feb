import { Alert, Card, Flex, Statistic, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { planCapacity } from '../../../../../server/src/modules/testing/capacity.ts';
import { formatCount } from '../../registry/formatCount';
import type { PointRow } from './PointsField';
import { useTargetPopulation } from './useTargetPopulation';
import type { TargetChoice } from './useTargetPopulation';

type Props = {
  regionIds: number[];
  target: TargetChoice;
  window: [Dayjs, Dayjs] | null;
  points: PointRow[];
};

const statistic = { content: { fontSize: 18 } };

/**
 * The planner's answer for the round as filled in so far (the server's own arithmetic): what the population
 * needs, and whether the planned tables finish within the window.
 */
export function CapacityPanel({ regionIds, target, window, points }: Props) {
  const { t } = useTranslation();
  const { population, loading } = useTargetPopulation(regionIds, target);
  const windowHours = window ? Math.max(0, window[1].diff(window[0], 'minute') / 60) : 0;
  const plannedTables = points.reduce((sum, point) => sum + point.tables, 0);
  const plan = population === null ? null : planCapacity(population, windowHours, plannedTables);
  const known = (value: number | undefined) =>
    value === undefined || !Number.isFinite(value) ? t('testing.capacity.unknown') : formatCount(value);

  return (
    <Card type="inner" size="small" title={t('testing.capacity.title')} data-testid="capacity-panel">
      <Flex wrap gap={24}>
        <Statistic
          title={t('testing.capacity.population')}
          value={population === null ? t('testing.capacity.unknown') : formatCount(population)}
          loading={loading}
          styles={statistic}
          data-testid="capacity-population"
        />
        <Statistic title={t('testing.capacity.windowHours')} value={known(windowHours)} styles={statistic} />
        <Statistic title={t('testing.capacity.recommendedPoints')} value={known(plan?.points)} styles={statistic} />
        <Statistic title={t('testing.capacity.recommendedTables')} value={known(plan?.tables)} styles={statistic} />
        <Statistic title={t('testing.capacity.swabbers')} value={known(plan?.swabbers)} styles={statistic} />
        <Statistic title={t('testing.capacity.plannedTables')} value={formatCount(plannedTables)} styles={statistic} />
        <Statistic
          title={t('testing.capacity.hoursNeeded')}
          value={plannedTables > 0 ? known(plan?.hoursNeeded) : t('testing.capacity.unknown')}
          styles={{ content: { ...statistic.content, color: plan?.tooSlow ? '#cf1322' : undefined } }}
        />
      </Flex>
      {plan && population !== null && population > 0 && plannedTables === 0 && (
        <Alert type="warning" showIcon title={t('testing.capacity.noTables')} style={{ marginTop: 12 }} />
      )}
      {plan?.tooSlow && plannedTables > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="capacity-too-slow"
          title={t('testing.capacity.tooSlow', {
            tables: formatCount(plannedTables),
            hours: formatCount(plan.hoursNeeded),
            window: formatCount(Math.round(windowHours * 10) / 10),
          })}
          style={{ marginTop: 12 }}
        />
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
        {t('testing.capacity.assumptions')}
      </Typography.Paragraph>
    </Card>
  );
}
