import { useEffect, useState } from 'react';
import { Button, Descriptions, Flex, Modal, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import QRCode from 'qrcode';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../app/format';
import type { PassView } from './api';

// Printing shows the card alone, whatever else is on the page.
const PRINT_CSS = `@media print {
  body * { visibility: hidden; }
  .fk-pass-print, .fk-pass-print * { visibility: visible; }
  .fk-pass-print { position: absolute; left: 0; top: 0; width: 100%; }
}`;

/** The pass as the holder carries it: QR code, masked name, area, validity, the time out allowed. */
export function PassCard({ pass, token, onClose }: { pass: PassView; token: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [qr, setQr] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    // Medium error correction: a printed code read by a phone camera under a gate's lights.
    void QRCode.toDataURL(token, { width: 320, margin: 2, errorCorrectionLevel: 'M' }).then((url) => {
      if (live) setQr(url);
    });
    return () => {
      live = false;
    };
  }, [token]);

  return (
    <Modal
      open
      title={t('passes.card.title')}
      onCancel={onClose}
      footer={[
        <Button key="print" type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('passes.card.print')}
        </Button>,
      ]}
      width={440}
    >
      <style>{PRINT_CSS}</style>
      <Flex vertical align="center" gap={8} className="fk-pass-print" data-testid="pass-card">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('passes.card.title')}
        </Typography.Title>
        {qr && <img src={qr} alt={t('passes.card.title')} width={280} height={280} data-testid="pass-qr" />}
        <Descriptions column={1} size="small" bordered style={{ width: '100%' }}>
          <Descriptions.Item label={t('passes.card.pass')}>{pass.id}</Descriptions.Item>
          <Descriptions.Item label={t('passes.card.name')}>
            <span style={{ fontSize: 20, fontWeight: 600 }}>{pass.name}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('passes.card.area')}>
            {pass.area.name}（{pass.area.code}，{t(`passes.closure.${pass.closure}`)}）
          </Descriptions.Item>
          <Descriptions.Item label={t('passes.card.valid')}>
            {formatDateTime(pass.validFrom).slice(0, 16)} – {formatDateTime(pass.validTo).slice(0, 16)}
          </Descriptions.Item>
          <Descriptions.Item label={t('passes.list.outing')}>
            {t('passes.card.maxOut', { minutes: pass.maxMinutesOut })}
          </Descriptions.Item>
        </Descriptions>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('passes.basis', { name: pass.basis.name, version: pass.basis.version, rule: pass.basis.rule })}
        </Typography.Text>
        <Typography.Text style={{ fontSize: 12 }}>{t('passes.card.hint')}</Typography.Text>
      </Flex>
    </Modal>
  );
}
