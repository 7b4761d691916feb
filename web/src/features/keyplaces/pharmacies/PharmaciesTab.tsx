import { useState } from 'react';
import { App, Button, DatePicker, Flex, Form, Input, Select, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FileButton } from '../../../app/components/FileButton';
import { FilterForm } from '../../../app/components/FilterForm';
import { formatDateTime } from '../../../app/format';
import { useAction } from '../../../app/hooks/useAction';
import { useFetch } from '../../../app/hooks/useFetch';
import { usePagedQuery } from '../../../app/hooks/usePagedQuery';
import {
  drugCategories,
  fetchPharmacies,
  fetchSalesPage,
  importSales,
  keyPersonStatuses,
  type RowProblem,
  rowProblems,
  type Sale,
  type SaleBatchReply,
  type SaleFilter,
} from './api';
import { RowErrorsModal } from './RowErrorsModal';
import { SaleDetailModal } from './SaleDetailModal';
import { SaleFormModal } from './SaleFormModal';

const statusColor = { pending: 'processing', found_tested: 'success', under_measure: 'success', not_found: 'default' };
type Values = Omit<SaleFilter, 'from' | 'to'> & { range?: [Dayjs, Dayjs] };

/** 药店: the register of watched drug sales with each buyer's follow-up, a form and a register import. */
export function PharmaciesTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data: places } = useFetch(fetchPharmacies);
  const { setFilters, tableProps, reload } = usePagedQuery<SaleFilter, Sale>(fetchSalesPage, {});
  const [pharmacyId, setPharmacyId] = useState<number | undefined>();
  const [entering, setEntering] = useState(false);
  const [problems, setProblems] = useState<RowProblem[]>([]);
  const [shown, setShown] = useState<number | null>(null);
  const { run, busy } = useAction();
  const recordable = (places ?? []).filter((p) => p.canRecord);
  const target = pharmacyId ?? (recordable.length === 1 ? recordable[0]?.id : undefined);

  const done = (reply: SaleBatchReply) => {
    void message.success(t('pharmacies.recorded', reply));
    setEntering(false);
    reload();
  };
  const upload = (file: File) => {
    if (target === undefined) return;
    void run(async () => {
      try {
        done(await importSales(target, file));
      } catch (error) {
        const rows = rowProblems(error);
        if (rows.length === 0) throw error;
        setProblems(rows);
      }
    });
  };

  return (
    <Flex vertical gap={12}>
      {recordable.length > 0 && (
        <Flex wrap gap={8} align="center">
          <Select
            placeholder={t('pharmacies.choosePharmacy')}
            style={{ width: 240 }}
            value={target}
            onChange={setPharmacyId}
            options={recordable.map((p) => ({ value: p.id, label: p.name }))}
            data-testid="pharmacy-select"
          />
          <Button
            type="primary"
            icon={<PlusOutlined />}
            disabled={target === undefined}
            onClick={() => setEntering(true)}
            data-testid="sale-new"
          >
            {t('pharmacies.record')}
          </Button>
          {target !== undefined && (
            <FileButton label={t('pharmacies.import')} onFile={upload} busy={busy} testId="sale-import" />
          )}
          <Typography.Text type="secondary">{t('pharmacies.importHint')}</Typography.Text>
        </Flex>
      )}
      <FilterForm<Values, SaleFilter>
        name="pharmacy-sales"
        cleared={{}}
        onChange={setFilters}
        toFilters={({ range, ...rest }) => ({
          ...rest,
          ...(range ? { from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') } : {}),
          q: rest.q?.trim() || undefined,
        })}
      >
        <Form.Item name="pharmacyId">
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('pharmacies.pharmacy')}
            style={{ width: 200 }}
            options={(places ?? []).map((p) => ({ value: p.id, label: p.name }))}
          />
        </Form.Item>
        <Form.Item name="range">
          <DatePicker.RangePicker />
        </Form.Item>
        <Form.Item name="category">
          <Select
            allowClear
            placeholder={t('pharmacies.category')}
            style={{ width: 120 }}
            options={drugCategories.map((c) => ({ value: c, label: t(`pharmacies.categories.${c}`) }))}
          />
        </Form.Item>
        <Form.Item name="status">
          <Select
            allowClear
            placeholder={t('pharmacies.followUp')}
            style={{ width: 140 }}
            options={keyPersonStatuses.map((s) => ({ value: s, label: t(`screening.statuses.${s}`) }))}
          />
        </Form.Item>
        <Form.Item name="q">
          <Input allowClear placeholder={t('pharmacies.q')} style={{ width: 180 }} />
        </Form.Item>
      </FilterForm>
      <Table<Sale>
        {...tableProps}
        rowKey="id"
        size="small"
        scroll={{ x: 'max-content' }}
        data-testid="pharmacy-sales"
        columns={[
          { key: 'soldAt', title: t('pharmacies.soldAt'), render: (_, s) => formatDateTime(s.soldAt) },
          { key: 'pharmacy', title: t('pharmacies.pharmacy'), render: (_, s) => s.pharmacy.name },
          {
            key: 'buyer',
            title: t('pharmacies.buyerName'),
            render: (_, s) => <Typography.Link onClick={() => setShown(s.id)}>{s.buyerName}</Typography.Link>,
          },
          { key: 'idNumber', title: t('pharmacies.idNumber'), dataIndex: 'idNumber' },
          { key: 'phone', title: t('pharmacies.phone'), dataIndex: 'phone' },
          { key: 'drug', title: t('pharmacies.drugName'), dataIndex: 'drugName' },
          {
            key: 'category',
            title: t('pharmacies.category'),
            render: (_, s) => t(`pharmacies.categories.${s.category}`),
          },
          { key: 'quantity', title: t('pharmacies.quantity'), dataIndex: 'quantity' },
          {
            key: 'followUp',
            title: t('pharmacies.followUp'),
            render: (_, s) => (
              <Flex gap={4} wrap>
                <Tag color={statusColor[s.followUp.status]}>{t(`screening.statuses.${s.followUp.status}`)}</Tag>
                {s.followUp.overdue && <Tag color="error">{t('pharmacies.overdue')}</Tag>}
              </Flex>
            ),
          },
          {
            key: 'grid',
            title: t('pharmacies.grid'),
            render: (_, s) => s.followUp.grid?.name ?? t('pharmacies.unassigned'),
          },
          { key: 'due', title: t('pharmacies.dueAt'), render: (_, s) => formatDateTime(s.dueAt) },
          { key: 'via', title: t('pharmacies.via'), render: (_, s) => t(`pharmacies.vias.${s.via}`) },
          { key: 'by', title: t('pharmacies.recordedBy'), dataIndex: 'recordedBy' },
        ]}
      />
      {target !== undefined && (
        <SaleFormModal pharmacyId={target} open={entering} onClose={() => setEntering(false)} onDone={done} />
      )}
      <RowErrorsModal problems={problems} onClose={() => setProblems([])} />
      {shown !== null && <SaleDetailModal saleId={shown} onClose={() => setShown(null)} />}
    </Flex>
  );
}
