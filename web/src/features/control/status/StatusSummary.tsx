import { useCallback } from 'react';
import { Card, Col, Row, Skeleton, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFetch } from '../../../app/hooks/useFetch';
import { fetchSummary } from './api';
import type { Colour } from './api';

const COLOURS: Colour[] = ['green', 'yellow', 'red'];
const VALUE_COLOURS: Record<Colour, string> = { green: '#389e0d', yellow: '#d48806', red: '#cf1322' };

/** Residents per colour under the chosen region, with each colour's share. */
export function StatusSummary({ regionId }: { regionId: number | undefined }) {
  const { t } = useTranslation();
  const load = useCallback((signal: AbortSignal) => fetchSummary(regionId, signal), [regionId]);
  const { data } = useFetch(load);
  if (!data) return <Skeleton active paragraph={{ rows: 1 }} />;
  const share = (n: number) => (data.residents === 0 ? 0 : Math.round((n / data.residents) * 1000) / 10);
  return (
    <Row gutter={[16, 16]} data-testid="status-summary">
      <Col xs={12} md={6}>
        <Card size="small">
          <Statistic title={t('healthStatus.summary.residents')} value={data.residents} />
        </Card>
      </Col>
      {COLOURS.map((colour) => (
        <Col key={colour} xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={t(`healthStatus.colours.${colour}`)}
              value={data[colour]}
              styles={{ content: { color: VALUE_COLOURS[colour] } }}
              suffix={<small>{t('healthStatus.summary.share', { percent: share(data[colour]) })}</small>}
              data-testid={`summary-${colour}`}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
