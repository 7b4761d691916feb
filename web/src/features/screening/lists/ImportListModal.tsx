import { useState } from 'react';
import { Button, Flex, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FileButton } from '../../../app/components/FileButton';
import { useAction } from '../../../app/hooks/useAction';
import { importListFile } from '../api';
import type { ImportReply, ScreeningList } from '../api';
import { ImportOutcomePanel } from './ImportOutcomePanel';

type Props = { list: ScreeningList | null; onClose: () => void; onImported: () => void };

/** Adds a list file's persons to a list as soon as the file is chosen, then shows what was taken and what not. */
export function ImportListModal({ list, onClose, onImported }: Props) {
  const { t } = useTranslation();
  const { run, busy } = useAction();
  const [outcome, setOutcome] = useState<ImportReply | null>(null);

  const upload = (listId: number, file: File) =>
    void run(async () => {
      const reply = await importListFile(listId, file);
      setOutcome(reply);
      onImported();
    });

  return (
    <Modal
      open={list !== null}
      title={list && t('screening.list.importTitle', { name: list.name })}
      onCancel={onClose}
      afterClose={() => setOutcome(null)}
      footer={<Button onClick={onClose}>{t('common.ok')}</Button>}
      width={640}
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('screening.list.importHint')}</Typography.Text>
        <FileButton
          label={t('screening.list.chooseFile')}
          onFile={(file) => list && upload(list.id, file)}
          busy={busy}
          testId="screening-import-file"
        />
        {outcome && <ImportOutcomePanel outcome={outcome} />}
      </Flex>
    </Modal>
  );
}
