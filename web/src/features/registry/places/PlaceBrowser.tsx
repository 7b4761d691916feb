import { useState } from 'react';
import { Button, Flex, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../app/auth/context';
import { hasPermission } from '../../../app/auth/permissions';
import { usePagedQuery } from '../../../app/hooks/usePagedQuery';
import { ExportButton } from '../export/ExportButton';
import { fetchPlacesPage } from './api';
import type { Place, PlaceFilters } from './api';
import { CreatePlaceModal } from './CreatePlaceModal';
import { EditPlaceModal } from './EditPlaceModal';
import { PlaceSearchForm } from './PlaceSearchForm';
import { usePlaceColumns } from './usePlaceColumns';

const NO_FILTERS: PlaceFilters = {};

/** Searches places (server-paged), exports them, and registers or edits one for those who keep the ledgers. */
export function PlaceBrowser() {
  const { t } = useTranslation();
  // Registering and editing write the registry: those who cannot are not offered it.
  const canManage = hasPermission(useMe(), 'registry.manage');
  const { filters, setFilters, tableProps, reload } = usePagedQuery(fetchPlacesPage, NO_FILTERS);
  // Kept after the dialog closes, so the closing dialog does not go blank mid-animation.
  const [place, setPlace] = useState<Place | null>(null);
  const [open, setOpen] = useState(false);
  const [creating, setCreating] = useState(false);
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
  const created = () => {
    setCreating(false);
    reload();
  };
  return (
    <>
      <PlaceSearchForm onChange={setFilters} />
      <Flex justify="end" wrap gap={8} style={{ marginBottom: 8 }}>
        <ExportButton request={{ kind: 'places', filters }} />
        {canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="place-create">
            {t('registry.place.create')}
          </Button>
        )}
      </Flex>
      <Table<Place> {...tableProps} rowKey="id" size="small" columns={columns} scroll={{ x: 'max-content' }} />
      {canManage && <CreatePlaceModal open={creating} onClose={() => setCreating(false)} onCreated={created} />}
      {place && <EditPlaceModal open={open} place={place} onClose={close} onSaved={saved} />}
    </>
  );
}
