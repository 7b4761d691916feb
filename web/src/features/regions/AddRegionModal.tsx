import { App, Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../app/components/FormModal';
import { createRegion } from './api';
import type { Region } from './api';
import { RegionFields } from './RegionFields';
import { normaliseCode } from './regionText';
import { useRegionLevels } from './useRegionLevels';

type Values = { levelId: number; name: string; code?: string };

type Props = {
  open: boolean;
  /** null adds a top-level region. */
  parent: Region | null;
  onClose: () => void;
  onCreated: (region: Region) => void;
};

export function AddRegionModal({ open, parent, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { levels, levelName } = useRegionLevels();

  // A child sits on a lower tier than its parent (greater rank), e.g. no district inside a street.
  const parentRank = levels.find((level) => level.id === parent?.levelId)?.rank ?? -Infinity;
  const allowed = levels.filter((level) => level.rank > parentRank).sort((a, b) => a.rank - b.rank);

  const submit = async ({ levelId, name, code }: Values) => {
    const region = await createRegion({
      parentId: parent?.id ?? null,
      levelId,
      name: name.trim(),
      code: normaliseCode(code),
    });
    void message.success(t('regions.created'));
    onCreated(region);
  };

  return (
    <FormModal<Values>
      open={open}
      name="addRegion"
      title={parent ? t('regions.addChildTitle', { name: parent.name }) : t('regions.addTitle')}
      initialValues={{ levelId: allowed[0]?.id }}
      onClose={onClose}
      onSubmit={submit}
    >
      <Form.Item name="levelId" label={t('regions.level')} rules={[{ required: true }]}>
        <Select options={allowed.map((level) => ({ value: level.id, label: levelName(level.key) }))} />
      </Form.Item>
      <RegionFields />
    </FormModal>
  );
}
