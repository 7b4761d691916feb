import { Button, Card, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMinute } from '../../tracing/time';
import { ClassificationTag } from '../../tracing/vocabulary';
import type { PendingTransfer } from '../api';

type Props = {
  transfers: PendingTransfer[];
  /** Admits the transfer's case; absent for users who only read. */
  onAdmit: ((transfer: PendingTransfer) => void) | undefined;
};

/**
 * Quarantined persons sent to a hospital and not admitted yet. A person without a case waits for the
 * tracing group to open one: the hospital admits cases, not persons.
 */
export function PendingTransfers({ transfers, onAdmit }: Props) {
  const { t } = useTranslation();
  if (transfers.length === 0) return null;
  return (
    <Card size="small" title={t('treatment.transfers.title')} style={{ marginBottom: 16 }} data-testid="transfers">
      <List<PendingTransfer>
        dataSource={transfers}
        rowKey="id"
        renderItem={(transfer) => (
          <List.Item
            data-testid={`transfer-${transfer.id}`}
            actions={
              onAdmit && transfer.case
                ? [
                    <Button key="admit" size="small" type="primary" onClick={() => onAdmit(transfer)}>
                      {t('treatment.transfers.admit')}
                    </Button>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              title={
                <>
                  {transfer.name}{' '}
                  {transfer.idNumber && <Typography.Text type="secondary">{transfer.idNumber}</Typography.Text>}{' '}
                  {transfer.case && <ClassificationTag classification={transfer.case.classification} />}
                </>
              }
              description={[
                transfer.hospital.name,
                `${t('treatment.transfers.requestedAt')} ${formatMinute(transfer.requestedAt)}`,
                `${t('treatment.transfers.reason')}：${transfer.reason}`,
                transfer.case ? transfer.case.code : t('treatment.transfers.noCase'),
              ].join(' · ')}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
