import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../app/components/FormModal';
import { updateRegion } from './api';
import type { Region } from './api';
import { RegionFields } from './RegionFields';
import { normaliseCode } from './regionText';

type Values = { name: string; code?: string };

type Props = { open: boolean; region: Region; onClose: () => void; onSaved: () => void };

export function EditRegionModal({ open, region, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();

  const submit = async ({ name, code }: Values) => {
    await updateRegion(region.id, { name: name.trim(), code: normaliseCode(code) });
    void message.success(t('regions.saved'));
    onSaved();
  };

  return (
    <FormModal<Values>
      open={open}
      name="editRegion"
      title={t('regions.editTitle')}
      initialValues={{ name: region.name, code: region.code ?? '' }}
      onClose={onClose}
      onSubmit={submit}
    >
      <RegionFields />
    </FormModal>
  );
}
