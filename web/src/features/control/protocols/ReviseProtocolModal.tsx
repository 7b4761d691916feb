import { useState } from 'react';
import { Alert, App, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../app/api/client';
import { useNotifyError } from '../../../app/hooks/useNotifyError';
import type { FieldError } from '../../../app/api/client';
import { reviseProtocol } from './api';
import type { Protocol } from './api';

type Problem = { detail: string; errors: FieldError[] };

/**
 * Edits a protocol's whole document as JSON and saves it as the next version, in force. The server
 * validates it; its reasons (and each field's message) are shown under the text, which stays as typed.
 */
export function ReviseProtocolModal({
  protocol,
  nextVersion,
  onClose,
  onSaved,
}: {
  protocol: Protocol;
  nextVersion: number;
  onClose: () => void;
  onSaved: (saved: Protocol) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const [text, setText] = useState(() => JSON.stringify(protocol.document, null, 2));
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    let document: unknown;
    try {
      document = JSON.parse(text);
    } catch (error) {
      setProblem({ detail: t('protocols.revise.invalidJson', { reason: (error as Error).message }), errors: [] });
      return;
    }
    setBusy(true);
    try {
      const saved = await reviseProtocol(protocol.code, document);
      void message.success(t('protocols.revise.saved', { version: saved.version }));
      onSaved(saved);
    } catch (error) {
      if (error instanceof ApiError) setProblem({ detail: error.detail, errors: error.errors });
      else notifyError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      width={860}
      title={t('protocols.revise.title', { name: protocol.name })}
      okText={t('protocols.revise.save')}
      okButtonProps={{ loading: busy }}
      onOk={() => void save()}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      <Typography.Paragraph type="secondary">
        {t('protocols.revise.hint', { version: nextVersion })}
      </Typography.Paragraph>
      <Input.TextArea
        value={text}
        onChange={(event) => setText(event.target.value)}
        autoSize={{ minRows: 16, maxRows: 28 }}
        spellCheck={false}
        style={{ fontFamily: 'monospace', fontSize: 12 }}
        data-testid="revise-json"
      />
      {problem && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 12 }}
          title={problem.errors.length > 0 ? t('protocols.revise.problems') : problem.detail}
          description={
            problem.errors.length > 0 && (
              <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="revise-problems">
                {problem.errors.map((e) => (
                  <li key={`${e.path}:${e.message}`}>
                    <code>{e.path}</code> {e.message}
                  </li>
                ))}
              </ul>
            )
          }
          data-testid="revise-problem"
        />
      )}
    </Modal>
  );
}
