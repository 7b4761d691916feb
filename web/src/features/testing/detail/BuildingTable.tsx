import { Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../registry/formatCount';
import type { MissingBuilding } from '../api';

type Props = {
  rows: MissingBuilding[];
  loading: boolean;
  /** The building the residents below are narrowed to, if any. */
  chosen: MissingBuilding | null;
  onChoose: (building: MissingBuilding) => void;
  /** The building's address, or what stands for households without a building. */
  nameOf: (building: MissingBuilding) => string;
};

/** A building's key for rows and test ids: its id, 0 for households without a building. */
export const buildingKey = (row: MissingBuilding) => row.building?.id ?? 0;

/** One grid's buildings with households and residents not yet sampled; a click narrows the list to one. */
export function BuildingTable({ rows, loading, chosen, onChoose, nameOf }: Props) {
  const { t } = useTranslation();
  const columns: TableColumnsType<MissingBuilding> = [
    {
      key: 'address',
      title: t('testing.missing.building'),
      render: (_, row) => (
        <Typography.Link onClick={() => onChoose(row)} data-testid={`missing-building-${buildingKey(row)}`}>
          {nameOf(row)}
        </Typography.Link>
      ),
    },
    {
      key: 'households',
      title: t('testing.missing.households'),
      align: 'right',
      render: (_, row) => formatCount(row.households),
    },
    {
      key: 'missing',
      title: t('testing.missing.missing'),
      align: 'right',
      render: (_, row) => formatCount(row.missing),
    },
  ];
  const chosenKey = chosen ? buildingKey(chosen) : undefined;
  return (
    <Table<MissingBuilding>
      rowKey={buildingKey}
      size="small"
      loading={loading}
      dataSource={rows}
      columns={columns}
      // Not paged: the residents list below is the only paged one; a long grid scrolls instead.
      pagination={false}
      scroll={rows.length > 8 ? { y: 300 } : undefined}
      rowClassName={(row) => (buildingKey(row) === chosenKey ? 'ant-table-row-selected' : '')}
      onRow={(row) => ({ 'data-testid': `missing-building-row-${buildingKey(row)}` }) as HTMLAttributes<HTMLElement>}
      data-testid="missing-buildings"
    />
  );
}
