import { Card, Empty, List, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { displayPerson } from './codes';
import type { QueuedEvent } from './queue';
import { StatusTag } from './StatusTag';
import { useProblems } from './useQueue';

/** Scans the server refused (with why), and stored ones it warned about: for the sampler to follow up. */
export function ProblemsList() {
  const { t } = useTranslation();
  const problems = useProblems() ?? [];
  return (
    <Card size="small" title={t('sampling.problems.title')} data-testid="sampling-problems">
      {problems.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('sampling.problems.none')} />
      ) : (
        <List<QueuedEvent>
          size="small"
          dataSource={problems}
          rowKey="scanId"
          renderItem={(event) => (
            <List.Item extra={<StatusTag event={event} />}>
              <List.Item.Meta
                title={
                  <Typography.Text style={{ fontFamily: 'monospace' }}>
                    {event.kind === 'seal'
                      ? t('sampling.problems.seal', { tube: event.tube })
                      : t('sampling.problems.sample', {
                          tube: event.tube,
                          person: event.person ? displayPerson(event.person) : '—',
                        })}
                  </Typography.Text>
                }
                description={dayjs(event.at).format('MM-DD HH:mm:ss')}
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
