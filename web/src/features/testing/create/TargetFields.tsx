import { Form, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TargetKind } from '../api';
import { MAX_LISTED, parseIdList } from './idList';
import { IdListInput } from './IdListInput';
import { useKeypostGroups } from './useKeypostGroups';

export const targetKinds: TargetKind[] = ['residents', 'keypost', 'list'];

/** Who the round is to test: every resident of its areas, key-post workers of some groups, or a list. */
export function TargetFields() {
  const { t } = useTranslation();
  const kind = Form.useWatch<TargetKind | undefined>('targetKind') ?? 'residents';
  const { groups, loading } = useKeypostGroups(kind === 'keypost');

  const checkList = (_: unknown, text: string | undefined) => {
    const { listed } = parseIdList(text ?? '');
    if (listed.length === 0) return Promise.reject(new Error(t('testing.form.idListRequired')));
    if (listed.length > MAX_LISTED)
      return Promise.reject(new Error(t('testing.form.idListTooLong', { max: MAX_LISTED })));
    return Promise.resolve();
  };

  return (
    <>
      <Form.Item name="targetKind" label={t('testing.form.target')}>
        <Radio.Group
          optionType="button"
          options={targetKinds.map((value) => ({ value, label: t(`testing.target.${value}`) }))}
        />
      </Form.Item>
      {kind === 'keypost' && (
        <Form.Item name="groupIds" label={t('testing.form.groups')} extra={t('testing.form.groupsHint')}>
          <Select<number[]>
            mode="multiple"
            allowClear
            loading={loading}
            options={groups.map((group) => ({ value: group.id, label: group.name }))}
            placeholder={t('testing.form.groupsPlaceholder')}
          />
        </Form.Item>
      )}
      {kind === 'list' && (
        <Form.Item
          name="idList"
          label={t('testing.form.idList')}
          extra={t('testing.form.idListHint', { max: MAX_LISTED })}
          rules={[{ validator: checkList }]}
        >
          <IdListInput />
        </Form.Item>
      )}
    </>
  );
}
