import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FilterForm } from '../../../app/components/FilterForm';
import type { ContactFilters, ContactKind, ContactStatus } from '../api';
import { useVocabularyOptions } from '../vocabulary';

type Values = { q?: string; kind?: ContactKind; status?: ContactStatus };

const toFilters = ({ q, ...rest }: Values): ContactFilters => ({ ...rest, q: q?.trim() || undefined });

/** Narrows the contacts by kind, control status, and name or ID number. */
export function ContactFilterForm({ onChange }: { onChange: (filters: ContactFilters) => void }) {
  const { t } = useTranslation();
  const { kindOptions, statusOptions } = useVocabularyOptions();
  return (
    <FilterForm<Values, ContactFilters>
      name="contactSearch"
      toFilters={toFilters}
      cleared={{}}
      onChange={onChange}
      submitTestId="contact-search-submit"
    >
      <Form.Item name="q">
        <Input allowClear maxLength={50} placeholder={t('tracing.contact.search')} data-testid="contact-search-q" />
      </Form.Item>
      <Form.Item name="kind">
        <Select allowClear options={kindOptions} placeholder={t('tracing.contact.kind')} style={{ width: 150 }} />
      </Form.Item>
      <Form.Item name="status">
        <Select allowClear options={statusOptions} placeholder={t('tracing.contact.status')} style={{ width: 120 }} />
      </Form.Item>
    </FilterForm>
  );
}
