import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RunStatus } from './useWatchedRun';

const COLORS: Record<RunStatus, string> = {
  queued: 'default',
  running: 'processing',
  done: 'success',
  failed: 'error',
};

/** The state of an import or export run. */
export function RunStatusTag({ status }: { status: RunStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`registry.statuses.${status}`)}</Tag>;
}
