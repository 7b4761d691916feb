import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../app/components/FormModal';
import { RegionTreeSelect } from '../regions/RegionTreeSelect';
import { moveResident } from './api';
import type { Resident } from './api';
import { ReasonField } from './ReasonField';

type Values = { gridId: number; householdAddress?: string; reason: string };

type Props = { open: boolean; resident: Resident; onClose: () => void; onMoved: (resident: Resident) => void };

export function MoveResidentModal({ open, resident, onClose, onMoved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();

  // Residents live in grids: the server refuses any other level and says so.
  const submit = async ({ gridId, householdAddress, reason }: Values) => {
    const moved = await moveResident(resident.id, {
      gridId,
      householdAddress: householdAddress?.trim() || undefined,
      reason: reason.trim(),
    });
    void message.success(t('registry.detail.moved'));
    onMoved(moved);
  };

  return (
    <FormModal<Values>
      open={open}
      name="moveResident"
      title={t('registry.detail.moveTitle', { name: resident.name })}
      onClose={onClose}
      onSubmit={submit}
    >
      <Form.Item
        name="gridId"
        label={t('registry.detail.newGrid')}
        extra={t('registry.detail.newGridHint')}
        rules={[{ required: true }]}
      >
        <RegionTreeSelect />
      </Form.Item>
      <Form.Item
        name="householdAddress"
        label={t('registry.detail.newHousehold')}
        extra={t('registry.detail.newHouseholdHint')}
      >
        <Input maxLength={200} />
      </Form.Item>
      <ReasonField />
    </FormModal>
  );
}
