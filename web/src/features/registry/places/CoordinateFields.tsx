import type { CSSProperties } from 'react';
import { Flex, Form, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';

/** Longitude and latitude side by side, the same on registering a place and on editing it. */
export function CoordinateFields({ itemStyle }: { itemStyle: CSSProperties }) {
  const { t } = useTranslation();
  return (
    <Flex wrap gap={16}>
      <Form.Item name="lng" label={t('registry.place.lng')} style={itemStyle}>
        <InputNumber min={-180} max={180} step={0.000001} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="lat" label={t('registry.place.lat')} style={itemStyle}>
        <InputNumber min={-90} max={90} step={0.000001} style={{ width: '100%' }} />
      </Form.Item>
    </Flex>
  );
}
