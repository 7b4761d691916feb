import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../app/api/client';
import { FormModal } from '../../../app/components/FormModal';
import { drugCategories, type DrugCategory, recordSales, type SaleBatchReply } from './api';

type Values = {
  buyerName: string;
  idNumber: string;
  phone?: string;
  drugName: string;
  category: DrugCategory;
  quantity: number;
  soldAt: Dayjs;
};

/** One sale by form; the server's reasons shown under the fields they name, in the user's language. */
export function SaleFormModal({
  pharmacyId,
  open,
  onClose,
  onDone,
}: {
  pharmacyId: number;
  open: boolean;
  onClose: () => void;
  onDone: (reply: SaleBatchReply) => void;
}) {
  const { t } = useTranslation();
  const submit = async (values: Values) => {
    try {
      const { soldAt, phone, ...rest } = values;
      // The time is sent as chosen, so sending the form twice stores the sale once.
      onDone(
        await recordSales(pharmacyId, [{ ...rest, ...(phone?.trim() ? { phone } : {}), soldAt: soldAt.toISOString() }]),
      );
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      throw new ApiError(error.status, {
        code: error.code,
        detail: error.detail,
        errors: error.errors.map((e) => ({ ...e, message: t(`pharmacies.reasons.${e.message}`, e.message) })),
      });
    }
  };
  return (
    <FormModal<Values>
      open={open}
      title={t('pharmacies.record')}
      onClose={onClose}
      onSubmit={submit}
      initialValues={{ category: 'fever', quantity: 1, soldAt: dayjs() }}
      okTestId="sale-submit"
    >
      <Form.Item name="buyerName" label={t('pharmacies.buyerName')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={50} data-testid="sale-buyer" />
      </Form.Item>
      <Form.Item name="idNumber" label={t('pharmacies.idNumber')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={40} data-testid="sale-id-number" />
      </Form.Item>
      <Form.Item name="phone" label={t('pharmacies.phone')}>
        <Input maxLength={30} inputMode="tel" />
      </Form.Item>
      <Form.Item name="drugName" label={t('pharmacies.drugName')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={100} data-testid="sale-drug" />
      </Form.Item>
      <Form.Item name="category" label={t('pharmacies.category')} rules={[{ required: true }]}>
        <Select options={drugCategories.map((c) => ({ value: c, label: t(`pharmacies.categories.${c}`) }))} />
      </Form.Item>
      <Form.Item name="quantity" label={t('pharmacies.quantity')} rules={[{ required: true }]}>
        <InputNumber min={1} max={1000} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="soldAt" label={t('pharmacies.soldAt')} rules={[{ required: true }]}>
        <DatePicker showTime style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
      </Form.Item>
    </FormModal>
  );
}
