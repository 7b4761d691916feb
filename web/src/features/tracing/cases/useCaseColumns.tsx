import { Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { orDash } from '../../registry/orDash';
import type { CaseListItem } from '../api';
import { formatMinute } from '../time';
import { BreachedTags, ClassificationTag } from '../vocabulary';

/** The case list's columns; ID numbers arrive masked. A cluster's tag narrows the list to it. */
export function useCaseColumns(onCluster: (clusterId: number) => void): TableColumnsType<CaseListItem> {
  const { t } = useTranslation();
  return [
    {
      key: 'code',
      title: t('tracing.case.code'),
      fixed: 'left',
      render: (_, item) => (
        <Link to={`/tracing/cases/${item.id}`} data-testid={`case-link-${item.id}`}>
          {item.code}
        </Link>
      ),
    },
    { key: 'name', title: t('tracing.case.name'), dataIndex: 'name' },
    { key: 'idNumber', title: t('tracing.case.idNumber'), dataIndex: 'idNumber' },
    {
      key: 'classification',
      title: t('tracing.case.classification'),
      render: (_, item) => <ClassificationTag classification={item.classification} />,
    },
    {
      key: 'foundVia',
      title: t('tracing.case.foundVia'),
      render: (_, item) => t(`tracing.foundVias.${item.foundVia}`),
    },
    { key: 'region', title: t('tracing.case.region'), render: (_, item) => orDash(item.region?.name ?? null) },
    { key: 'onsetDate', title: t('tracing.case.onsetDate'), render: (_, item) => orDash(item.onsetDate) },
    { key: 'foundAt', title: t('tracing.case.foundAt'), render: (_, item) => formatMinute(item.foundAt) },
    {
      key: 'reportedAt',
      title: t('tracing.case.reportedAt'),
      render: (_, item) => (item.reportedAt ? formatMinute(item.reportedAt) : orDash(null)),
    },
    { key: 'contacts', title: t('tracing.case.contacts'), dataIndex: 'contacts', align: 'right' },
    {
      key: 'breached',
      title: t('tracing.case.breached'),
      render: (_, item) => <BreachedTags breached={item.breached} />,
    },
    {
      key: 'cluster',
      title: t('tracing.case.cluster'),
      render: (_, { cluster, generation }) =>
        cluster || generation !== null ? (
          <>
            {cluster && (
              <Tag color="purple" style={{ cursor: 'pointer' }} onClick={() => onCluster(cluster.id)}>
                {cluster.name}
              </Tag>
            )}
            {generation !== null && t('tracing.case.generationValue', { generation })}
          </>
        ) : (
          orDash(null)
        ),
    },
  ];
}
