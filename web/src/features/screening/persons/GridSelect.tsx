import { useTranslation } from 'react-i18next';
import { SearchSelect } from '../../../app/components/SearchSelect';
import { searchRegions } from '../../regions/api';
import { regionLabel } from '../../regions/regionText';
import { useRegionLevels } from '../../regions/useRegionLevels';

// The region search takes up to 100 characters.
const MAX_QUERY = 100;

/** Grids whose name or code holds `q` (none before anything is typed). */
const search = async (q: string, signal: AbortSignal) => {
  const query = q.trim().slice(0, MAX_QUERY);
  return query ? (await searchRegions(query, signal)).filter((region) => region.levelKey === 'grid') : [];
};

type Props = { id?: string; value?: number; onChange?: (value: number) => void };

/**
 * A grid of the jurisdiction found by name or code (a city has thousands: searching beats opening the tree
 * level by level). Only grids are offered, as key persons go to grids. Works as a Form control.
 */
export function GridSelect({ id, value, onChange }: Props) {
  const { t } = useTranslation();
  const { levelName } = useRegionLevels();
  return (
    <SearchSelect
      id={id}
      value={value}
      onChange={onChange}
      search={search}
      toOption={(grid) => ({ value: grid.id, label: regionLabel(grid, levelName(grid.levelKey)) })}
      placeholder={t('screening.assign.gridPlaceholder')}
      notFoundContent={null}
      data-testid="assign-grid-select"
    />
  );
}
