import { Button, Card, Checkbox, Flex, Form, Input, InputNumber, Select, Switch } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { itemKinds, maxItemWeight } from './api';
import type { ChecklistItem } from './api';

export type EditedChoice = { key: string; textZh: string; textEn: string; passes: boolean };
export type EditedItem = Omit<ChecklistItem, 'choices' | 'passing'> & { choices?: EditedChoice[] };

const KEY_RULE = { pattern: /^[a-z][a-z0-9_]*$/, message: 'a-z, 0-9, _' };

function ChoiceFields({ name }: { name: number }) {
  const { t } = useTranslation();
  return (
    <Form.List name={[name, 'choices']}>
      {(fields, { add, remove }) => (
        <Flex vertical gap={4}>
          {fields.map((field) => (
            <Flex key={field.key} gap={4} wrap align="start">
              <Form.Item name={[field.name, 'key']} rules={[{ required: true }, KEY_RULE]} noStyle>
                <Input placeholder={t('supervision.checklist.key')} style={{ width: 90 }} />
              </Form.Item>
              <Form.Item name={[field.name, 'textZh']} rules={[{ required: true }]} noStyle>
                <Input placeholder={t('supervision.checklist.textZh')} style={{ width: 110 }} />
              </Form.Item>
              <Form.Item name={[field.name, 'textEn']} rules={[{ required: true }]} noStyle>
                <Input placeholder={t('supervision.checklist.textEn')} style={{ width: 110 }} />
              </Form.Item>
              <Form.Item name={[field.name, 'passes']} valuePropName="checked" noStyle>
                <Checkbox>{t('supervision.checklist.passing')}</Checkbox>
              </Form.Item>
              <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(field.name)} />
            </Flex>
          ))}
          <Button size="small" icon={<PlusOutlined />} onClick={() => add({ passes: false })}>
            {t('supervision.checklist.addChoice')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}

/** The fields of one item; what passes depends on its kind. */
export function ItemFields({ name, index, onRemove }: { name: number; index: number; onRemove: () => void }) {
  const { t } = useTranslation();
  const kind = Form.useWatch(['items', name, 'kind']) as ChecklistItem['kind'] | undefined;
  return (
    <Card
      size="small"
      title={`${index + 1}`}
      extra={
        <Button
          type="text"
          danger
          icon={<DeleteOutlined />}
          onClick={onRemove}
          aria-label={t('supervision.checklist.remove')}
        />
      }
      style={{ marginBottom: 12 }}
    >
      <Flex gap={8} wrap>
        <Form.Item name={[name, 'key']} label={t('supervision.checklist.key')} rules={[{ required: true }, KEY_RULE]}>
          <Input style={{ width: 160 }} maxLength={40} />
        </Form.Item>
        <Form.Item name={[name, 'kind']} label={t('supervision.checklist.itemKind')}>
          <Select
            style={{ width: 120 }}
            options={itemKinds.map((value) => ({ value, label: t(`supervision.checklist.kinds.${value}`) }))}
          />
        </Form.Item>
        <Form.Item name={[name, 'weight']} label={t('supervision.checklist.weight')} rules={[{ required: true }]}>
          <InputNumber min={1} max={maxItemWeight} precision={0} />
        </Form.Item>
        <Form.Item name={[name, 'mustFixNow']} label={t('supervision.checklist.mustFixNow')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Flex>
      <Form.Item
        name={[name, 'textZh']}
        label={t('supervision.checklist.textZh')}
        rules={[{ required: true, whitespace: true }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name={[name, 'textEn']}
        label={t('supervision.checklist.textEn')}
        rules={[{ required: true, whitespace: true }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      {kind === 'yes_no' && (
        <Form.Item name={[name, 'expected']} label={t('supervision.checklist.expected')}>
          <Select
            options={[
              { value: true, label: t('supervision.inspection.yes') },
              { value: false, label: t('supervision.inspection.no') },
            ]}
          />
        </Form.Item>
      )}
      {kind === 'number' && (
        <Flex gap={8} wrap>
          <Form.Item name={[name, 'min']} label={t('supervision.checklist.min')}>
            <InputNumber />
          </Form.Item>
          <Form.Item name={[name, 'max']} label={t('supervision.checklist.max')}>
            <InputNumber />
          </Form.Item>
          <Form.Item name={[name, 'unit']} label={t('supervision.checklist.unit')}>
            <Input style={{ width: 80 }} maxLength={20} />
          </Form.Item>
        </Flex>
      )}
      {kind === 'choice' && (
        <Form.Item label={t('supervision.checklist.choices')}>
          <ChoiceFields name={name} />
        </Form.Item>
      )}
    </Card>
  );
}
