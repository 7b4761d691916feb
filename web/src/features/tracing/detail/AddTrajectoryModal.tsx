import { App, DatePicker, Form, Input, Segmented } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../app/components/FormModal';
import { PlaceSelect } from '../../registry/places/PlaceSelect';
import { addTrajectoryEntry } from '../api';
import { MINUTE_PICKER, beijingInstant } from '../time';

type Where = 'place' | 'address';
type Values = {
  where: Where;
  placeId?: number;
  address?: string;
  from: Dayjs;
  to: Dayjs;
  exposure?: string;
  note?: string;
};

type Props = { open: boolean; caseId: number; onClose: () => void; onAdded: () => void };

const text = (value: string | undefined) => value?.trim() || undefined;

/**
 * Adds a place (from the registry, or a free address) and the time the case spent there. The server refuses
 * an interval that ends before it starts, lies in the future or overlaps another, and says which.
 */
export function AddTrajectoryModal({ open, caseId, onClose, onAdded }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();

  const submit = async ({ where, placeId, address, from, to, exposure, note }: Values) => {
    await addTrajectoryEntry(caseId, {
      ...(where === 'place' ? { placeId } : { address: text(address) }),
      from: beijingInstant(from),
      to: beijingInstant(to),
      exposure: text(exposure),
      note: text(note),
    });
    void message.success(t('tracing.trajectory.added'));
    onAdded();
  };

  return (
    <FormModal<Values>
      open={open}
      name="trajectory"
      title={t('tracing.trajectory.addTitle')}
      initialValues={{ where: 'place' }}
      okTestId="trajectory-submit"
      onClose={onClose}
      onSubmit={submit}
    >
      <Form.Item name="where" label={t('tracing.trajectory.where')}>
        <Segmented<Where>
          options={[
            { value: 'place', label: t('tracing.trajectory.byPlace') },
            { value: 'address', label: t('tracing.trajectory.byAddress') },
          ]}
          data-testid="trajectory-where"
        />
      </Form.Item>
      <Form.Item noStyle dependencies={['where']}>
        {({ getFieldValue }) =>
          getFieldValue('where') === 'address' ? (
            <Form.Item
              name="address"
              label={t('tracing.trajectory.address')}
              rules={[{ required: true, whitespace: true }]}
            >
              <Input maxLength={200} placeholder={t('tracing.trajectory.addressPlaceholder')} />
            </Form.Item>
          ) : (
            <Form.Item name="placeId" label={t('tracing.trajectory.place')} rules={[{ required: true }]}>
              <PlaceSelect placeholder={t('tracing.trajectory.placePlaceholder')} data-testid="trajectory-place" />
            </Form.Item>
          )
        }
      </Form.Item>
      <Form.Item name="from" label={t('tracing.trajectory.from')} rules={[{ required: true }]}>
        <DatePicker {...MINUTE_PICKER} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="to" label={t('tracing.trajectory.to')} rules={[{ required: true }]}>
        <DatePicker {...MINUTE_PICKER} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="exposure" label={t('tracing.trajectory.exposure')}>
        <Input maxLength={500} placeholder={t('tracing.trajectory.exposurePlaceholder')} />
      </Form.Item>
      <Form.Item name="note" label={t('tracing.trajectory.note')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
