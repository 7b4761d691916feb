import { Card, Flex, Tag, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Timer } from '../api';
import { formatMinute, useDuration, useNow } from '../time';

const STATE_COLORS: Record<Timer['state'], string> = {
  waiting: 'default',
  running: 'processing',
  overdue: 'error',
  done: 'success',
  late: 'warning',
};

const HOUR = 3_600_000;

function Clock({ timer, now }: { timer: Timer; now: number }) {
  const { t } = useTranslation();
  const duration = useDuration();
  const { token } = theme.useToken();
  const due = timer.dueAt ? Date.parse(timer.dueAt) : null;
  // A clock running on screen turns overdue when its time is up, without waiting for a reload.
  const state = timer.state === 'running' && due !== null && now > due ? 'overdue' : timer.state;
  const limit =
    timer.startedAt && due !== null ? Math.round(((due - Date.parse(timer.startedAt)) / HOUR) * 10) / 10 : null;

  const main =
    state === 'waiting' ? (
      <Typography.Text type="secondary">{t('tracing.detail.waitingReport')}</Typography.Text>
    ) : state === 'running' && due !== null ? (
      <Typography.Text strong>{t('tracing.detail.left', { time: duration(due - now) })}</Typography.Text>
    ) : state === 'overdue' && due !== null ? (
      <Typography.Text strong type="danger">
        {t('tracing.detail.over', { time: duration(now - due) })}
      </Typography.Text>
    ) : (
      <Typography.Text type={state === 'late' ? 'warning' : 'success'}>
        {timer.doneAt && t('tracing.detail.done', { time: formatMinute(timer.doneAt) })}
      </Typography.Text>
    );

  return (
    <Card
      size="small"
      style={{ flex: '1 1 200px', borderColor: state === 'overdue' ? token.colorError : undefined }}
      data-testid={`timer-${timer.key}`}
      data-state={state}
    >
      <Flex vertical gap={4}>
        <Flex justify="space-between" align="center" gap={8}>
          <Typography.Text strong>{t(`tracing.timers.${timer.key}`)}</Typography.Text>
          <Tag color={STATE_COLORS[state]}>{t(`tracing.timerStates.${state}`)}</Tag>
        </Flex>
        {main}
        {timer.dueAt && (
          <Typography.Text type="secondary">
            {t('tracing.detail.due', { time: formatMinute(timer.dueAt) })}
            {limit !== null && ` · ${t('tracing.detail.limit', { hours: limit })}`}
          </Typography.Text>
        )}
      </Flex>
    </Card>
  );
}

/** The case's four clocks side by side: report (四早), then on site, core facts and report (2+4+24). */
export function TimerClocks({ timers }: { timers: Timer[] }) {
  // The clocks show minutes: a tick every half minute keeps them right to the minute.
  const now = useNow(30_000);
  return (
    <Flex wrap gap={8}>
      {timers.map((timer) => (
        <Clock key={timer.key} timer={timer} now={now} />
      ))}
    </Flex>
  );
}
