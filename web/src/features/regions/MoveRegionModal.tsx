import { App, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../app/components/FormModal';
import { updateRegion } from './api';
import type { Region } from './api';
import { RegionTreeSelect } from './RegionTreeSelect';

type Values = { parentId: number };

type Props = {
  open: boolean;
  region: Region;
  onClose: () => void;
  onMoved: (from: number | null, to: number) => void;
};

export function MoveRegionModal({ open, region, onClose, onMoved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();

  // Whether the new parent's level fits is the server's rule; it answers with the reason if not.
  const submit = async ({ parentId }: Values) => {
    await updateRegion(region.id, { parentId });
    void message.success(t('regions.moved'));
    onMoved(region.parentId, parentId);
  };

  return (
    <FormModal<Values>
      open={open}
      name="moveRegion"
      title={t('regions.moveTitle', { name: region.name })}
      onClose={onClose}
      onSubmit={submit}
    >
      <Form.Item name="parentId" label={t('regions.newParent')} rules={[{ required: true }]}>
        <RegionTreeSelect exclude={region.id} />
      </Form.Item>
    </FormModal>
  );
}
