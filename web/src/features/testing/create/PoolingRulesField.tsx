import { Button, Flex, Form, Select } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { RegionTreeSelect } from '../../regions/RegionTreeSelect';
import type { Pooling } from '../api';

/** An area of the round sampled otherwise than the round's pooling. */
export type PoolingRuleRow = { regionId: number; pooling: Pooling };

export const poolingModes: Pooling[] = ['single', 'household'];

/** Areas sampled one tube each, or one tube per household (sealed areas): a list of rows to add and remove. */
export function PoolingRulesField() {
  const { t } = useTranslation();
  const modes = poolingModes.map((value) => ({ value, label: t(`testing.poolingModes.${value}`) }));
  return (
    <Form.Item label={t('testing.form.poolingRules')} extra={t('testing.form.poolingRulesHint')}>
      <Form.List name="poolingRules">
        {(fields, { add, remove }) => (
          <Flex vertical gap={8}>
            {fields.map(({ key, name }) => (
              <Flex key={key} gap={8} align="start">
                <Form.Item
                  name={[name, 'regionId']}
                  rules={[{ required: true, message: t('testing.form.poolingRegionRequired') }]}
                  style={{ flex: 1, marginBottom: 0 }}
                >
                  <RegionTreeSelect placeholder={t('testing.form.poolingRegion')} />
                </Form.Item>
                <Form.Item name={[name, 'pooling']} style={{ marginBottom: 0 }}>
                  <Select options={modes} style={{ width: 140 }} />
                </Form.Item>
                <Button
                  type="text"
                  icon={<DeleteOutlined />}
                  aria-label={t('testing.form.remove')}
                  onClick={() => remove(name)}
                />
              </Flex>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ pooling: 'single' })}
              style={{ alignSelf: 'flex-start' }}
              data-testid="campaign-pooling-add"
            >
              {t('testing.form.addPoolingRule')}
            </Button>
          </Flex>
        )}
      </Form.List>
    </Form.Item>
  );
}
