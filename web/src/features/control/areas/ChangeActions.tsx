import { useCallback, useState } from 'react';
import { App, Button, Flex, Form, Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../app/auth/context';
import { hasPermission } from '../../../app/auth/permissions';
import { FormModal } from '../../../app/components/FormModal';
import { useFetch } from '../../../app/hooks/useFetch';
import { approveChange, fetchLevels, proposeChange, rejectChange } from './api';
import type { AreaDetail, Change } from './api';
import { useLevelName } from './LevelTag';

// The select's value for lifting the area (the API takes null).
const LIFT = '__lift';

type Decision = 'approve' | 'reject';

/**
 * Approve and reject for a change proposed by someone else (or by the platform). The proposer sees why
 * they cannot: the server refuses it anyway (two-person rule).
 */
export function DecisionButtons({ change, onDecided }: { change: Change; onDecided: (area: AreaDetail) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const [deciding, setDeciding] = useState<Decision | null>(null);
  if (!hasPermission(me, 'riskarea.approve')) return null;
  if (change.proposedBy?.id === me.id)
    return <Typography.Text type="secondary">{t('riskAreas.detail.ownProposal')}</Typography.Text>;

  const submit = async ({ note }: { note?: string }) => {
    const text = note?.trim() || undefined;
    const area =
      deciding === 'reject' ? await rejectChange(change.id, text ?? '') : await approveChange(change.id, text);
    setDeciding(null);
    void message.success(t(deciding === 'reject' ? 'riskAreas.detail.rejected' : 'riskAreas.detail.approved'));
    onDecided(area);
  };

  return (
    <Flex gap={8}>
      <Button type="primary" onClick={() => setDeciding('approve')} data-testid="change-approve">
        {t('riskAreas.detail.approve')}
      </Button>
      <Button danger onClick={() => setDeciding('reject')} data-testid="change-reject">
        {t('riskAreas.detail.reject')}
      </Button>
      <FormModal<{ note?: string }>
        open={deciding !== null}
        name="decision"
        title={t(deciding === 'reject' ? 'riskAreas.detail.reject' : 'riskAreas.detail.approve')}
        danger={deciding === 'reject'}
        okTestId="decision-submit"
        onClose={() => setDeciding(null)}
        onSubmit={submit}
      >
        <Form.Item
          name="note"
          label={t(deciding === 'reject' ? 'riskAreas.detail.rejectNote' : 'riskAreas.detail.approveNote')}
          rules={deciding === 'reject' ? [{ required: true, whitespace: true }] : []}
        >
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </FormModal>
    </Flex>
  );
}

type ChangeValues = { toLevel: string; reason: string };

/** Proposes another level of the area's own protocol, or its lifting; a second person decides. */
export function ProposeChangeButton({
  area,
  onProposed,
}: {
  area: AreaDetail;
  onProposed: (area: AreaDetail) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const levelName = useLevelName();
  const [open, setOpen] = useState(false);
  const protocolId = area.protocol.id;
  const load = useCallback((signal: AbortSignal) => fetchLevels(protocolId, signal), [protocolId]);
  const levels = useFetch(load).data?.levels ?? [];
  const options = [
    ...levels
      .filter((level) => level.key !== area.level)
      .map((level) => ({ value: level.key, label: levelName(level.label) })),
    { value: LIFT, label: t('riskAreas.detail.lift') },
  ];

  const submit = async ({ toLevel, reason }: ChangeValues) => {
    const next = await proposeChange(area.id, { toLevel: toLevel === LIFT ? null : toLevel, reason: reason.trim() });
    setOpen(false);
    void message.success(t('riskAreas.detail.proposed'));
    onProposed(next);
  };

  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="change-propose">
        {t('riskAreas.detail.propose')}
      </Button>
      <FormModal<ChangeValues>
        open={open}
        name="change"
        title={t('riskAreas.detail.propose')}
        okTestId="change-submit"
        onClose={() => setOpen(false)}
        onSubmit={submit}
      >
        <Form.Item name="toLevel" label={t('riskAreas.detail.toLevel')} rules={[{ required: true }]}>
          <Select options={options} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('riskAreas.detail.changeReason')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </FormModal>
    </>
  );
}
