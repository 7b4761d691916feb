import { List, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { type EntryStatus, recentEntries } from './entrylog';
import { useEntryLog } from './useEntryLog';

const statusColor: Record<EntryStatus, string> = { pending: 'processing', synced: 'success', refused: 'error' };
const latest = () => recentEntries(8);

/** The latest entries of this phone with what became of each. */
export function RecentEntries() {
  const { t } = useTranslation();
  const entries = useEntryLog(latest) ?? [];
  return (
    <List
      size="small"
      header={<Typography.Text strong>{t('checkpoints.recent')}</Typography.Text>}
      dataSource={entries}
      data-testid="checkpoint-recent"
      renderItem={({ entry, status, reason }) => (
        <List.Item key={entry.entryId}>
          <span>
            {dayjs(entry.at).format('HH:mm')} {t(`checkpoints.directions.${entry.direction}`)}{' '}
            <b>{entry.plate ?? t('checkpoints.walkIn')}</b> × {entry.persons}
          </span>
          <Tag color={statusColor[status]}>
            {reason ? t(`checkpoints.reasons.${reason}`) : t(`checkpoints.statuses.${status}`)}
          </Tag>
        </List.Item>
      )}
    />
  );
}
