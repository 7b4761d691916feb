import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../app/components/FormModal';
import { acknowledgeAlert, type Alert, transferToHospital } from './api';
import { PlaceSelect } from '../../registry/places/PlaceSelect';

export type AlertAction = { alert: Alert; kind: 'acknowledge' | 'transfer' };

/** Records what was done about an alert, or sends the person to a hospital, then calls `onDone`. */
export function AlertModals({
  action,
  onClose,
  onDone,
}: {
  action: AlertAction | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const name = action?.alert.quarantine.name ?? '';
  return (
    <>
      <FormModal<{ note: string }>
        open={action?.kind === 'acknowledge'}
        title={t('healthChecks.alerts.acknowledgeTitle', { name })}
        onClose={onClose}
        onSubmit={async ({ note }) => {
          if (!action) return;
          await acknowledgeAlert(action.alert.id, note.trim());
          void message.success(t('healthChecks.alerts.acknowledged'));
          onDone();
        }}
        okTestId="acknowledge-ok"
      >
        <Form.Item
          name="note"
          label={t('healthChecks.alerts.note')}
          rules={[{ required: true, whitespace: true, max: 500 }]}
        >
          <Input.TextArea rows={3} placeholder={t('healthChecks.alerts.notePlaceholder')} />
        </Form.Item>
      </FormModal>
      <FormModal<{ hospitalId: number; reason: string }>
        open={action?.kind === 'transfer'}
        title={t('healthChecks.alerts.transferTitle', { name })}
        onClose={onClose}
        onSubmit={async ({ hospitalId, reason }) => {
          if (!action) return;
          await transferToHospital(action.alert.id, hospitalId, reason.trim());
          void message.success(t('healthChecks.alerts.transferred'));
          onDone();
        }}
        okText={t('healthChecks.alerts.transfer')}
        okTestId="transfer-ok"
        danger
      >
        <Form.Item name="hospitalId" label={t('healthChecks.alerts.hospital')} rules={[{ required: true }]}>
          <PlaceSelect
            type="hospital"
            placeholder={t('healthChecks.alerts.hospitalPlaceholder')}
            data-testid="hospital-select"
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('healthChecks.alerts.reason')}
          rules={[{ required: true, whitespace: true, max: 500 }]}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
      </FormModal>
    </>
  );
}
