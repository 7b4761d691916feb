import { useMemo } from 'react';
import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../../app/components/EChart';
import type { ChartOption } from '../../../app/components/EChart';
import { rateKeys } from '../api';
import type { Rate, RatesDay } from '../api';
import { percent } from './format';

/** Each rate per day (cumulative as of the day's end) as a line; the small infection rate on its own axis. */
export function RatesChart({ series, rates }: { series: RatesDay[]; rates: Rate[] }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const option = useMemo((): ChartOption => {
    const name = (key: (typeof rateKeys)[number]) => {
      const rate = rates.find((r) => r.key === key);
      return (en ? rate?.nameEn : rate?.nameZh) ?? key;
    };
    return {
      grid: { left: 48, right: 56, top: 40, bottom: 28 },
      legend: { top: 0 },
      tooltip: { trigger: 'axis', valueFormatter: (value) => (typeof value === 'number' ? `${value}%` : '—') },
      xAxis: { type: 'category', data: series.map((day) => day.day) },
      yAxis: [
        { type: 'value', min: 0, axisLabel: { formatter: '{value}%' } },
        { type: 'value', min: 0, axisLabel: { formatter: '{value}%' }, splitLine: { show: false } },
      ],
      series: rateKeys.map((key) => ({
        type: 'line',
        name: name(key),
        yAxisIndex: key === 'infection' ? 1 : 0,
        connectNulls: false,
        data: series.map((day) => percent(day[key].value)),
      })),
    };
  }, [series, rates, en]);
  return (
    <Card size="small" title={t('treatment.rates.series')}>
      <EChart option={option} height={300} testId="rates-chart" />
    </Card>
  );
}
