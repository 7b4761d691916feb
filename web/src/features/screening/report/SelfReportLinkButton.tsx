import { useState } from 'react';
import { Button, Flex, Modal, QRCode, Typography } from 'antd';
import { QrcodeOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { SELF_REPORT_PATH } from '../api';

/** The address of the public self-report page, as a link and a QR code for grid workers to share or post. */
export function SelfReportLinkButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const url = new URL(SELF_REPORT_PATH, window.location.origin).toString();
  return (
    <>
      <Button size="small" icon={<QrcodeOutlined />} onClick={() => setOpen(true)} data-testid="self-report-entry">
        {t('screening.selfReport.entry')}
      </Button>
      <Modal open={open} title={t('screening.selfReport.entry')} footer={null} onCancel={() => setOpen(false)}>
        <Flex vertical align="center" gap={12}>
          <Typography.Text type="secondary">{t('screening.selfReport.entryHint')}</Typography.Text>
          <QRCode value={url} size={200} />
          <Typography.Link href={url} target="_blank" copyable data-testid="self-report-url">
            {url}
          </Typography.Link>
        </Flex>
      </Modal>
    </>
  );
}
