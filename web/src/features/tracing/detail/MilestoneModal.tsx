import { App, DatePicker, Form } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../app/components/FormModal';
import { recordMilestone } from '../api';
import type { CaseDetail, Milestone } from '../api';
import { MINUTE_PICKER, optionalInstant } from '../time';

type Props = {
  open: boolean;
  caseId: number;
  milestone: Milestone;
  onClose: () => void;
  onRecorded: (detail: CaseDetail) => void;
};

/** Records when a milestone was reached: now, or an earlier time (not before the case was found). */
export function MilestoneModal({ open, caseId, milestone, onClose, onRecorded }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const name = t(`tracing.milestones.${milestone}`);

  const submit = async ({ at }: { at?: Dayjs | null }) => {
    const detail = await recordMilestone(caseId, { milestone, at: optionalInstant(at) });
    void message.success(t('tracing.detail.recorded', { milestone: name }));
    onRecorded(detail);
  };

  return (
    <FormModal<{ at?: Dayjs | null }>
      open={open}
      name="milestone"
      title={t('tracing.detail.recordTitle', { milestone: name })}
      okTestId="milestone-submit"
      onClose={onClose}
      onSubmit={submit}
    >
      <Form.Item name="at" label={t('tracing.detail.recordAt')}>
        <DatePicker {...MINUTE_PICKER} style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
