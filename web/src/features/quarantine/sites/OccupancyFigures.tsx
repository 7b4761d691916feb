import { Flex, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Occupancy } from './api';

const FIGURES = ['rooms', 'beds', 'occupied', 'free', 'cleaning', 'outOfService', 'persons', 'freeBeds'] as const;

/** Rooms and beds by status, as a row of figures that wraps on a phone. */
export function OccupancyFigures({ occupancy }: { occupancy: Occupancy }) {
  const { t } = useTranslation();
  return (
    <Flex wrap gap={24}>
      {FIGURES.map((key) => (
        <Statistic key={key} title={t(`quarantine.occupancy.${key}`)} value={occupancy[key]} />
      ))}
    </Flex>
  );
}
