import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMinute } from '../../tracing/time';
import type { AdmissionDetail, Severity } from '../api';
import { SeverityTag } from '../vocabulary';

const COLORS: Record<Severity, string> = { mild: 'green', moderate: 'blue', severe: 'orange', critical: 'red' };

/** The patient's severity from admission on, newest last, with the bed each assessment put them in. */
export function SeverityTimeline({ entries }: { entries: AdmissionDetail['severities'] }) {
  const { t } = useTranslation();
  return (
    <Timeline
      data-testid="severity-timeline"
      items={entries.map((entry, index) => ({
        key: index,
        color: COLORS[entry.severity],
        content: (
          <>
            <Typography.Text strong>{formatMinute(entry.at)}</Typography.Text> <SeverityTag severity={entry.severity} />
            {t(`treatment.bedLevels.${entry.bedLevel}`)}
            {entry.by && <Typography.Text type="secondary"> · {entry.by}</Typography.Text>}
            {entry.note && <div>{entry.note}</div>}
          </>
        ),
      }))}
    />
  );
}
