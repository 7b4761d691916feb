import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Rate } from '../api';
import { formatRate } from './format';

/** The four rates as of now: value, numerator ÷ denominator, and the formula they come from. */
export function RateCards({ rates }: { rates: Rate[] }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  return (
    <Row gutter={[16, 16]}>
      {rates.map((rate) => (
        <Col key={rate.key} xs={24} sm={12} xl={6}>
          <Card size="small" style={{ height: '100%' }} data-testid={`rate-${rate.key}`}>
            <Statistic
              title={en ? rate.nameEn : rate.nameZh}
              value={formatRate(rate.key, rate.value)}
              styles={{ content: { fontSize: 28 } }}
            />
            <Typography.Text data-testid={`rate-${rate.key}-fraction`}>
              {t('treatment.rates.fraction', rate)}
            </Typography.Text>
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }}>
              {en ? rate.formulaEn : rate.formulaZh}
            </Typography.Paragraph>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
