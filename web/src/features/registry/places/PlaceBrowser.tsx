import { useState } from 'react';
import { Flex, Table } from 'antd';
import { useMe } from '../../../app/auth/context';
import { hasPermission } from '../../../app/auth/permissions';
import { usePagedQuery } from '../../../app/hooks/usePagedQuery';
import { ExportButton } from '../export/ExportButton';
import { fetchPlacesPage } from './api';
import type { Place, PlaceFilters } from './api';
import { EditPlaceModal } from './EditPlaceModal';
import { PlaceSearchForm } from './PlaceSearchForm';
import { usePlaceColumns } from './usePlaceColumns';

const NO_FILTERS: PlaceFilters = {};

/** Searches places (server-paged), exports them, and edits one for those who keep the ledgers. */
export function PlaceBrowser() {
  // Editing writes the registry: those who cannot are not offered it.
  const canManage = hasPermission(useMe(), 'registry.manage');
  const { filters, setFilters, tableProps, reload } = usePagedQuery(fetchPlacesPage, NO_FILTERS);
  // Kept after the dialog closes, so the closing dialog does not go blank mid-animation.
  const [place, setPlace] = useState<Place | null>(null);
  const [open, setOpen] = useState(false);
  const columns = usePlaceColumns(
    canManage
      ? (next) => {
          setPlace(next);
          setOpen(true);
        }
      : undefined,
  );

  const close = () => setOpen(false);
  const saved = () => {
    close();
    reload();
  };
  return (
    <>
      <PlaceSearchForm onChange={setFilters} />
      <Flex justify="end" style={{ marginBottom: 8 }}>
        <ExportButton request={{ kind: 'places', filters }} />
      </Flex>
      <Table<Place> {...tableProps} rowKey="id" size="small" columns={columns} scroll={{ x: 'max-content' }} />
      {place && <EditPlaceModal open={open} place={place} onClose={close} onSaved={saved} />}
    </>
  );
}
