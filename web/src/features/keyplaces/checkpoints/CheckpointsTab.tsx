import { useMemo, useState } from 'react';
import { Button, DatePicker, Divider, Flex, Select } from 'antd';
import { MobileOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { TIME_ZONE } from '../../../app/format';
import { useFetch } from '../../../app/hooks/useFetch';
import { fetchCheckpoints } from './api';
import { CountsPanel } from './CountsPanel';
import { EntriesList } from './EntriesList';

const today = () => dayjs(dayjs().tz(TIME_ZONE).format('YYYY-MM-DD'));
const day = (value: Dayjs) => value.format('YYYY-MM-DD');

/** 卡口: daily figures per checkpoint (chart and table) and the ledger of entries, exported as .xlsx. */
export function CheckpointsTab() {
  const { t } = useTranslation();
  const { data: places } = useFetch(fetchCheckpoints);
  const [checkpointId, setCheckpointId] = useState<number | undefined>();
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [today().subtract(6, 'day'), today()]);
  const span = useMemo(() => ({ checkpointId, from: day(range[0]), to: day(range[1]) }), [checkpointId, range]);

  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8} align="center">
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder={t('checkpoints.chooseCheckpoint')}
          style={{ width: 240 }}
          value={checkpointId}
          onChange={setCheckpointId}
          options={(places ?? []).map((p) => ({ value: p.id, label: p.name }))}
          data-testid="checkpoints-filter"
        />
        <DatePicker.RangePicker
          value={range}
          allowClear={false}
          disabledDate={(current) => current.isAfter(today(), 'day')}
          onChange={(next) => next?.[0] && next[1] && setRange([next[0], next[1]])}
        />
        {places?.some((p) => p.canRecord) && (
          <Link to="/checkpoint">
            <Button icon={<MobileOutlined />}>{t('checkpoints.entryTitle')}</Button>
          </Link>
        )}
      </Flex>
      <Divider titlePlacement="start" plain>
        {t('checkpoints.counts.title')}
      </Divider>
      <CountsPanel {...span} />
      <Divider titlePlacement="start" plain>
        {t('checkpoints.list.title')}
      </Divider>
      <EntriesList key={`${checkpointId}/${span.from}/${span.to}`} span={span} />
    </Flex>
  );
}
