import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FilterForm } from '../../../app/components/FilterForm';
import { useFetch } from '../../../app/hooks/useFetch';
import { fetchSites } from '../sites/api';
import type { QuarantineFilters } from './api';
import { useQuarantineOptions } from './vocabulary';

type Values = Omit<QuarantineFilters, 'endsBy'> & { endsBy?: Dayjs | null };

const toFilters = ({ q, endsBy, ...rest }: Values): QuarantineFilters => ({
  ...rest,
  q: q?.trim() || undefined,
  endsBy: endsBy ? endsBy.format('YYYY-MM-DD') : undefined,
});

/** Narrows the list by site, group, mode, status, planned end, and name or ID number. */
export function QuarantineFilterForm({ onChange }: { onChange: (filters: QuarantineFilters) => void }) {
  const { t } = useTranslation();
  const { groupOptions, modeOptions, statusOptions } = useQuarantineOptions();
  const sites = useFetch(fetchSites).data ?? [];
  return (
    <FilterForm<Values, QuarantineFilters>
      name="quarantineSearch"
      toFilters={toFilters}
      cleared={{ status: 'active' }}
      onChange={onChange}
      submitTestId="quarantine-search-submit"
    >
      <Form.Item name="q">
        <Input allowClear maxLength={50} placeholder={t('quarantine.list.q')} style={{ width: 170 }} />
      </Form.Item>
      <Form.Item name="siteId">
        <Select
          allowClear
          options={sites.map((s) => ({ value: s.id, label: s.name }))}
          placeholder={t('quarantine.list.site')}
          style={{ width: 170 }}
        />
      </Form.Item>
      <Form.Item name="group">
        <Select allowClear options={groupOptions} placeholder={t('quarantine.list.group')} style={{ width: 140 }} />
      </Form.Item>
      <Form.Item name="mode">
        <Select allowClear options={modeOptions} placeholder={t('quarantine.list.mode')} style={{ width: 120 }} />
      </Form.Item>
      <Form.Item name="status" initialValue="active">
        <Select allowClear options={statusOptions} placeholder={t('quarantine.list.status')} style={{ width: 110 }} />
      </Form.Item>
      <Form.Item name="endsBy">
        <DatePicker placeholder={t('quarantine.list.endsBy')} />
      </Form.Item>
    </FilterForm>
  );
}
