import type { ReactNode } from 'react';
import { Flex, Typography } from 'antd';
import { formatMinute } from './time';

export type HistoryEntry = { key: string; at: string; tag: ReactNode; by: string | null; note: ReactNode };

/** A record's changes, oldest first: when, what it became, who, and why (a reason or a basis). */
export function HistoryList({ entries, testId }: { entries: HistoryEntry[]; testId?: string }) {
  if (entries.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Flex vertical gap={4} data-testid={testId}>
      {entries.map(({ key, at, tag, by, note }) => (
        <Flex key={key} wrap align="center" gap={8}>
          <Typography.Text type="secondary">{formatMinute(at)}</Typography.Text>
          {tag}
          {by && <Typography.Text>{by}</Typography.Text>}
          <Typography.Text type="secondary">{note}</Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}
