import { useCallback, useState } from 'react';
import { Card, DatePicker, List, Typography } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { TIME_ZONE } from '../../../app/format';
import { useFetch } from '../../../app/hooks/useFetch';
import { fetchSampling } from './api';

/** Who of each class is tested on a chosen day, by the school's share and rotation. */
export function SamplingCard({ placeId, version }: { placeId: number; version: number }) {
  const { t } = useTranslation();
  const [day, setDay] = useState<Dayjs>(() => dayjs().tz(TIME_ZONE));
  const asked = day.format('YYYY-MM-DD');
  const load = useCallback(
    (signal: AbortSignal) => fetchSampling(placeId, asked, signal),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [placeId, asked, version],
  );
  const { data } = useFetch(load);
  return (
    <Card
      size="small"
      title={t('schools.samplingTitle')}
      extra={<DatePicker value={day} onChange={(d) => d && setDay(d)} allowClear={false} size="small" />}
      style={{ marginTop: 16 }}
    >
      {data && (
        <>
          <Typography.Paragraph type="secondary">
            {t('schools.samplingRule', { percent: data.percent, cycle: data.cycle, day: data.dayOfCycle })}
          </Typography.Paragraph>
          <List
            size="small"
            dataSource={data.classes}
            renderItem={(c) => (
              <List.Item extra={c.count > 0 ? c.count : t('schools.nobody')}>
                {c.name}（{c.size}）{c.count > 0 ? ` · ${t('schools.seats', { from: c.from, to: c.to })}` : ''}
              </List.Item>
            )}
          />
          <Typography.Text strong>{t('schools.samplingTotal', { total: data.total })}</Typography.Text>
        </>
      )}
    </Card>
  );
}
