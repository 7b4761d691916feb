import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportStatus } from './api';

const COLORS: Record<ImportStatus, string> = {
  queued: 'default',
  running: 'processing',
  done: 'success',
  failed: 'error',
};

export function RunStatusTag({ status }: { status: ImportStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`registry.statuses.${status}`)}</Tag>;
}
