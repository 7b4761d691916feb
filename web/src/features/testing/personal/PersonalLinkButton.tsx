import { useState } from 'react';
import { Button, Modal, Typography } from 'antd';
import { QrcodeOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api } from '../../../app/api/client';
import { useNotifyError } from '../../../app/hooks/useNotifyError';

/**
 * The link to a resident's own page (their code and results), for their grid worker to send them.
 * Issuing it is audited by the server.
 */
export function PersonalLinkButton({ residentId }: { residentId: number }) {
  const { t } = useTranslation();
  const notifyError = useNotifyError();
  const [link, setLink] = useState<string | null>(null);
  const issue = async () => {
    try {
      const { path } = await api.get<{ path: string }>(`/testing/personal-links/${residentId}`);
      setLink(new URL(path, window.location.origin).toString());
    } catch (error) {
      notifyError(error);
    }
  };
  return (
    <>
      <Button icon={<QrcodeOutlined />} onClick={() => void issue()} data-testid="personal-link">
        {t('testing.personal.link')}
      </Button>
      <Modal open={link !== null} title={t('testing.personal.link')} footer={null} onCancel={() => setLink(null)}>
        <Typography.Paragraph type="secondary">{t('testing.personal.linkHint')}</Typography.Paragraph>
        <Typography.Paragraph copyable data-testid="personal-link-url">
          {link}
        </Typography.Paragraph>
      </Modal>
    </>
  );
}
