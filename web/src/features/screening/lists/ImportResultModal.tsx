import { Button, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportReply } from '../api';
import { ImportOutcomePanel } from './ImportOutcomePanel';

/** The outcome of a list just created, until the user has read it. */
export function ImportResultModal({ reply, onClose }: { reply: ImportReply | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      open={reply !== null}
      title={reply && t('screening.list.resultTitle', { name: reply.list.name })}
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose} data-testid="screening-result-close">
          {t('common.ok')}
        </Button>
      }
      width={640}
    >
      {reply && <ImportOutcomePanel outcome={reply} />}
    </Modal>
  );
}
