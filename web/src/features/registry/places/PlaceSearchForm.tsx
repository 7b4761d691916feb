import { Button, Form, Input, Select } from 'antd';
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
  const [form] = Form.useForm<Values>();
  const reset = () => {
    form.resetFields();
    onChange({});
  };

  return (
    <Form<Values>
      form={form}
      name="placeSearch"
      layout="inline"
      onFinish={(values) => onChange(toFilters(values))}
      style={{ rowGap: 8, marginBottom: 16 }}
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
      <Form.Item>
        <Button type="primary" htmlType="submit" data-testid="place-search-submit">
          {t('common.search')}
        </Button>
      </Form.Item>
      <Form.Item>
        <Button onClick={reset}>{t('common.reset')}</Button>
      </Form.Item>
    </Form>
  );
}
