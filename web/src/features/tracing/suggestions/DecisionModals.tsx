import { App, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../app/components/FormModal';
import { RegionTreeSelect } from '../../regions/RegionTreeSelect';
import { confirmSuggestion, dismissSuggestion } from '../api';
import type { ContactKind, Suggestion } from '../api';
import { useVocabularyOptions } from '../vocabulary';

type Props = { open: boolean; suggestion: Suggestion; onClose: () => void; onDecided: () => void };

type ConfirmValues = { kind: ContactKind; name?: string; regionId?: number };

/** Makes the suggested person a contact of the case, of the kind the investigator judges. */
export function ConfirmSuggestionModal({ open, suggestion, onClose, onDecided }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { kindOptions } = useVocabularyOptions();
  // A companion known only by phone has no name yet: the investigator gives one.
  const needsName = suggestion.name === null;

  const submit = async ({ kind, name, regionId }: ConfirmValues) => {
    await confirmSuggestion(suggestion.id, { kind, name: name?.trim() || undefined, regionId });
    void message.success(t('tracing.suggestions.confirmed'));
    onDecided();
  };

  return (
    <FormModal<ConfirmValues>
      open={open}
      name="confirmSuggestion"
      title={t('tracing.suggestions.confirmTitle', { name: suggestion.name ?? suggestion.phone ?? '' })}
      initialValues={{ kind: 'close' }}
      okTestId="suggestion-confirm-submit"
      onClose={onClose}
      onSubmit={submit}
    >
      <Form.Item name="kind" label={t('tracing.contact.kind')} rules={[{ required: true }]}>
        <Select options={kindOptions} />
      </Form.Item>
      {needsName && (
        <Form.Item
          name="name"
          label={t('tracing.contact.name')}
          extra={t('tracing.suggestions.nameRequired')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={50} />
        </Form.Item>
      )}
      <Form.Item name="regionId" label={t('tracing.contact.region')} extra={t('tracing.suggestions.regionHint')}>
        <RegionTreeSelect allowClear />
      </Form.Item>
    </FormModal>
  );
}

/** Sets the suggestion aside with the investigator's reason; it is not suggested again. */
export function DismissSuggestionModal({ open, suggestion, onClose, onDecided }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();

  const submit = async ({ reason }: { reason: string }) => {
    await dismissSuggestion(suggestion.id, reason.trim());
    void message.success(t('tracing.suggestions.dismissed'));
    onDecided();
  };

  return (
    <FormModal<{ reason: string }>
      open={open}
      name="dismissSuggestion"
      title={t('tracing.suggestions.dismissTitle', { name: suggestion.name ?? suggestion.phone ?? '' })}
      okTestId="suggestion-dismiss-submit"
      onClose={onClose}
      onSubmit={submit}
    >
      <Form.Item
        name="reason"
        label={t('tracing.suggestions.dismissReason')}
        rules={[{ required: true, whitespace: true }]}
      >
        <Input.TextArea rows={2} maxLength={500} showCount />
      </Form.Item>
    </FormModal>
  );
}
