import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FilterForm } from '../../../app/components/FilterForm';
import type { CaseFilters, Classification, FoundVia } from '../api';
import { useVocabularyOptions } from '../vocabulary';

type Values = { q?: string; classification?: Classification; foundVia?: FoundVia };

const toFilters = ({ q, ...rest }: Values): CaseFilters => ({ ...rest, q: q?.trim() || undefined });

/** Narrows the cases by classification, how they were found, and name, code or ID number. */
export function CaseFilterForm({ onChange }: { onChange: (filters: CaseFilters) => void }) {
  const { t } = useTranslation();
  const { classificationOptions, foundViaOptions } = useVocabularyOptions();
  return (
    <FilterForm<Values, CaseFilters>
      name="caseSearch"
      toFilters={toFilters}
      cleared={{}}
      onChange={onChange}
      submitTestId="case-search-submit"
    >
      <Form.Item name="q">
        <Input allowClear maxLength={50} placeholder={t('tracing.case.search')} data-testid="case-search-q" />
      </Form.Item>
      <Form.Item name="classification">
        <Select
          allowClear
          options={classificationOptions}
          placeholder={t('tracing.case.classification')}
          style={{ width: 150 }}
        />
      </Form.Item>
      <Form.Item name="foundVia">
        <Select allowClear options={foundViaOptions} placeholder={t('tracing.case.foundVia')} style={{ width: 160 }} />
      </Form.Item>
    </FilterForm>
  );
}
