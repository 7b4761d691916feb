import { Form, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../app/components/FormModal';
import { bedLevels, setBeds } from '../api';
import type { Hospital } from '../api';

type Values = Record<(typeof bedLevels)[number], number>;

type Props = { hospital: Hospital | null; onClose: () => void; onSaved: (hospital: Hospital) => void };

/** Sets a hospital's beds per level; the server refuses fewer beds than patients in a level. */
export function BedsModal({ hospital, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const initialValues = hospital
    ? { general: hospital.beds.general.beds, severe: hospital.beds.severe.beds, icu: hospital.beds.icu.beds }
    : undefined;
  return (
    <FormModal<Values>
      open={hospital !== null}
      title={t('treatment.hospital.bedsTitle', { name: hospital?.name ?? '' })}
      name="beds"
      initialValues={initialValues}
      okTestId="beds-submit"
      onClose={onClose}
      onSubmit={async (values) => {
        if (hospital) onSaved(await setBeds(hospital.id, values));
      }}
    >
      {bedLevels.map((level) => (
        <Form.Item
          key={level}
          name={level}
          label={t(`treatment.bedLevels.${level}`)}
          extra={hospital ? t('treatment.hospital.free', { free: hospital.beds[level].free }) : undefined}
          rules={[{ required: true }]}
        >
          <InputNumber min={0} max={100_000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      ))}
    </FormModal>
  );
}
