import { App, Button, Card, Col, DatePicker, Flex, Form, Input, InputNumber, Row, Select } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../../app/hooks/useAction';
import { saveClasses, saveSchool, schoolStatuses } from './api';
import type { SchoolClass, SchoolDetail, SchoolLedgerBody } from './api';

type LedgerValues = Omit<SchoolLedgerBody, 'samplingStartsOn'> & { samplingStartsOn: Dayjs };

/** Status, counts and the sampling rule of a school. */
export function SchoolLedgerForm({ detail, onSaved }: { detail: SchoolDetail; onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { run, busy } = useAction();
  const [form] = Form.useForm<LedgerValues>();
  const { ledger, canEdit } = detail;
  return (
    <Form<LedgerValues>
      form={form}
      name="schoolLedger"
      layout="vertical"
      disabled={!canEdit}
      initialValues={{ ...ledger, samplingStartsOn: dayjs(ledger.samplingStartsOn) }}
      onFinish={(values) =>
        void run(async () => {
          await saveSchool(ledger.id, { ...values, samplingStartsOn: values.samplingStartsOn.format('YYYY-MM-DD') });
          void message.success(t('schools.saved'));
          onSaved();
        }, form)
      }
    >
      <Form.Item name="status" label={t('schools.field.status')}>
        <Select options={schoolStatuses.map((s) => ({ value: s, label: t(`schools.status.${s}`) }))} />
      </Form.Item>
      <Row gutter={12}>
        {(['students', 'staff', 'samplingPercent'] as const).map((key) => (
          <Col key={key} xs={12} sm={8}>
            <Form.Item name={key} label={t(`schools.field.${key}`)} rules={[{ required: true }]}>
              <InputNumber
                min={key === 'samplingPercent' ? 1 : 0}
                max={key === 'samplingPercent' ? 100 : undefined}
                precision={0}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Form.Item name="samplingStartsOn" label={t('schools.field.samplingStartsOn')}>
        <DatePicker allowClear={false} />
      </Form.Item>
      {canEdit && (
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('schools.save')}
        </Button>
      )}
    </Form>
  );
}

/** The school's classes (name and size), the base of its sampling schedule. */
export function ClassesForm({ detail, onSaved }: { detail: SchoolDetail; onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { run, busy } = useAction();
  const [form] = Form.useForm<{ classes: SchoolClass[] }>();
  return (
    <Card size="small" title={t('schools.classesTitle')} style={{ marginTop: 16 }}>
      <Form<{ classes: SchoolClass[] }>
        form={form}
        name="schoolClasses"
        disabled={!detail.canEdit}
        initialValues={{ classes: detail.classList }}
        onFinish={(values) =>
          void run(async () => {
            await saveClasses(detail.ledger.id, values.classes);
            void message.success(t('schools.saved'));
            onSaved();
          }, form)
        }
      >
        <Form.List name="classes">
          {(fields, { add, remove }) => (
            <Flex vertical gap={4}>
              {fields.map((field) => (
                <Flex key={field.key} gap={8}>
                  <Form.Item
                    name={[field.name, 'name']}
                    rules={[{ required: true }]}
                    style={{ flex: 1, marginBottom: 0 }}
                  >
                    <Input maxLength={30} placeholder={t('schools.field.className')} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'size']} rules={[{ required: true }]} style={{ marginBottom: 0 }}>
                    <InputNumber min={1} max={200} precision={0} placeholder={t('schools.field.classSize')} />
                  </Form.Item>
                  <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} />
                </Flex>
              ))}
              {detail.canEdit && (
                <Flex gap={8}>
                  <Button icon={<PlusOutlined />} onClick={() => add({ name: '', size: 40 })}>
                    {t('schools.addClass')}
                  </Button>
                  <Button type="primary" htmlType="submit" loading={busy}>
                    {t('schools.saveClasses')}
                  </Button>
                </Flex>
              )}
            </Flex>
          )}
        </Form.List>
      </Form>
    </Card>
  );
}
