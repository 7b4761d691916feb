import { Card, Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClearingDay, RatesReply } from '../api';

const per100k = (value: number) => value.toFixed(2);

function StatusTags({ day }: { day: ClearingDay }) {
  const { t } = useTranslation();
  return (
    <Flex gap={4} wrap>
      <Tag color={day.zero ? 'green' : 'red'}>{t(day.zero ? 'treatment.rates.zero' : 'treatment.rates.notZero')}</Tag>
      {day.basicallyZero !== null && (
        <Tag color={day.basicallyZero ? 'green' : 'orange'}>
          {t(day.basicallyZero ? 'treatment.rates.basicallyZero' : 'treatment.rates.notBasicallyZero')}
        </Tag>
      )}
    </Flex>
  );
}

/** 社会面清零: today's new positives split by whether they were under control, the rule and its basis, per day. */
export function ClearingCard({ clearing }: { clearing: RatesReply['clearing'] }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const { today, basis } = clearing;
  return (
    <Card size="small" title={t('treatment.rates.clearing')} extra={<StatusTags day={today} />} data-testid="clearing">
      <Flex vertical gap={8}>
        <Typography.Text data-testid="clearing-today">
          {t('treatment.rates.clearingToday', { ...today, per100k: per100k(today.per100k) })}
        </Typography.Text>
        <Typography.Text type="secondary">{en ? clearing.ruleEn : clearing.ruleZh}</Typography.Text>
        {basis && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('treatment.rates.basis', basis)}
          </Typography.Text>
        )}
        <Table<ClearingDay>
          rowKey="day"
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={[...clearing.series].reverse()}
          columns={[
            { key: 'day', title: t('treatment.rates.day'), dataIndex: 'day' },
            { key: 'new', title: t('treatment.rates.newPositives'), dataIndex: 'newPositives', align: 'right' },
            { key: 'under', title: t('treatment.rates.underControl'), dataIndex: 'underControl', align: 'right' },
            { key: 'outside', title: t('treatment.rates.outsideControl'), dataIndex: 'outsideControl', align: 'right' },
            {
              key: 'per100k',
              title: t('treatment.rates.per100k'),
              align: 'right',
              render: (_, day) => per100k(day.per100k),
            },
            { key: 'status', title: '', render: (_, day) => <StatusTags day={day} /> },
          ]}
        />
      </Flex>
    </Card>
  );
}
