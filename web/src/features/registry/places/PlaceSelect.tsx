import { useCallback, useState } from 'react';
import { Select } from 'antd';
import { useFetch } from '../../../app/hooks/useFetch';
import { searchPlaces } from './api';

// The places search takes a name fragment of up to 50 characters.
const MAX_QUERY = 50;

type Props = {
  id?: string;
  value?: number;
  onChange?: (value: number) => void;
  placeholder?: string;
  'data-testid'?: string;
};

/** A place of any type searched by name on the server, shown with its region. Works as a Form control. */
export function PlaceSelect({ id, value, onChange, placeholder, 'data-testid': testId }: Props) {
  const [q, setQ] = useState('');
  const load = useCallback((signal: AbortSignal) => searchPlaces(q.slice(0, MAX_QUERY), signal), [q]);
  const { data: places, loading } = useFetch(load);
  return (
    <Select<number>
      id={id}
      value={value}
      onChange={onChange}
      showSearch={{ filterOption: false, onSearch: setQ }}
      loading={loading}
      options={(places ?? []).map((place) => ({ value: place.id, label: `${place.name}（${place.region.name}）` }))}
      placeholder={placeholder}
      data-testid={testId}
    />
  );
}
