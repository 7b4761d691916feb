import { useState } from 'react';
import { Button, Card, Flex, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../../app/components/LanguageSwitch';
import { SelfReportForm } from './SelfReportForm';

/** The receipt of a report: the reference to quote, and what happens next. */
function Receipt({ reference, onAnother }: { reference: string; onAnother: () => void }) {
  const { t } = useTranslation();
  return (
    <Result
      status="success"
      title={t('screening.selfReport.done')}
      subTitle={
        <Flex vertical align="center" gap={8}>
          <Typography.Text type="secondary">{t('screening.selfReport.reference')}</Typography.Text>
          <Typography.Text strong style={{ fontSize: 28, letterSpacing: 2 }} data-testid="self-report-reference">
            {reference}
          </Typography.Text>
          <Typography.Text type="secondary">{t('screening.selfReport.doneHint')}</Typography.Text>
        </Flex>
      }
      extra={<Button onClick={onAnother}>{t('screening.selfReport.another')}</Button>}
    />
  );
}

/** A resident's own report (主动报备), on a phone and without an account: a short form, then a receipt. */
export function SelfReportPage() {
  const { t } = useTranslation();
  const [reference, setReference] = useState<string | null>(null);
  return (
    <Flex justify="center" style={{ minHeight: '100vh', padding: 16, background: '#f5f5f5' }}>
      <Flex vertical gap={16} style={{ width: '100%', maxWidth: 480 }}>
        <Flex justify="space-between" align="center">
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('screening.selfReport.title')}
          </Typography.Title>
          <LanguageSwitch />
        </Flex>
        <Card>
          {reference ? (
            <Receipt reference={reference} onAnother={() => setReference(null)} />
          ) : (
            <>
              <Typography.Paragraph type="secondary">{t('screening.selfReport.intro')}</Typography.Paragraph>
              <SelfReportForm onReported={setReference} />
            </>
          )}
        </Card>
      </Flex>
    </Flex>
  );
}
