import { type ReactNode, useCallback, useState } from 'react';
import { Select } from 'antd';
import { useFetch } from '../hooks/useFetch';

export type SearchOption = { value: number; label: string; disabled?: boolean };

type Props<T> = {
  id?: string;
  value?: number;
  onChange?: (value: number) => void;
  /** What matches the text typed so far (as typed: trimming and length limits are the caller's). Must be stable. */
  search: (q: string, signal: AbortSignal) => Promise<T[]>;
  toOption: (item: T) => SearchOption;
  /** An option already chosen elsewhere, shown before any search (and not twice once found). */
  known?: SearchOption;
  placeholder?: string;
  notFoundContent?: ReactNode;
  'data-testid'?: string;
};

/** A record searched on the server as one types, picked by id. Works as a Form control. */
export function SearchSelect<T>({
  id,
  value,
  onChange,
  search,
  toOption,
  known,
  placeholder,
  notFoundContent,
  'data-testid': testId,
}: Props<T>) {
  const [q, setQ] = useState('');
  const load = useCallback((signal: AbortSignal) => search(q, signal), [search, q]);
  const { data, loading } = useFetch(load);
  const options = (data ?? []).map(toOption);
  if (known && !options.some((o) => o.value === known.value)) options.unshift(known);
  return (
    <Select<number>
      id={id}
      value={value}
      onChange={onChange}
      showSearch={{ filterOption: false, onSearch: setQ }}
      loading={loading}
      options={options}
      placeholder={placeholder}
      {...(notFoundContent === undefined ? {} : { notFoundContent })}
      data-testid={testId}
    />
  );
}
