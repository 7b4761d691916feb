import { Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { orDash } from '../../registry/orDash';
import { formatMinute } from '../../testing/time';
import type { AreaSummary } from './api';
import { LevelTag } from './LevelTag';
import { StatusTag } from './vocabulary';

/** The regions holding an area, below the city (its name would fill every row). */
export const regionPath = (names: string[]) => (names.length > 1 ? names.slice(1) : names).join(' / ');

export function useAreaColumns(): TableColumnsType<AreaSummary> {
  const { t } = useTranslation();
  return [
    {
      key: 'code',
      title: t('riskAreas.columns.code'),
      fixed: 'left',
      render: (_, area) => (
        <Link to={`/control/areas/${area.id}`} data-testid={`area-link-${area.id}`}>
          {area.code}
        </Link>
      ),
    },
    { key: 'name', title: t('riskAreas.columns.name'), dataIndex: 'name' },
    {
      key: 'level',
      title: t('riskAreas.columns.level'),
      render: (_, area) => <LevelTag label={area.levelLabel} closure={area.closure} />,
    },
    { key: 'status', title: t('riskAreas.columns.status'), render: (_, area) => <StatusTag status={area.status} /> },
    { key: 'kind', title: t('riskAreas.columns.kind'), render: (_, area) => t(`riskAreas.kind.${area.kind}`) },
    { key: 'region', title: t('riskAreas.columns.region'), render: (_, area) => regionPath(area.regionNames) },
    {
      key: 'since',
      title: t('riskAreas.columns.since'),
      render: (_, area) => (area.levelSince ? formatMinute(area.levelSince) : orDash(null)),
    },
    { key: 'households', title: t('riskAreas.columns.households'), dataIndex: 'households', align: 'right' },
    {
      key: 'pending',
      title: t('riskAreas.columns.pending'),
      render: (_, area) =>
        area.openChange && <Tag color="processing">{t(`riskAreas.changeKind.${area.openChange.kind}`)}</Tag>,
    },
  ];
}
