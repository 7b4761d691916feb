import { useCallback } from 'react';
import { Descriptions, Modal, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../app/format';
import { useFetch } from '../../../app/hooks/useFetch';
import { fetchSale } from './api';

/** One sale with the buyer's identifiers (in full where the user may read them so); the view is audited. */
export function SaleDetailModal({ saleId, onClose }: { saleId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const load = useCallback((signal: AbortSignal) => fetchSale(saleId, signal), [saleId]);
  const { data } = useFetch(load);
  return (
    <Modal open title={t('pharmacies.detail')} onCancel={onClose} footer={null}>
      {data ? (
        <Descriptions column={1} size="small" bordered>
          <Descriptions.Item label={t('pharmacies.pharmacy')}>{data.pharmacy.name}</Descriptions.Item>
          <Descriptions.Item label={t('pharmacies.buyerName')}>{data.buyerName}</Descriptions.Item>
          <Descriptions.Item label={t('pharmacies.idNumber')}>{data.idNumber}</Descriptions.Item>
          <Descriptions.Item label={t('pharmacies.phone')}>{data.phone}</Descriptions.Item>
          <Descriptions.Item label={t('pharmacies.drugName')}>
            {data.drugName}（{t(`pharmacies.categories.${data.category}`)} × {data.quantity}）
          </Descriptions.Item>
          <Descriptions.Item label={t('pharmacies.soldAt')}>{formatDateTime(data.soldAt)}</Descriptions.Item>
          <Descriptions.Item label={t('pharmacies.dueAt')}>{formatDateTime(data.dueAt)}</Descriptions.Item>
          <Descriptions.Item label={t('pharmacies.followUp')}>
            {t(`screening.statuses.${data.followUp.status}`)} · {data.followUp.grid?.name ?? t('pharmacies.unassigned')}
          </Descriptions.Item>
          <Descriptions.Item label={t('pharmacies.recordedBy')}>{data.recordedBy}</Descriptions.Item>
        </Descriptions>
      ) : (
        <Skeleton active />
      )}
    </Modal>
  );
}
