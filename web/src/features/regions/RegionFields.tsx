import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

/** Name and optional code, the same when adding and when editing a region. */
export function RegionFields() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="name" label={t('regions.name')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        name="code"
        label={t('regions.code')}
        extra={t('regions.codeHint')}
        rules={[{ pattern: /^[0-9A-Za-z_-]+$/, message: t('regions.codeInvalid') }]}
      >
        <Input maxLength={32} />
      </Form.Item>
    </>
  );
}
