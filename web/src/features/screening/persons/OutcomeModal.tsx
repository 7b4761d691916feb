import { App, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../app/components/FormModal';
import { outcomeStatuses, recordOutcome } from '../api';
import type { KeyPerson, Outcome } from '../api';

type Values = { status: Outcome['status']; note?: string };

/** The note, required once "not found" is chosen: the reason is what others check that item by. */
function NoteField() {
  const { t } = useTranslation();
  const status = Form.useWatch<Values['status'] | undefined>('status');
  const required = status === 'not_found';
  return (
    <Form.Item
      name="note"
      label={t('screening.outcome.note')}
      rules={[{ required, whitespace: true, message: t('screening.outcome.noteRequired') }]}
    >
      <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('screening.outcome.notePlaceholder')} />
    </Form.Item>
  );
}

type Props = { person: KeyPerson | null; onClose: () => void; onRecorded: (person: KeyPerson) => void };

/** Records what the grid worker found: found and tested, under control measures, or not found (with why). */
export function OutcomeModal({ person, onClose, onRecorded }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();

  const submit = async ({ status, note }: Values) => {
    if (!person) return;
    const recorded = await recordOutcome(person.id, { status, note: note?.trim() || undefined });
    void message.success(t('screening.outcome.saved'));
    onRecorded(recorded);
  };

  return (
    <FormModal<Values>
      open={person !== null}
      name="keyPersonOutcome"
      title={person && t('screening.outcome.title', { name: person.name })}
      okTestId="key-person-outcome-submit"
      onClose={onClose}
      onSubmit={submit}
    >
      <Form.Item name="status" label={t('screening.outcome.status')} rules={[{ required: true }]}>
        <Radio.Group
          options={outcomeStatuses.map((status) => ({ value: status, label: t(`screening.statuses.${status}`) }))}
          data-testid="key-person-outcome-status"
        />
      </Form.Item>
      <NoteField />
    </FormModal>
  );
}
