import { App, Button, Col, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../../app/hooks/useAction';
import { closedLoopStatuses, saveEnterprise } from './api';
import type { EnterpriseDetail, EnterpriseLedgerBody } from './api';

const counts = ['headcount', 'workersBack', 'onDuty', 'dormitories', 'dormitoryPersons'] as const;

/** The ledger's fields; read-only for those who may not keep it. */
export function LedgerForm({ detail, onSaved }: { detail: EnterpriseDetail; onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { run, busy } = useAction();
  const [form] = Form.useForm<EnterpriseLedgerBody>();
  const { ledger, canEdit } = detail;
  const initialValues: EnterpriseLedgerBody = {
    headcount: ledger.headcount,
    workersBack: ledger.workersBack,
    onDuty: ledger.onDuty,
    closedLoop: ledger.closedLoop,
    dormitories: ledger.dormitories,
    dormitoryPersons: ledger.dormitoryPersons,
    canteenOpen: ledger.canteenOpen,
    staggeredMeals: ledger.staggeredMeals,
    liaisonName: ledger.liaisonName,
    liaisonPhone: ledger.liaisonPhone,
  };
  return (
    <Form<EnterpriseLedgerBody>
      form={form}
      name="enterpriseLedger"
      layout="vertical"
      disabled={!canEdit}
      initialValues={initialValues}
      onFinish={(values) =>
        void run(async () => {
          await saveEnterprise(ledger.id, {
            ...values,
            liaisonName: values.liaisonName?.trim() || null,
            liaisonPhone: values.liaisonPhone?.trim() || null,
          });
          void message.success(t('enterprises.saved'));
          onSaved();
        }, form)
      }
    >
      <Row gutter={12}>
        {counts.map((key) => (
          <Col key={key} xs={12} sm={8}>
            <Form.Item name={key} label={t(`enterprises.field.${key}`)} rules={[{ required: true }]}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Form.Item name="closedLoop" label={t('enterprises.field.closedLoop')}>
        <Select options={closedLoopStatuses.map((s) => ({ value: s, label: t(`enterprises.closedLoop.${s}`) }))} />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="canteenOpen" label={t('enterprises.field.canteenOpen')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="staggeredMeals" label={t('enterprises.field.staggeredMeals')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="liaisonName" label={t('enterprises.field.liaisonName')}>
            <Input maxLength={50} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="liaisonPhone" label={t('enterprises.field.liaisonPhone')}>
            <Input maxLength={20} inputMode="tel" />
          </Form.Item>
        </Col>
      </Row>
      {canEdit && (
        <Button type="primary" htmlType="submit" loading={busy} data-testid="enterprise-save">
          {t('enterprises.save')}
        </Button>
      )}
    </Form>
  );
}
