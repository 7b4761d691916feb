import { Button, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatCount } from '../../registry/formatCount';
import { formatMinute } from '../../testing/time';
import type { KeyPersonFilter, ScreeningList } from '../api';
import { personsPath } from '../persons/filterSearch';

type CountKey = Exclude<keyof ScreeningList['counts'], 'overdue' | 'unassigned'>;
const COUNTS: CountKey[] = ['total', 'pending', 'foundTested', 'underMeasure', 'notFound'];

type AlarmProps = { count: number; to: KeyPersonFilter; type: 'danger' | 'warning'; testId: string };

/** A count that needs someone's attention: a link to those persons when there are any. */
function AlarmCount({ count, to, type, testId }: AlarmProps) {
  if (count === 0) return formatCount(0);
  return (
    <Link to={personsPath(to)} data-testid={testId}>
      <Typography.Text type={type} strong>
        {formatCount(count)}
      </Typography.Text>
    </Link>
  );
}

/** The lists table's columns: counts per status, the overdue and unplaced linking to those persons. */
export function useListColumns(
  canManage: boolean,
  onImport: (list: ScreeningList) => void,
): TableColumnsType<ScreeningList> {
  const { t } = useTranslation();
  return [
    {
      key: 'name',
      title: t('screening.list.name'),
      render: (_, list) => (
        <Link to={personsPath({ listId: list.id })} data-testid={`screening-list-link-${list.id}`}>
          {list.name}
        </Link>
      ),
    },
    { key: 'source', title: t('screening.list.source'), render: (_, list) => t(`screening.sources.${list.source}`) },
    { key: 'region', title: t('screening.list.region'), render: (_, list) => list.region.name },
    { key: 'createdAt', title: t('screening.list.createdAt'), render: (_, list) => formatMinute(list.createdAt) },
    ...COUNTS.map((key) => ({
      key,
      title: t(`screening.list.${key}`),
      align: 'right' as const,
      render: (_: unknown, list: ScreeningList) => formatCount(list.counts[key]),
    })),
    {
      key: 'overdue',
      title: t('screening.list.overdue'),
      align: 'right',
      render: (_, list) => (
        <AlarmCount
          count={list.counts.overdue}
          to={{ listId: list.id, overdue: true }}
          type="danger"
          testId={`screening-list-overdue-${list.id}`}
        />
      ),
    },
    {
      key: 'unassigned',
      title: t('screening.list.unassigned'),
      align: 'right',
      render: (_, list) => (
        <AlarmCount
          count={list.counts.unassigned}
          to={{ listId: list.id, gridId: 0 }}
          type="warning"
          testId={`screening-list-unassigned-${list.id}`}
        />
      ),
    },
    ...(canManage
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            // Self-report lists fill from the public page only, pharmacy buyers' from the pharmacy register.
            render: (_: unknown, list: ScreeningList) =>
              list.source === 'self_report' || list.source === 'pharmacy_purchase' ? null : (
                <Button
                  size="small"
                  icon={<UploadOutlined />}
                  onClick={() => onImport(list)}
                  data-testid={`screening-list-import-${list.id}`}
                >
                  {t('screening.list.import')}
                </Button>
              ),
          },
        ]
      : []),
  ];
}
