import { useCallback } from 'react';
import { SearchSelect } from '../../../app/components/SearchSelect';
import { type PlaceType, searchPlaces } from './api';

// The places search takes a name fragment of up to 50 characters.
const MAX_QUERY = 50;

type Props = {
  id?: string;
  value?: number;
  onChange?: (value: number) => void;
  /** Only places of this type (a hospital, say); any type when left out. */
  type?: PlaceType;
  placeholder?: string;
  'data-testid'?: string;
};

/** A place searched by name on the server, shown with its region. Works as a Form control. */
export function PlaceSelect({ id, value, onChange, type, placeholder, 'data-testid': testId }: Props) {
  const search = useCallback(
    (q: string, signal: AbortSignal) => searchPlaces(q.slice(0, MAX_QUERY), signal, type),
    [type],
  );
  return (
    <SearchSelect
      id={id}
      value={value}
      onChange={onChange}
      search={search}
      toOption={(place) => ({ value: place.id, label: `${place.name}（${place.region.name}）` })}
      placeholder={placeholder}
      data-testid={testId}
    />
  );
}
