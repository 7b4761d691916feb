import { Alert, Button, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export type Secret = { title: string; value: string; testId: string };

type Props = { secret: Secret | null; onClose: () => void };

/** Shows a generated password or token the one time the server reveals it, with a copy button. */
export function SecretModal({ secret, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      open={secret !== null}
      title={secret?.title}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('common.ok')}
        </Button>
      }
    >
      <Alert type="warning" showIcon title={t('accounts.secretOnce')} style={{ marginBottom: 16 }} />
      {secret && (
        <Typography.Paragraph code copyable={{ text: secret.value }} style={{ fontSize: 18, wordBreak: 'break-all' }}>
          <span data-testid={secret.testId}>{secret.value}</span>
        </Typography.Paragraph>
      )}
    </Modal>
  );
}
