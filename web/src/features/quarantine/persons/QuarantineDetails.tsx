import { useCallback, useState } from 'react';
import { Button, Descriptions, Divider, Flex, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../app/auth/context';
import { hasPermission } from '../../../app/auth/permissions';
import { useFetch } from '../../../app/hooks/useFetch';
import { orDash } from '../../registry/orDash';
import { formatMinute } from '../../tracing/time';
import { fetchQuarantine, homeConditionKeys } from './api';
import { PlanView } from './PlanView';
import { TransferModal } from './TransferModal';
import { usePlaceText } from './useQuarantineColumns';
import { QuarantineStatusTag } from './vocabulary';

type Props = { quarantineId: number; onChanged: () => void };

/** A quarantine in full (the read is audited): the person, the plan with its basis, every stay. */
export function QuarantineDetails({ quarantineId, onChanged }: Props) {
  const { t } = useTranslation();
  const canManage = hasPermission(useMe(), 'quarantine.manage');
  const placeText = usePlaceText();
  const { data, reload } = useFetch(
    useCallback((signal: AbortSignal) => fetchQuarantine(quarantineId, signal), [quarantineId]),
  );
  const [transferring, setTransferring] = useState(false);
  if (!data) return null;

  const conditions = data.homeConditions;
  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {`${data.name} · ${data.code}`}
        </Typography.Title>
        {canManage && data.status === 'active' && (
          <Button onClick={() => setTransferring(true)} data-testid="transfer">
            {t('quarantine.detail.transfer')}
          </Button>
        )}
      </Flex>
      <Descriptions size="small" column={{ xs: 1, sm: 2 }} style={{ marginTop: 12 }}>
        <Descriptions.Item label={t('quarantine.list.idNumber')}>{orDash(data.idNumber)}</Descriptions.Item>
        <Descriptions.Item label={t('quarantine.list.phone')}>{orDash(data.phone)}</Descriptions.Item>
        <Descriptions.Item label={t('quarantine.detail.region')}>{orDash(data.region?.name ?? null)}</Descriptions.Item>
        <Descriptions.Item label={t('quarantine.list.group')}>{t(`quarantine.groups.${data.group}`)}</Descriptions.Item>
        <Descriptions.Item label={t('quarantine.list.place')}>{placeText(data)}</Descriptions.Item>
        <Descriptions.Item label={t('quarantine.list.status')}>
          <QuarantineStatusTag status={data.status} />
        </Descriptions.Item>
        <Descriptions.Item label={t('quarantine.list.startsAt')}>{formatMinute(data.startsAt)}</Descriptions.Item>
        <Descriptions.Item label={t('quarantine.detail.protocol')}>
          {`${data.protocol.name} v${data.protocol.version}`}
        </Descriptions.Item>
        {conditions && (
          <Descriptions.Item label={t('quarantine.detail.homeConditions')} span={2}>
            {homeConditionKeys
              .filter((key) => conditions[key])
              .map((key) => t(`quarantine.homeConditions.${key}`))
              .join('、')}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('quarantine.detail.createdBy')}>{orDash(data.createdBy)}</Descriptions.Item>
      </Descriptions>
      <Divider titlePlacement="start">{t('quarantine.detail.plan')}</Divider>
      <PlanView plan={data.plan} />
      <Divider titlePlacement="start">{t('quarantine.detail.stays')}</Divider>
      <Timeline
        items={data.stays.map((stay) => ({
          color: stay.until ? 'gray' : 'blue',
          content: (
            <>
              <Typography.Text>{placeText(stay)}</Typography.Text>
              <div>
                <Typography.Text type="secondary">
                  {`${formatMinute(stay.since)} ~ ${stay.until ? formatMinute(stay.until) : t('quarantine.detail.now')}`}
                  {stay.reason ? ` · ${stay.reason}` : ''}
                  {stay.movedBy ? ` · ${stay.movedBy}` : ''}
                </Typography.Text>
              </div>
            </>
          ),
        }))}
      />
      <TransferModal
        open={transferring}
        quarantine={data}
        onClose={() => setTransferring(false)}
        onChanged={() => {
          setTransferring(false);
          reload();
          onChanged();
        }}
      />
    </>
  );
}
