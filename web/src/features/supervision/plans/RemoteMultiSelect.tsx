import { useCallback, useState } from 'react';
import { Select } from 'antd';
import { useFetch } from '../../../app/hooks/useFetch';

export type Option = { value: string; label: string };

type Props = {
  id?: string;
  value?: Option[];
  onChange?: (value: Option[]) => void;
  search: (q: string) => Promise<Option[]>;
  placeholder: string;
  testId: string;
};

/** Several things picked from a server search; the chosen ones keep their labels across searches. */
export function RemoteMultiSelect({ id, value, onChange, search, placeholder, testId }: Props) {
  const [q, setQ] = useState('');
  const load = useCallback(async () => (q.trim() ? search(q.trim().slice(0, 50)) : []), [q, search]);
  const { data, loading } = useFetch(load);
  return (
    <Select<Option[]>
      id={id}
      mode="multiple"
      labelInValue
      value={value}
      onChange={(next) => onChange?.(next)}
      showSearch={{ filterOption: false, onSearch: setQ }}
      loading={loading}
      options={data ?? []}
      placeholder={placeholder}
      notFoundContent={null}
      data-testid={testId}
    />
  );
}
