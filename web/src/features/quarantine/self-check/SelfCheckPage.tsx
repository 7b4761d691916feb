import { useCallback, useState } from 'react';
import { Alert, Button, Card, Flex, InputNumber, List, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ApiError } from '../../../app/api/client';
import { LanguageSwitch } from '../../../app/components/LanguageSwitch';
import { formatDateTime } from '../../../app/format';
import { useAction } from '../../../app/hooks/useAction';
import { useFetch } from '../../../app/hooks/useFetch';
import { newScanId } from '../../../app/offline/queue';
import { fetchSelfCheck, type SelfCheckView, sendSelfCheck, type Symptom, TEMPERATURE_RANGE } from '../checks/api';
import { useSlotLabel } from '../checks/slots';
import { SymptomToggles } from '../checks/SymptomToggles';

/** Today's checks: what is recorded, and what is still to come. */
function TodaySlots({ view }: { view: SelfCheckView }) {
  const { t } = useTranslation();
  const slotLabel = useSlotLabel();
  return (
    <List
      size="small"
      dataSource={view.slots}
      renderItem={(s) => (
        <List.Item>
          <Typography.Text>{`${slotLabel(s.slot, view.slots.length)}（${formatDateTime(s.dueAt).slice(11, 16)}）`}</Typography.Text>
          {s.temperature === null ? (
            <Tag>{t('healthChecks.self.pending')}</Tag>
          ) : (
            <Tag color={s.temperature >= view.feverCelsius ? 'red' : 'green'}>{`${s.temperature} ℃`}</Tag>
          )}
        </List.Item>
      )}
    />
  );
}

/** The form for the present check; the check id is kept across retries so a lost answer never records twice. */
function CheckForm({ token, onSent }: { token: string; onSent: (view: SelfCheckView) => void }) {
  const { t } = useTranslation();
  const { run, busy } = useAction();
  const [temperature, setTemperature] = useState<number | null>(null);
  const [symptoms, setSymptoms] = useState<Symptom[]>([]);
  const [checkId] = useState(newScanId);
  const submit = () =>
    run(async () => {
      if (temperature === null) return;
      onSent(await sendSelfCheck(token, { checkId, temperature, symptoms }));
    });
  return (
    <Flex vertical gap={12}>
      <Typography.Text strong>{t('healthChecks.self.temperature')}</Typography.Text>
      <InputNumber<number>
        value={temperature}
        onChange={setTemperature}
        min={TEMPERATURE_RANGE.min}
        max={TEMPERATURE_RANGE.max}
        step={0.1}
        precision={1}
        inputMode="decimal"
        size="large"
        style={{ width: '100%' }}
        data-testid="self-temperature"
      />
      <Typography.Text strong>{t('healthChecks.self.symptoms')}</Typography.Text>
      <SymptomToggles value={symptoms} onChange={setSymptoms} />
      <Button
        type="primary"
        size="large"
        block
        disabled={temperature === null}
        loading={busy}
        onClick={() => void submit()}
        data-testid="self-submit"
      >
        {t('healthChecks.self.submit')}
      </Button>
    </Flex>
  );
}

/** A quarantined person's own check (/check/:token), on a phone and without an account. */
export function SelfCheckPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const load = useCallback((signal: AbortSignal) => fetchSelfCheck(token, signal), [token]);
  const fetched = useFetch(load);
  const [sent, setSent] = useState<SelfCheckView | null>(null);
  const view = sent ?? fetched.data;
  const invalid = fetched.error instanceof ApiError && fetched.error.status === 404;
  const current = view?.slots.find((s) => s.slot === view.currentSlot);
  return (
    <Flex justify="center" style={{ minHeight: '100vh', padding: 16, background: '#f5f5f5' }}>
      <Flex vertical gap={16} style={{ width: '100%', maxWidth: 420 }}>
        <Flex justify="space-between" align="center">
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('healthChecks.self.title')}
          </Typography.Title>
          <LanguageSwitch />
        </Flex>
        {invalid && <Alert type="error" showIcon message={t('healthChecks.self.invalid')} />}
        {fetched.loading && !view && <Spin />}
        {view && (
          <>
            <Card>
              <Typography.Text strong data-testid="self-name">
                {view.name}
              </Typography.Text>
              <Typography.Paragraph type="secondary">{t('healthChecks.self.intro')}</Typography.Paragraph>
              {!view.active && <Alert type="info" showIcon message={t('healthChecks.self.ended')} />}
              {view.active && current && current.temperature !== null && (
                <Alert
                  type={current.temperature >= view.feverCelsius ? 'warning' : 'success'}
                  showIcon
                  message={t('healthChecks.self.recorded', { temperature: current.temperature })}
                  description={
                    current.temperature >= view.feverCelsius
                      ? t('healthChecks.self.fever')
                      : t('healthChecks.self.done')
                  }
                  data-testid="self-recorded"
                />
              )}
              {view.active && current?.temperature === null && <CheckForm token={token} onSent={setSent} />}
            </Card>
            <Card title={t('healthChecks.self.today')}>
              <TodaySlots view={view} />
            </Card>
          </>
        )}
      </Flex>
    </Flex>
  );
}
