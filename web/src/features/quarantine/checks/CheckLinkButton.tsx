import { useState } from 'react';
import { Button, Flex, Modal, Spin, Typography } from 'antd';
import { QrcodeOutlined } from '@ant-design/icons';
import QRCode from 'qrcode';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../../app/hooks/useAction';
import { fetchCheckLink } from './api';

/** The signed self-check link of a quarantined person, as a QR code to scan and a link to send (audited). */
export function CheckLinkButton({ quarantineId, name }: { quarantineId: number; name: string }) {
  const { t } = useTranslation();
  const { run, busy } = useAction();
  const [link, setLink] = useState<{ url: string; image: string } | null>(null);
  const open = () =>
    run(async () => {
      const url = await fetchCheckLink(quarantineId);
      setLink({ url, image: await QRCode.toDataURL(url, { width: 240, margin: 1 }) });
    });
  return (
    <>
      <Button
        size="small"
        icon={<QrcodeOutlined />}
        loading={busy}
        onClick={() => void open()}
        data-testid={`check-link-${quarantineId}`}
      >
        {t('healthChecks.link.button')}
      </Button>
      <Modal
        open={link !== null}
        title={t('healthChecks.link.title', { name })}
        footer={null}
        onCancel={() => setLink(null)}
      >
        {link ? (
          <Flex vertical align="center" gap={8}>
            <img src={link.image} alt={link.url} width={240} height={240} />
            <Typography.Paragraph type="secondary">{t('healthChecks.link.hint')}</Typography.Paragraph>
            <Typography.Paragraph copyable data-testid="check-link-url">
              {link.url}
            </Typography.Paragraph>
          </Flex>
        ) : (
          <Spin />
        )}
      </Modal>
    </>
  );
}
