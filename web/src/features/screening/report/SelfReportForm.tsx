import { Button, DatePicker, Form, Input } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../app/api/client';
import { useAction } from '../../../app/hooks/useAction';
import { beijingInstant } from '../../testing/time';
import { personLimits, rowRejections, submitSelfReport } from '../api';
import type { RowRejection } from '../api';

type Values = {
  name: string;
  idNumber: string;
  phone: string;
  address: string;
  fromArea: string;
  arrivedAt: Dayjs;
  note?: string;
};

const isReason = (message: string): message is RowRejection['reason'] =>
  rowRejections.some((reason) => reason === message);

/** The report form; on success, hands up the receipt reference. */
export function SelfReportForm({ onReported }: { onReported: (reference: string) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { run, busy } = useAction();
  const required = [{ required: true, whitespace: true }];

  // The server names what is wrong with each answer by a reason code; the resident reads it in words.
  const inWords = (error: unknown) => {
    if (!(error instanceof ApiError) || error.code !== 'SELF_REPORT_INVALID') return error;
    const errors = error.errors.map(({ path, message }) => ({
      path,
      message: isReason(message) ? t(`screening.rejections.${message}`) : message,
    }));
    return new ApiError(error.status, { code: error.code, detail: error.detail, errors });
  };

  const submit = ({ arrivedAt, note, ...answers }: Values) =>
    void run(async () => {
      const report = {
        name: answers.name.trim(),
        idNumber: answers.idNumber.trim(),
        phone: answers.phone.trim(),
        address: answers.address.trim(),
        fromArea: answers.fromArea.trim(),
        arrivedAt: beijingInstant(arrivedAt),
        note: note?.trim() || undefined,
      };
      try {
        onReported(await submitSelfReport(report));
      } catch (error) {
        throw inWords(error);
      }
    }, form);

  return (
    <Form<Values> form={form} name="selfReport" layout="vertical" onFinish={submit} requiredMark={false}>
      <Form.Item name="name" label={t('screening.selfReport.name')} rules={required}>
        <Input maxLength={personLimits.name} autoComplete="name" />
      </Form.Item>
      <Form.Item name="idNumber" label={t('screening.selfReport.idNumber')} rules={required}>
        <Input maxLength={18} autoComplete="off" spellCheck={false} />
      </Form.Item>
      <Form.Item name="phone" label={t('screening.selfReport.phone')} rules={required}>
        <Input maxLength={personLimits.phone} inputMode="tel" autoComplete="tel" />
      </Form.Item>
      <Form.Item name="address" label={t('screening.selfReport.address')} rules={required}>
        <Input maxLength={personLimits.address} placeholder={t('screening.selfReport.addressPlaceholder')} />
      </Form.Item>
      <Form.Item name="fromArea" label={t('screening.selfReport.fromArea')} rules={required}>
        <Input maxLength={personLimits.fromArea} placeholder={t('screening.selfReport.fromAreaPlaceholder')} />
      </Form.Item>
      <Form.Item name="arrivedAt" label={t('screening.selfReport.arrivedAt')} rules={[{ required: true }]}>
        <DatePicker
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          disabledDate={(day) => day.isAfter(dayjs(), 'day')}
          style={{ width: '100%' }}
        />
      </Form.Item>
      <Form.Item name="note" label={t('screening.selfReport.note')}>
        <Input.TextArea
          rows={3}
          maxLength={personLimits.note}
          placeholder={t('screening.selfReport.notePlaceholder')}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" block size="large" loading={busy} data-testid="self-report-submit">
        {t('screening.selfReport.submit')}
      </Button>
    </Form>
  );
}
