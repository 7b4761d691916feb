import { useEffect, useState } from 'react';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { beijingInstant } from '../testing/time';

export { beijingInstant, formatMinute } from '../testing/time';

/** A calendar day as the server takes it (YYYY-MM-DD), from a date picker. */
export const dateOnly = (day: Dayjs) => day.format('YYYY-MM-DD');

/** The time now, ticking every `everyMs`, for clocks that count down on screen. */
export function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** A span of time as people say it: minutes, hours and minutes, or days and hours. */
export function useDuration(): (ms: number) => string {
  const { t } = useTranslation();
  return (ms) => {
    const minutes = Math.max(0, Math.floor(ms / 60_000));
    if (minutes < 60) return t('tracing.duration.minutes', { m: minutes });
    const hours = Math.floor(minutes / 60);
    if (hours < 24) return t('tracing.duration.hours', { h: hours, m: minutes % 60 });
    return t('tracing.duration.days', { d: Math.floor(hours / 24), h: hours % 24 });
  };
}

/**
 * Date-time pickers to the minute, as investigators record times. A typed or picked time counts at once,
 * without the extra OK tap (fewer taps on a phone; Enter in the field then submits the dialog as usual).
 */
export const MINUTE_PICKER = { showTime: { format: 'HH:mm' }, format: 'YYYY-MM-DD HH:mm', needConfirm: false } as const;

/** The picked wall-clock time as an instant, or nothing when the picker was left empty. */
export const optionalInstant = (picked: Dayjs | null | undefined) => (picked ? beijingInstant(picked) : undefined);
