import { Segmented, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePagedQuery } from '../../../app/hooks/usePagedQuery';
import { formatMinute } from '../../testing/time';
import { fetchStatusPage } from './api';
import type { StatusFilters, StatusListItem } from './api';
import { ColourTag, ReasonList } from './ColourTag';

type ColourFilter = 'all' | 'yellow' | 'red';

/**
 * The yellow and red residents under the region (identifiers masked), one colour or both. Keyed by the
 * region by its parent, so another region starts a fresh list.
 */
export function StatusList({
  regionId,
  onOpen,
}: {
  regionId: number | undefined;
  onOpen: (residentId: number) => void;
}) {
  const { t } = useTranslation();
  const { filters, setFilters, tableProps } = usePagedQuery<StatusFilters, StatusListItem>(fetchStatusPage, {
    regionId,
  });

  const columns: TableColumnsType<StatusListItem> = [
    {
      key: 'name',
      title: t('registry.resident.name'),
      render: (_, r) => <Typography.Link onClick={() => onOpen(r.id)}>{r.name}</Typography.Link>,
    },
    { key: 'idNumber', title: t('registry.resident.idNumber'), dataIndex: 'idNumber' },
    { key: 'grid', title: t('registry.resident.grid'), render: (_, r) => r.grid.name },
    { key: 'household', title: t('registry.resident.householdAddress'), render: (_, r) => r.householdAddress ?? '—' },
    { key: 'colour', title: t('healthStatus.list.colour'), render: (_, r) => <ColourTag colour={r.colour} /> },
    { key: 'reasons', title: t('healthStatus.list.reasons'), render: (_, r) => <ReasonList reasons={r.reasons} /> },
    { key: 'since', title: t('healthStatus.list.since'), render: (_, r) => formatMinute(r.since) },
  ];
  const colour: ColourFilter = filters.colour ?? 'all';
  return (
    <>
      <Segmented<ColourFilter>
        value={colour}
        onChange={(next) => setFilters({ regionId, ...(next === 'all' ? {} : { colour: next }) })}
        options={[
          { value: 'all', label: t('healthStatus.list.allColours') },
          { value: 'yellow', label: t('healthStatus.colours.yellow') },
          { value: 'red', label: t('healthStatus.colours.red') },
        ]}
        style={{ marginBottom: 12 }}
      />
      <Table<StatusListItem> rowKey="id" size="small" columns={columns} {...tableProps} data-testid="status-list" />
    </>
  );
}
