import { Button, Flex, Form, Input } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/** The persons whose names were taken: name, and ID number and phone when shown. */
export function PeopleFields() {
  const { t } = useTranslation();
  return (
    <Form.List name="people">
      {(fields, { add, remove }) => (
        <Flex vertical gap={8}>
          {fields.map((field) => (
            <Flex key={field.key} gap={4} wrap align="center">
              <Form.Item name={[field.name, 'name']} noStyle rules={[{ required: true, whitespace: true }]}>
                <Input size="large" placeholder={t('checkpoints.personName')} style={{ width: '30%' }} />
              </Form.Item>
              <Form.Item name={[field.name, 'idNumber']} noStyle>
                <Input size="large" placeholder={t('checkpoints.idNumber')} style={{ width: '60%' }} />
              </Form.Item>
              <Form.Item name={[field.name, 'phone']} noStyle>
                <Input size="large" inputMode="tel" placeholder={t('checkpoints.phone')} style={{ width: '60%' }} />
              </Form.Item>
              <MinusCircleOutlined onClick={() => remove(field.name)} />
            </Flex>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => add({ name: '' })}>
            {t('checkpoints.addPerson')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}
