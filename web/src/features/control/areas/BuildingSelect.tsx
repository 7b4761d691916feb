import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchSelect } from '../../../app/components/SearchSelect';
import { searchBuildings } from './api';

type Props = { id?: string; value?: number; onChange?: (value: number) => void; regionId?: number };

/** A building of the jurisdiction found by address (within a region when one is chosen). Works as a Form control. */
export function BuildingSelect({ id, value, onChange, regionId }: Props) {
  const { t } = useTranslation();
  const search = useCallback(
    (q: string, signal: AbortSignal) => {
      const query = q.trim().slice(0, 50);
      return query || regionId !== undefined
        ? searchBuildings({ q: query || undefined, regionId }, signal)
        : Promise.resolve([]);
    },
    [regionId],
  );
  return (
    <SearchSelect
      id={id}
      value={value}
      onChange={onChange}
      search={search}
      toOption={(b) => ({ value: b.id, label: b.name ? `${b.name}（${b.address}）` : b.address })}
      placeholder={t('riskAreas.designate.buildingSearch')}
      notFoundContent={null}
      data-testid="designate-building"
    />
  );
}
