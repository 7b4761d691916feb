import { useState } from 'react';
import { Button, Card, Flex, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../../app/hooks/useAction';
import { PhotoButton } from '../inspections/PhotoButton';
import { answerOrder, uploadResponsePhoto, verifyOrder } from './api';
import type { OrderDetail } from './api';

type Props = { order: OrderDetail; onChanged: () => void };

/** The unit answers on a phone: what was done, then photos of it (while the answer awaits verification). */
export function AnswerCard({ order, onChanged }: Props) {
  const { t } = useTranslation();
  const { run, busy } = useAction();
  const [text, setText] = useState('');
  return (
    <Card size="small" title={t('rectification.answer.title')} data-testid="order-answer">
      <Flex vertical gap={8}>
        <Input.TextArea
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t('rectification.answer.textHint')}
          autoSize={{ minRows: 3 }}
          maxLength={4000}
          data-testid="order-answer-text"
        />
        <Button
          type="primary"
          size="large"
          block
          disabled={!text.trim()}
          loading={busy}
          onClick={() =>
            void run(async () => {
              await answerOrder(order.id, text.trim());
              setText('');
              onChanged();
            })
          }
          data-testid="order-answer-submit"
        >
          {t('rectification.answer.submit')}
        </Button>
      </Flex>
    </Card>
  );
}

/** Photos of the answer, added by the unit until the supervisor verifies it. */
export function AnswerPhotoButton({ order, onChanged }: Props) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={4}>
      <PhotoButton
        label={t('rectification.answer.photo')}
        upload={(file) => uploadResponsePhoto(order.id, file)}
        onUploaded={onChanged}
        testId="order-answer-photo"
      />
      <Typography.Text type="secondary">{t('rectification.answer.photoHint')}</Typography.Text>
    </Flex>
  );
}

/** The supervisor closes the order (销号) or sends it back with what is still missing. */
export function VerifyCard({ order, onChanged }: Props) {
  const { t } = useTranslation();
  const { run, busy } = useAction();
  const [note, setNote] = useState('');
  const decide = (verdict: 'close' | 'return') =>
    void run(async () => {
      await verifyOrder(order.id, { verdict, ...(note.trim() ? { note: note.trim() } : {}) });
      setNote('');
      onChanged();
    });
  return (
    <Card size="small" title={t('rectification.verify.title')} data-testid="order-verify">
      <Flex vertical gap={8}>
        <Input.TextArea
          value={note}
          onChange={(e) => setNote(e.target.value)}
          placeholder={t('rectification.verify.note')}
          autoSize={{ minRows: 2 }}
          maxLength={2000}
        />
        <Flex wrap gap={8}>
          <Button type="primary" loading={busy} onClick={() => decide('close')} data-testid="order-close">
            {t('rectification.verify.close')}
          </Button>
          <Button
            danger
            loading={busy}
            disabled={!note.trim()}
            title={note.trim() ? undefined : t('rectification.verify.noteRequired')}
            onClick={() => decide('return')}
            data-testid="order-return"
          >
            {t('rectification.verify.return')}
          </Button>
        </Flex>
      </Flex>
    </Card>
  );
}
