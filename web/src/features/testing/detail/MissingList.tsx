import { useCallback, useState } from 'react';
import { Button, Flex, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../app/auth/context';
import { hasPermission } from '../../../app/auth/permissions';
import { useFetch } from '../../../app/hooks/useFetch';
import { usePagedQuery } from '../../../app/hooks/usePagedQuery';
import { orDash } from '../../registry/orDash';
import { useResidentColumns } from '../../registry/useResidentColumns';
import { fetchMissingByBuilding, fetchMissingPage, missingWorkbookUrl } from '../api';
import type { Campaign, MissingBuilding, MissingFilters, ResidentListItem } from '../api';
import { BuildingTable } from './BuildingTable';
import { ExemptModal } from './ExemptModal';

type Props = {
  campaign: Campaign;
  grid: { id: number; name: string };
  /** After an exemption, so the figures above follow. */
  onExempted: () => void;
};

/** The resident columns for door-knocking: the household address first (the list is in its order), no grid. */
function useDoorColumns(): TableColumnsType<ResidentListItem> {
  const { t } = useTranslation();
  const others = useResidentColumns().filter((column) => column.key !== 'householdAddress' && column.key !== 'grid');
  return [
    {
      key: 'householdAddress',
      title: t('registry.resident.householdAddress'),
      render: (_, resident) => <Typography.Text strong>{orDash(resident.householdAddress)}</Typography.Text>,
    },
    ...others,
  ];
}

/**
 * One grid's residents not yet sampled (masked), for door-knocking: counted per building, listed (all or one
 * building's) in household order, as an .xlsx of the whole grid, and exemptions.
 */
export function MissingList({ campaign, grid, onExempted }: Props) {
  const { t } = useTranslation();
  // Exempting writes the round; only while it is open, and only for those who may.
  const canExempt = hasPermission(useMe(), 'testing.exempt') && campaign.status === 'open';
  const everyBuilding: MissingFilters = { campaignId: campaign.id, gridId: grid.id };
  const { tableProps, setFilters, reload } = usePagedQuery(fetchMissingPage, everyBuilding);
  // The building the list is narrowed to (its row of the table above), or none for the whole grid.
  const [building, setBuilding] = useState<MissingBuilding | null>(null);
  const loadBuildings = useCallback(
    (signal: AbortSignal) => fetchMissingByBuilding(campaign.id, grid.id, signal),
    [campaign.id, grid.id],
  );
  const buildings = useFetch(loadBuildings);
  const residentColumns = useDoorColumns();
  // Kept after the dialog closes, so the closing dialog does not go blank mid-animation.
  const [resident, setResident] = useState<ResidentListItem | null>(null);
  const [open, setOpen] = useState(false);

  const columns: TableColumnsType<ResidentListItem> = canExempt
    ? [
        ...residentColumns,
        {
          key: 'actions',
          title: t('common.actions'),
          render: (_, row) => (
            <Button
              type="link"
              size="small"
              onClick={() => {
                setResident(row);
                setOpen(true);
              }}
              data-testid={`exempt-${row.id}`}
            >
              {t('testing.missing.exempt')}
            </Button>
          ),
        },
      ]
    : residentColumns;

  const exempted = () => {
    setOpen(false);
    reload();
    buildings.reload();
    onExempted();
  };

  const choose = (next: MissingBuilding | null) => {
    setBuilding(next);
    setFilters(next ? { ...everyBuilding, buildingId: next.building?.id ?? 0 } : everyBuilding);
  };
  const buildingName = (row: MissingBuilding) => row.building?.address ?? t('testing.missing.noBuilding');

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('testing.missing.title', { grid: grid.name })}
        </Typography.Title>
        {/* A plain link: the browser fetches the .xlsx with the session cookie and saves it. */}
        <Button
          icon={<FileExcelOutlined />}
          href={missingWorkbookUrl(campaign.id, grid.id)}
          download
          data-testid="missing-export"
        >
          {t('testing.missing.export')}
        </Button>
      </Flex>
      <BuildingTable
        rows={buildings.data ?? []}
        loading={buildings.loading}
        chosen={building}
        onChoose={choose}
        nameOf={buildingName}
      />
      <Flex align="center" wrap gap={8} style={{ margin: '16px 0 8px' }}>
        <Typography.Text strong data-testid="missing-scope">
          {building ? t('testing.missing.inBuilding', { building: buildingName(building) }) : t('testing.missing.all')}
        </Typography.Text>
        {building && (
          <Typography.Link onClick={() => choose(null)} data-testid="missing-all-buildings">
            {t('testing.missing.allBuildings')}
          </Typography.Link>
        )}
      </Flex>
      <Table<ResidentListItem>
        {...tableProps}
        rowKey="id"
        size="small"
        columns={columns}
        scroll={{ x: 'max-content' }}
        data-testid="missing-table"
      />
      {resident && (
        <ExemptModal
          open={open}
          campaignId={campaign.id}
          resident={resident}
          onClose={() => setOpen(false)}
          onExempted={exempted}
        />
      )}
    </>
  );
}
