import { Card, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFetch } from '../../../app/hooks/useFetch';
import { formatMinute } from '../../testing/time';
import { fetchPending } from './api';
import { LevelTag, useLevelName } from './LevelTag';

/** Changes awaiting the user's decision (not their own), oldest first; each is decided on the area's page. */
export function PendingChanges() {
  const { t } = useTranslation();
  const levelName = useLevelName();
  const { data } = useFetch(fetchPending);
  if (!data || data.length === 0) return null;
  return (
    <Card size="small" title={t('riskAreas.pending.title', { count: data.length })} data-testid="pending-changes">
      <List
        size="small"
        dataSource={data}
        renderItem={({ change, area }) => (
          <List.Item
            extra={
              <Link to={`/control/areas/${area.id}`} data-testid={`pending-${change.id}`}>
                {t('riskAreas.pending.view')}
              </Link>
            }
          >
            <Typography.Text>
              {area.code} {area.name} <LevelTag label={area.levelLabel} closure={area.closure} />
              {t(`riskAreas.changeKind.${change.kind}`)}
              {change.toLevelLabel && ` → ${levelName(change.toLevelLabel)}`}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
              {change.proposedBy ? change.proposedBy.name : t('riskAreas.pending.platform')} ·{' '}
              {formatMinute(change.proposedAt)}
            </Typography.Text>
          </List.Item>
        )}
      />
    </Card>
  );
}
