import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { QueuedEvent } from './queue';

/** Where one scan stands: waiting on the phone, with the server, or refused (and why). */
export function StatusTag({ event }: { event: QueuedEvent }) {
  const { t } = useTranslation();
  if (event.status === 'rejected')
    return (
      <Tag color="error">{event.reason ? t(`sampling.reasons.${event.reason}`) : t('sampling.status.rejected')}</Tag>
    );
  if (event.status === 'pending') return <Tag color="processing">{t('sampling.status.pending')}</Tag>;
  if (event.warning) return <Tag color="warning">{t('sampling.warnings.already_sampled')}</Tag>;
  return <Tag color="success">{t('sampling.status.synced')}</Tag>;
}
