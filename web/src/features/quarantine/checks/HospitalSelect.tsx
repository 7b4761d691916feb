import { useCallback, useState } from 'react';
import { Select } from 'antd';
import { useFetch } from '../../../app/hooks/useFetch';
import { searchHospitals } from './api';

// The places search takes a name fragment of up to 50 characters.
const MAX_QUERY = 50;

type Props = {
  id?: string;
  value?: number;
  onChange?: (value: number) => void;
  placeholder?: string;
};

/** A hospital (a place of type hospital) searched by name, shown with its region. Works as a Form control. */
export function HospitalSelect({ id, value, onChange, placeholder }: Props) {
  const [q, setQ] = useState('');
  const load = useCallback((signal: AbortSignal) => searchHospitals(q.slice(0, MAX_QUERY), signal), [q]);
  const { data: hospitals, loading } = useFetch(load);
  return (
    <Select<number>
      id={id}
      value={value}
      onChange={onChange}
      showSearch={{ filterOption: false, onSearch: setQ }}
      loading={loading}
      options={(hospitals ?? []).map((h) => ({ value: h.id, label: `${h.name}（${h.region.name}）` }))}
      placeholder={placeholder}
      data-testid="hospital-select"
    />
  );
}
