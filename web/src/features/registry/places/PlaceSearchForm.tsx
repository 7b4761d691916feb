import { Form, Input, Select } from 'antd';
import { FilterForm } from '../../../app/components/FilterForm';
import { useTranslation } from 'react-i18next';
import { RegionTreeSelect } from '../../regions/RegionTreeSelect';
import type { PlaceFilters, PlaceType } from './api';
import { usePlaceTypeOptions } from './usePlaceTypeOptions';

type Values = { q?: string; type?: PlaceType; regionId?: number };

// A blank name means "any", so it is left out of the query rather than sent empty.
const toFilters = ({ q, ...rest }: Values): PlaceFilters => ({ ...rest, q: q?.trim() || undefined });

export function PlaceSearchForm({ onChange }: { onChange: (filters: PlaceFilters) => void }) {
  const { t } = useTranslation();
  const typeOptions = usePlaceTypeOptions();

  return (
    <FilterForm<Values, PlaceFilters>
      name="placeSearch"
      toFilters={toFilters}
      cleared={{}}
      onChange={onChange}
      submitTestId="place-search-submit"
    >
      <Form.Item name="q">
        <Input allowClear maxLength={50} placeholder={t('registry.place.searchName')} data-testid="place-search-q" />
      </Form.Item>
      <Form.Item name="type">
        <Select allowClear options={typeOptions} placeholder={t('registry.place.searchType')} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="regionId">
        <RegionTreeSelect allowClear placeholder={t('registry.search.region')} style={{ width: 200 }} />
      </Form.Item>
    </FilterForm>
  );
}
