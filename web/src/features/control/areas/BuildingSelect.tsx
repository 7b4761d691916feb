import { useCallback, useState } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFetch } from '../../../app/hooks/useFetch';
import { searchBuildings } from './api';

type Props = { id?: string; value?: number; onChange?: (value: number) => void; regionId?: number };

/** A building of the jurisdiction found by address (within a region when one is chosen). Works as a Form control. */
export function BuildingSelect({ id, value, onChange, regionId }: Props) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const load = useCallback(
    (signal: AbortSignal) => {
      const query = q.trim().slice(0, 50);
      return query || regionId !== undefined
        ? searchBuildings({ q: query || undefined, regionId }, signal)
        : Promise.resolve([]);
    },
    [q, regionId],
  );
  const { data: buildings, loading } = useFetch(load);
  return (
    <Select<number>
      id={id}
      value={value}
      onChange={onChange}
      showSearch={{ filterOption: false, onSearch: setQ }}
      loading={loading}
      options={(buildings ?? []).map((b) => ({ value: b.id, label: b.name ? `${b.name}（${b.address}）` : b.address }))}
      placeholder={t('riskAreas.designate.buildingSearch')}
      notFoundContent={null}
      data-testid="designate-building"
    />
  );
}
