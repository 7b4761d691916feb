import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useKeypostGroups } from './useKeypostGroups';

/** Key-post groups whose workers the round samples one tube each (单管单采), wherever they live. */
export function SingleTubeGroupsField() {
  const { t } = useTranslation();
  const { groups, loading } = useKeypostGroups(true);
  return (
    <Form.Item
      name="singleTubeGroupIds"
      label={t('testing.form.singleTubeGroups')}
      extra={t('testing.form.singleTubeGroupsHint')}
    >
      <Select
        mode="multiple"
        allowClear
        loading={loading}
        data-testid="single-tube-groups"
        placeholder={t('testing.form.singleTubeGroupsPlaceholder')}
        options={groups.map((group) => ({ value: group.id, label: group.name }))}
      />
    </Form.Item>
  );
}
