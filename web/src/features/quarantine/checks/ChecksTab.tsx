import { useMemo, useState } from 'react';
import { DatePicker, Empty, Flex, Segmented, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { TIME_ZONE } from '../../../app/format';
import { useFetch } from '../../../app/hooks/useFetch';
import { fetchSites } from '../sites/api';
import { AlertList } from './AlertList';
import type { SiteDay } from './api';
import { MissedList } from './MissedList';
import { ReleaseList } from './ReleaseList';
import { RoomRounds } from './RoomRounds';
import { TestsDueList } from './TestsDueList';

const views = ['rounds', 'missed', 'alerts', 'tests', 'release'] as const;
type View = (typeof views)[number];

const todayInBeijing = () => dayjs().tz(TIME_ZONE).format('YYYY-MM-DD');

/**
 * 健康监测: pick a site (or everywhere, home quarantine included) and a day, then go room by room entering
 * temperatures, follow missed checks and alerts, see the day's tests, and release those who are due.
 */
export function ChecksTab() {
  const { t } = useTranslation();
  const sites = useFetch(fetchSites);
  const [siteId, setSiteId] = useState<number | undefined>();
  const [date, setDate] = useState(todayInBeijing);
  const [view, setView] = useState<View>('rounds');
  const where = useMemo<SiteDay>(() => ({ ...(siteId ? { siteId } : {}), date }), [siteId, date]);

  return (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap>
        <Select<number>
          allowClear
          value={siteId}
          onChange={setSiteId}
          placeholder={t('healthChecks.allSites')}
          loading={sites.loading}
          options={(sites.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
          style={{ minWidth: 220 }}
          showSearch={{ optionFilterProp: 'label' }}
          data-testid="checks-site"
        />
        <DatePicker
          value={dayjs(date)}
          onChange={(day) => setDate(day ? day.format('YYYY-MM-DD') : todayInBeijing())}
          allowClear={false}
          data-testid="checks-date"
        />
      </Flex>
      {/* Five views do not fit a phone's width: the bar scrolls sideways there. */}
      <div style={{ overflowX: 'auto' }}>
        <Segmented<View>
          value={view}
          onChange={setView}
          options={views.map((v) => ({ value: v, label: t(`healthChecks.view.${v}`) }))}
          data-testid="checks-view"
        />
      </div>
      {view === 'rounds' &&
        (siteId ? (
          <RoomRounds key={`${siteId}-${date}`} siteId={siteId} date={date} />
        ) : (
          <Empty description={t('healthChecks.rounds.pickSite')} />
        ))}
      {view === 'missed' && <MissedList where={where} />}
      {view === 'alerts' && <AlertList siteId={siteId} />}
      {view === 'tests' && <TestsDueList where={where} />}
      {view === 'release' && <ReleaseList where={where} />}
    </Flex>
  );
}
