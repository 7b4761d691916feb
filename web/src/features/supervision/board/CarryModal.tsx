import { useState } from 'react';
import { Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../../app/hooks/useAction';
import { carryOrder } from '../orders/api';
import type { BoardRow } from '../orders/api';

type Props = { row: BoardRow | null; day: string | undefined; onClose: () => void; onCarried: () => void };

/** Carries an open problem to the next day: the reason is required (每日出清). */
export function CarryModal({ row, day, onClose, onCarried }: Props) {
  const { t } = useTranslation();
  const { run, busy } = useAction();
  const [reason, setReason] = useState('');
  return (
    <Modal
      open={row !== null}
      title={row ? t('rectification.board.carryTitle', { number: row.displayNumber }) : ''}
      okText={t('rectification.board.carry')}
      okButtonProps={{ disabled: !reason.trim(), loading: busy }}
      onCancel={onClose}
      onOk={() =>
        void run(async () => {
          if (!row) return;
          await carryOrder(row.orderId, reason.trim(), day);
          setReason('');
          onCarried();
        })
      }
      destroyOnHidden
    >
      <Input.TextArea
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        placeholder={t('rectification.board.carryReasonHint')}
        autoSize={{ minRows: 2 }}
        maxLength={500}
        data-testid="carry-reason"
      />
    </Modal>
  );
}
