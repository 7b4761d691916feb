import { useCallback, useState } from 'react';
import { DatePicker, Flex, Skeleton, Typography } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { TIME_ZONE } from '../../../app/format';
import { useFetch } from '../../../app/hooks/useFetch';
import { RegionTreeSelect } from '../../regions/RegionTreeSelect';
import { fetchRates } from '../api';
import { ClearingCard } from './ClearingCard';
import { RateCards } from './RateCards';
import { RatesChart } from './RatesChart';

type Range = [Dayjs | null, Dayjs | null] | null;
const day = (value: Dayjs | null | undefined) => value?.format('YYYY-MM-DD');
// The server's series may not reach past today on Beijing's calendar.
const today = () => dayjs(dayjs().tz(TIME_ZONE).format('YYYY-MM-DD'));

/** 四率 of a region (or the whole jurisdiction), now and per day, with 社会面清零. */
export function RatesTab() {
  const { t } = useTranslation();
  const [regionId, setRegionId] = useState<number | undefined>();
  const [range, setRange] = useState<Range>(null);
  const load = useCallback(
    (signal: AbortSignal) => fetchRates({ regionId, from: day(range?.[0]), to: day(range?.[1]) }, signal),
    [regionId, range],
  );
  const { data } = useFetch(load);

  return (
    <Flex vertical gap={16}>
      <Flex wrap gap={8} align="center">
        <RegionTreeSelect
          allowClear
          value={regionId}
          onChange={(value: number | undefined) => setRegionId(value)}
          placeholder={t('treatment.rates.wholeJurisdiction')}
          style={{ width: 220 }}
          data-testid="rates-region"
        />
        <DatePicker.RangePicker
          value={range}
          onChange={setRange}
          disabledDate={(current) => current.isAfter(today(), 'day')}
          data-testid="rates-range"
        />
      </Flex>
      {data ? (
        <>
          <Typography.Text type="secondary" data-testid="rates-as-of">
            {`${data.area.map((region) => region.name).join('、')} · ${t('treatment.rates.asOf', {
              today: data.today,
              population: data.population,
            })}`}
          </Typography.Text>
          <RateCards rates={data.rates} />
          <RatesChart series={data.series} rates={data.rates} />
          <ClearingCard clearing={data.clearing} />
        </>
      ) : (
        <Skeleton active />
      )}
    </Flex>
  );
}
