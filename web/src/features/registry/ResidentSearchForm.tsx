import { Form, Input, InputNumber, Select, Space, Switch } from 'antd';
import { FilterForm } from '../../app/components/FilterForm';
import { useTranslation } from 'react-i18next';
import { RegionTreeSelect } from '../regions/RegionTreeSelect';
import type { ResidentFilters, SpecialNeedsTag } from './api';
import { useSexOptions } from './useSexOptions';
import { useTagLabels } from './useTagLabels';

type Values = {
  q?: string;
  idNumber?: string;
  phone?: string;
  regionId?: number;
  tag?: SpecialNeedsTag;
  specialNeeds?: boolean;
  sex?: 'M' | 'F';
  ageMin?: number | null;
  ageMax?: number | null;
};

// Blank boxes mean "any", so they are left out of the query rather than sent empty.
const text = (value: string | undefined) => value?.trim() || undefined;

function toFilters({ q, idNumber, phone, specialNeeds, ageMin, ageMax, ...rest }: Values): ResidentFilters {
  return {
    ...rest,
    q: text(q),
    idNumber: text(idNumber),
    phone: text(phone),
    specialNeeds: specialNeeds || undefined,
    ageMin: ageMin ?? undefined,
    ageMax: ageMax ?? undefined,
  };
}

type Props = {
  /** The special-needs list offers only region and tag: the rest of the search is the residents tab's. */
  variant: 'all' | 'specialNeeds';
  onChange: (filters: ResidentFilters) => void;
};

export function ResidentSearchForm({ variant, onChange }: Props) {
  const { t } = useTranslation();
  const { tagOptions } = useTagLabels();
  const sexOptions = useSexOptions();
  const full = variant === 'all';

  return (
    <FilterForm<Values, ResidentFilters>
      name={`residentSearch-${variant}`}
      toFilters={toFilters}
      cleared={{}}
      onChange={onChange}
      submitTestId="resident-search-submit"
    >
      {full && (
        <>
          <Form.Item name="q">
            <Input allowClear maxLength={50} placeholder={t('registry.search.q')} data-testid="resident-search-q" />
          </Form.Item>
          <Form.Item name="idNumber">
            <Input allowClear maxLength={18} placeholder={t('registry.search.idNumber')} />
          </Form.Item>
          <Form.Item name="phone">
            <Input allowClear maxLength={20} placeholder={t('registry.search.phone')} />
          </Form.Item>
        </>
      )}
      <Form.Item name="regionId">
        <RegionTreeSelect allowClear placeholder={t('registry.search.region')} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="tag">
        <Select allowClear options={tagOptions} placeholder={t('registry.search.tag')} style={{ width: 160 }} />
      </Form.Item>
      {full && (
        <>
          <Form.Item name="sex">
            <Select allowClear options={sexOptions} placeholder={t('registry.resident.sex')} style={{ width: 100 }} />
          </Form.Item>
          <Form.Item>
            <Space.Compact>
              <Form.Item name="ageMin" noStyle>
                <InputNumber min={0} max={150} precision={0} placeholder={t('registry.search.ageMin')} />
              </Form.Item>
              <Form.Item name="ageMax" noStyle>
                <InputNumber min={0} max={150} precision={0} placeholder={t('registry.search.ageMax')} />
              </Form.Item>
            </Space.Compact>
          </Form.Item>
          <Form.Item name="specialNeeds" label={t('registry.search.specialNeedsOnly')} valuePropName="checked">
            <Switch size="small" />
          </Form.Item>
        </>
      )}
    </FilterForm>
  );
}
