import { Button, Flex, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../app/format';
import type { PassCheck } from '../../../../../server/src/modules/passes/pass-token.ts';

type Props = {
  check: PassCheck;
  /** This phone's own log refuses an exit (already out, or out and back). */
  localRefusal: 'already_out' | 'already_used' | null;
  busy: boolean;
  onRecord: (direction: 'exit' | 'return') => void;
  onBack: () => void;
};

const time = (seconds: number) => formatDateTime(new Date(seconds * 1000).toISOString()).slice(5, 16);

/**
 * The answer at the gate, readable at arm's length: green with the holder's masked name and area and
 * the exit and return buttons, or red with the reason. A genuine pass that may not go out (expired,
 * revoked) may still come home.
 */
export function GateResult({ check, localRefusal, busy, onRecord, onBack }: Props) {
  const { t } = useTranslation();
  const payload = check.payload;
  const mayExit = check.valid && localRefusal === null;
  const reason = check.valid ? localRefusal : check.reason;
  return (
    <Flex
      vertical
      gap={12}
      style={{
        padding: 20,
        borderRadius: 12,
        color: '#fff',
        background: mayExit ? '#389e0d' : '#cf1322',
      }}
      data-testid={mayExit ? 'gate-result-valid' : 'gate-result-invalid'}
    >
      <Flex align="center" gap={12} style={{ fontSize: 28, fontWeight: 700 }}>
        {mayExit ? <CheckCircleFilled /> : <CloseCircleFilled />}
        {mayExit ? t('passes.gate.valid') : t('passes.gate.invalid')}
      </Flex>
      {reason && (
        <Typography.Text style={{ color: '#fff', fontSize: 20 }} data-testid="gate-reason">
          {t(`passes.reason.${reason}`)}
        </Typography.Text>
      )}
      {payload && (
        <Flex vertical gap={4} style={{ fontSize: 16 }}>
          <span style={{ fontSize: 36, fontWeight: 700 }} data-testid="gate-holder">
            {payload.nm}
          </span>
          <span>{payload.area}</span>
          <span>{t('passes.gate.validity', { from: time(payload.vf), to: time(payload.vt) })}</span>
          <span>{t('passes.gate.maxOut', { minutes: payload.mo })}</span>
        </Flex>
      )}
      <Flex vertical gap={8}>
        {mayExit && (
          <Button size="large" block loading={busy} onClick={() => onRecord('exit')} data-testid="gate-exit">
            {t('passes.gate.exit')}
          </Button>
        )}
        {payload && (
          <Button size="large" block loading={busy} onClick={() => onRecord('return')} data-testid="gate-return">
            {t('passes.gate.return')}
          </Button>
        )}
        <Button size="large" block ghost onClick={onBack} data-testid="gate-back">
          {t('passes.gate.back')}
        </Button>
      </Flex>
    </Flex>
  );
}
