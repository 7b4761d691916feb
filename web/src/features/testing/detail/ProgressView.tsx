import { useCallback, useEffect } from 'react';
import { Card, Col, Empty, Flex, Progress as Bar, Row, Statistic, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { TIME_ZONE } from '../../../app/format';
import { useFetch } from '../../../app/hooks/useFetch';
import { formatCount } from '../../registry/formatCount';
import { fetchProgress } from '../api';
import type { Campaign, Progress } from '../api';
import { formatMinute } from '../time';

const REFRESH_MS = 30_000;

type TableRow = Progress['tables'][number];
type LabRow = Progress['labs'][number];

const hours = (value: number | null) => (value === null ? '—' : value.toFixed(1));
const statistic = { content: { fontSize: 22 } };

/** Samples per hour as a list of bars, each scaled to the busiest hour. */
function PerHourBars({ perHour }: { perHour: Progress['perHour'] }) {
  const { t } = useTranslation();
  const most = Math.max(0, ...perHour.map((hour) => hour.samples));
  if (perHour.length === 0 || most === 0) return <Empty description={t('testing.progress.none')} />;
  return (
    <Flex vertical gap={2}>
      {perHour.map(({ hour, samples }) => (
        <Flex key={hour} align="center" gap={8}>
          <Typography.Text type="secondary" style={{ width: 44, flex: 'none', fontVariantNumeric: 'tabular-nums' }}>
            {dayjs(hour).tz(TIME_ZONE).format('HH:mm')}
          </Typography.Text>
          <Bar
            percent={(samples / most) * 100}
            format={() => formatCount(samples)}
            status="normal"
            size="small"
            style={{ flex: 1, margin: 0 }}
          />
        </Flex>
      ))}
    </Flex>
  );
}

/** The round's progress board: rate and forecast, tubes by stage, per hour, per table and per lab. */
export function ProgressView({ campaign, active }: { campaign: Campaign; active: boolean }) {
  const { t } = useTranslation();
  const load = useCallback((signal: AbortSignal) => fetchProgress(campaign.id, signal), [campaign.id]);
  const { data, loading, reload } = useFetch(load);

  // Refreshes while shown; a hidden tab asks nothing of the server.
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(reload, REFRESH_MS);
    return () => clearInterval(timer);
  }, [active, reload]);

  if (!data) return <Card loading={loading} variant="borderless" />;
  const { forecast, stages } = data;

  const tableColumns: TableColumnsType<TableRow> = [
    { key: 'place', title: t('testing.progress.place'), render: (_, row) => row.place.name },
    { key: 'tableNo', title: t('testing.progress.tableNo'), dataIndex: 'tableNo', align: 'right' },
    {
      key: 'samples',
      title: t('testing.progress.samples'),
      align: 'right',
      render: (_, row) => formatCount(row.samples),
    },
    {
      key: 'lastHours',
      title: t('testing.progress.lastHours'),
      align: 'right',
      render: (_, row) => formatCount(row.lastHours),
    },
  ];
  const labColumns: TableColumnsType<LabRow> = [
    { key: 'lab', title: t('testing.progress.lab'), render: (_, row) => row.lab || '—' },
    { key: 'tubes', title: t('testing.progress.tubes'), align: 'right', render: (_, row) => formatCount(row.tubes) },
    { key: 'p50', title: t('testing.progress.p50'), align: 'right', render: (_, row) => hours(row.p50Hours) },
    { key: 'p90', title: t('testing.progress.p90'), align: 'right', render: (_, row) => hours(row.p90Hours) },
  ];

  const outlook =
    forecast.beforeEnd === null ? (
      <Tag>{t('testing.progress.noForecast')}</Tag>
    ) : forecast.beforeEnd ? (
      <Tag color="success">{t('testing.progress.onTime')}</Tag>
    ) : (
      <Tag color="error">{t('testing.progress.late')}</Tag>
    );

  return (
    <Flex vertical gap={16} data-testid="progress-board">
      <Flex justify="end">
        <Typography.Text type="secondary">{t('testing.progress.autoRefresh')}</Typography.Text>
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Statistic
            title={t('testing.progress.rate')}
            value={formatCount(Math.round(forecast.ratePerHour))}
            styles={statistic}
          />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('testing.progress.missing')} value={formatCount(forecast.missing)} styles={statistic} />
        </Col>
        <Col xs={24} md={12}>
          <Statistic
            title={t('testing.progress.finishAt')}
            value={forecast.finishAt ? formatMinute(forecast.finishAt) : '—'}
            suffix={outlook}
            styles={statistic}
          />
        </Col>
      </Row>
      <Card type="inner" size="small" title={t('testing.progress.stages')}>
        <Row gutter={[16, 16]}>
          {(
            [
              ['stageOpen', stages.open],
              ['stageSealed', stages.sealed],
              ['stageReceived', stages.received],
              ['stageResulted', stages.resulted],
            ] as const
          ).map(([key, count]) => (
            <Col key={key} xs={12} md={6}>
              <Statistic title={t(`testing.progress.${key}`)} value={formatCount(count)} styles={statistic} />
            </Col>
          ))}
        </Row>
      </Card>
      <Card type="inner" size="small" title={t('testing.progress.perHour')}>
        <PerHourBars perHour={data.perHour} />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card type="inner" size="small" title={t('testing.progress.tables')}>
            <Table<TableRow>
              rowKey={(row) => `${row.place.id}-${row.tableNo}`}
              size="small"
              dataSource={data.tables}
              columns={tableColumns}
              pagination={data.tables.length > 20 ? { pageSize: 20 } : false}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card type="inner" size="small" title={t('testing.progress.labs')}>
            <Table<LabRow> rowKey="lab" size="small" dataSource={data.labs} columns={labColumns} pagination={false} />
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}
