import { useCallback, useState } from 'react';
import { Button, Flex, InputNumber, Select, Table, TimePicker } from 'antd';
import type { TableColumnsType } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useFetch } from '../../../app/hooks/useFetch';
import { searchSamplingPoints } from '../api';
import type { Place } from '../api';

/** A sampling point as the round plans it: how many tables, and its daily hours. */
export type PointRow = {
  placeId: number;
  name: string;
  region: string;
  tables: number;
  opensAt: string;
  closesAt: string;
};

const DEFAULT_TABLES = 2;
const DEFAULT_HOURS = { opensAt: '07:00', closesAt: '21:00' };

/** The tables the point's ledger records, else two. */
function tablesOf(place: Place): number {
  const tables = place.attributes.tables;
  return typeof tables === 'number' && Number.isInteger(tables) && tables >= 1 && tables <= 200
    ? tables
    : DEFAULT_TABLES;
}

const asTime = (hhmm: string) => dayjs(`2000-01-01T${hhmm}:00`);

type Props = {
  id?: string;
  value?: PointRow[];
  onChange?: (rows: PointRow[]) => void;
};

/** Sampling points searched by name, each with its tables and daily hours editable. Works as a Form control. */
export function PointsField({ id, value = [], onChange }: Props) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const load = useCallback((signal: AbortSignal) => searchSamplingPoints(q, signal), [q]);
  const { data: places, loading } = useFetch(load);

  const update = (placeId: number, change: Partial<PointRow>) =>
    onChange?.(value.map((row) => (row.placeId === placeId ? { ...row, ...change } : row)));

  const choose = (ids: number[]) =>
    onChange?.(
      ids.flatMap((placeId): PointRow[] => {
        const kept = value.find((row) => row.placeId === placeId);
        if (kept) return [kept];
        const place = places?.find((candidate) => candidate.id === placeId);
        if (!place) return [];
        const row = { placeId, name: place.name, region: place.region.name, tables: tablesOf(place) };
        return [{ ...row, ...DEFAULT_HOURS }];
      }),
    );

  // The chosen points stay labelled by name while a search shows others.
  const options = [
    ...value.map((row) => ({ value: row.placeId, label: row.name })),
    ...(places ?? [])
      .filter((place) => !value.some((row) => row.placeId === place.id))
      .map((place) => ({ value: place.id, label: `${place.name}（${place.region.name}）` })),
  ];

  const columns: TableColumnsType<PointRow> = [
    { key: 'name', title: t('testing.form.point'), dataIndex: 'name' },
    { key: 'region', title: t('testing.form.region'), dataIndex: 'region' },
    {
      key: 'tables',
      title: t('testing.form.tables'),
      render: (_, row) => (
        <InputNumber
          size="small"
          min={1}
          max={200}
          precision={0}
          value={row.tables}
          onChange={(tables) => update(row.placeId, { tables: tables ?? 1 })}
          style={{ width: 72 }}
          data-testid={`point-tables-${row.placeId}`}
        />
      ),
    },
    {
      key: 'opensAt',
      title: t('testing.form.opensAt'),
      render: (_, row) => (
        <TimePicker
          size="small"
          format="HH:mm"
          minuteStep={5}
          allowClear={false}
          value={asTime(row.opensAt)}
          onChange={(time) => time && update(row.placeId, { opensAt: time.format('HH:mm') })}
          style={{ width: 90 }}
        />
      ),
    },
    {
      key: 'closesAt',
      title: t('testing.form.closesAt'),
      render: (_, row) => (
        <TimePicker
          size="small"
          format="HH:mm"
          minuteStep={5}
          allowClear={false}
          value={asTime(row.closesAt)}
          onChange={(time) => time && update(row.placeId, { closesAt: time.format('HH:mm') })}
          style={{ width: 90 }}
        />
      ),
    },
    {
      key: 'remove',
      render: (_, row) => (
        <Button
          type="text"
          size="small"
          icon={<DeleteOutlined />}
          aria-label={t('testing.form.remove')}
          onClick={() => onChange?.(value.filter((other) => other.placeId !== row.placeId))}
        />
      ),
    },
  ];

  return (
    <Flex vertical gap={8}>
      <Select<number[]>
        id={id}
        mode="multiple"
        showSearch={{ filterOption: false, onSearch: setQ }}
        loading={loading}
        value={value.map((row) => row.placeId)}
        options={options}
        onChange={choose}
        placeholder={t('testing.form.pointsPlaceholder')}
        maxTagCount="responsive"
        data-testid="campaign-points"
      />
      {value.length > 0 && (
        <Table<PointRow>
          rowKey="placeId"
          size="small"
          columns={columns}
          dataSource={value}
          pagination={false}
          scroll={{ x: 'max-content', y: 240 }}
        />
      )}
    </Flex>
  );
}
