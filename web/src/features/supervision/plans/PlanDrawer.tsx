import { useCallback, useState } from 'react';
import { App, Button, Descriptions, Drawer, Flex, Input, List, Popconfirm, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useMe } from '../../../app/auth/context';
import { hasPermission } from '../../../app/auth/permissions';
import { useAction } from '../../../app/hooks/useAction';
import { useFetch } from '../../../app/hooks/useFetch';
import { formatMinute } from '../../tracing/time';
import { checkIn } from '../inspections/api';
import { currentPosition } from '../inspections/geolocation';
import { useKindLabel } from '../inspections/tags';
import { cancelPlan, fetchPlan } from './api';
import type { PlanDetail, PlanTarget } from './api';
import { PlanStatusTag } from './PlanStatusTag';

type Props = { planId: number | null; onClose: () => void; onChanged: () => void };

function TargetState({ target }: { target: PlanTarget }) {
  const { t } = useTranslation();
  if (!target.inspection) return <Tag>{t('supervision.plan.notInspected')}</Tag>;
  const { submittedAt, checkedInAt, inspector } = target.inspection;
  return (
    <Flex gap={4} wrap align="center">
      <Tag color={submittedAt ? 'green' : 'processing'}>
        {t(submittedAt ? 'supervision.plan.submitted' : 'supervision.plan.inspected')}
      </Tag>
      <Typography.Text type="secondary">{`${inspector} · ${formatMinute(checkedInAt)}`}</Typography.Text>
    </Flex>
  );
}

/** A target's action: check in on site (with the phone's position), go on with it, or look at it. */
function TargetAction({ plan, target }: { plan: PlanDetail; target: PlanTarget }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { run, busy } = useAction();
  const canInspect = hasPermission(useMe(), 'supervision.inspect');
  const { inspection } = target;
  if (inspection)
    return (
      <Button
        size="large"
        onClick={() =>
          void navigate(`/supervision/inspections/${inspection.id}${inspection.submittedAt ? '' : '/run'}`)
        }
        data-testid={`target-open-${target.id}`}
      >
        {t(inspection.submittedAt ? 'supervision.plan.view' : 'supervision.plan.continue')}
      </Button>
    );
  if (!canInspect || plan.status === 'cancelled') return null;
  return (
    <Button
      type="primary"
      size="large"
      loading={busy}
      onClick={() =>
        void run(async () => {
          const position = await currentPosition();
          const made = await checkIn({ planTargetId: target.id, ...(position ?? {}) });
          void navigate(`/supervision/inspections/${made.id}/run`);
        })
      }
      data-testid={`target-check-in-${target.id}`}
    >
      {busy ? t('supervision.plan.locating') : t('supervision.plan.checkIn')}
    </Button>
  );
}

function PlanBody({ plan, onChanged }: { plan: PlanDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const kindLabel = useKindLabel();
  const { run } = useAction();
  const [reason, setReason] = useState('');
  const canInspect = hasPermission(useMe(), 'supervision.inspect');
  return (
    <Flex vertical gap={12}>
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('supervision.plan.dates')}>{`${plan.startsOn} ~ ${plan.endsOn}`}</Descriptions.Item>
        <Descriptions.Item label={t('supervision.plan.team')}>
          {plan.members.map((m) => (m.leader ? `${m.name}（${t('supervision.plan.leader')}）` : m.name)).join('、')}
        </Descriptions.Item>
        {plan.note && <Descriptions.Item label={t('supervision.plan.note')}>{plan.note}</Descriptions.Item>}
      </Descriptions>
      <List<PlanTarget>
        header={<Typography.Text strong>{t('supervision.plan.targets')}</Typography.Text>}
        dataSource={plan.targets}
        rowKey="id"
        renderItem={(target) => (
          <List.Item data-testid={`plan-target-${target.id}`}>
            <Flex vertical gap={8} style={{ width: '100%' }}>
              <Typography.Text strong>{`${target.name}（${kindLabel(target.kind)}）`}</Typography.Text>
              <Flex justify="space-between" align="center" wrap gap={8}>
                <TargetState target={target} />
                <TargetAction plan={plan} target={target} />
              </Flex>
            </Flex>
          </List.Item>
        )}
      />
      {canInspect && plan.status === 'planned' && (
        <Popconfirm
          title={t('supervision.plan.cancel')}
          description={
            <Input
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              placeholder={t('supervision.plan.cancelReason')}
            />
          }
          okButtonProps={{ disabled: !reason.trim() }}
          onConfirm={() =>
            void run(async () => {
              await cancelPlan(plan.id, reason.trim());
              void message.success(t('supervision.plan.cancelled'));
              onChanged();
            })
          }
        >
          <Button danger>{t('supervision.plan.cancel')}</Button>
        </Popconfirm>
      )}
    </Flex>
  );
}

/** A plan with its team and targets, each target with its inspection state and what to do next. */
export function PlanDrawer({ planId, onClose, onChanged }: Props) {
  const load = useCallback(async (signal: AbortSignal) => (planId ? fetchPlan(planId, signal) : null), [planId]);
  const { data: plan, reload } = useFetch(load);
  const shown = plan && plan.id === planId ? plan : null;
  return (
    <Drawer
      open={planId !== null}
      onClose={onClose}
      title={shown ? `${shown.code} ${shown.title}` : ''}
      extra={shown && <PlanStatusTag status={shown.status} />}
      size={520}
      styles={{ wrapper: { maxWidth: '100vw' } }}
      destroyOnHidden
    >
      {shown && (
        <PlanBody
          plan={shown}
          onChanged={() => {
            reload();
            onChanged();
          }}
        />
      )}
    </Drawer>
  );
}
