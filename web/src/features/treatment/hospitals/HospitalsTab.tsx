import { useCallback, useState } from 'react';
import { App, Button, Checkbox, Descriptions, Form, Input, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../app/auth/context';
import { hasPermission } from '../../../app/auth/permissions';
import { FilterForm } from '../../../app/components/FilterForm';
import { useFetch } from '../../../app/hooks/useFetch';
import { bedLevels, fetchHospitalsPage } from '../api';
import type { Hospital, HospitalFilters } from '../api';
import { BedCell } from './BedCell';
import { BedsModal } from './BedsModal';

type Values = { q?: string; designated?: boolean };
const toFilters = ({ q, designated }: Values): HospitalFilters => ({
  q: q?.trim() || undefined,
  designated: designated || undefined,
});

function useColumns(onEdit: ((hospital: Hospital) => void) | undefined): TableColumnsType<Hospital> {
  const { t } = useTranslation();
  return [
    { key: 'name', title: t('treatment.hospital.name'), dataIndex: 'name', fixed: 'left' },
    { key: 'region', title: t('treatment.hospital.region'), render: (_, h) => h.region.name },
    {
      key: 'designated',
      title: t('treatment.hospital.designated'),
      render: (_, h) =>
        h.designated ? (
          <Tag color="green">{t('treatment.hospital.designated')}</Tag>
        ) : (
          <Tag>{t('treatment.hospital.notDesignated')}</Tag>
        ),
    },
    ...bedLevels.map((level) => ({
      key: level,
      title: t(`treatment.bedLevels.${level}`),
      render: (_: unknown, h: Hospital) => <BedCell level={h.beds[level]} testId={`beds-${h.id}-${level}`} />,
    })),
    ...(onEdit
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_: unknown, h: Hospital) => (
              <Button size="small" onClick={() => onEdit(h)} data-testid={`beds-edit-${h.id}`}>
                {t('treatment.hospital.editBeds')}
              </Button>
            ),
          },
        ]
      : []),
  ];
}

/** The hospitals of the jurisdiction, designated ones first, with beds and occupancy per level. */
export function HospitalsTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const canManage = hasPermission(useMe(), 'treatment.manage');
  const [filters, setFilters] = useState<HospitalFilters>({});
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [editing, setEditing] = useState<Hospital | null>(null);
  const load = useCallback(
    (signal: AbortSignal) => fetchHospitalsPage({ ...filters, ...paging }, signal),
    [filters, paging],
  );
  const { data, loading, reload } = useFetch(load);
  const columns = useColumns(canManage ? setEditing : undefined);

  return (
    <>
      <FilterForm<Values, HospitalFilters>
        name="hospitalSearch"
        toFilters={toFilters}
        cleared={{}}
        onChange={(next) => {
          setFilters(next);
          setPaging((p) => ({ ...p, page: 1 }));
        }}
      >
        <Form.Item name="q">
          <Input allowClear maxLength={50} placeholder={t('treatment.hospital.search')} />
        </Form.Item>
        <Form.Item name="designated" valuePropName="checked">
          <Checkbox>{t('treatment.hospital.designatedOnly')}</Checkbox>
        </Form.Item>
      </FilterForm>
      {data && (
        <Descriptions
          size="small"
          bordered
          column={{ xs: 1, sm: 3 }}
          title={t('treatment.hospital.totals')}
          style={{ marginBottom: 16 }}
          items={bedLevels.map((level) => ({
            key: level,
            label: t(`treatment.bedLevels.${level}`),
            children: <BedCell level={data.totals[level]} testId={`beds-total-${level}`} />,
          }))}
        />
      )}
      <Table<Hospital>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={loading}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('treatment.hospital.empty') }}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: data?.total ?? 0,
          showTotal: (total) => t('common.total', { total }),
        }}
        onChange={(next) => setPaging({ page: next.current ?? 1, pageSize: next.pageSize ?? 20 })}
        data-testid="hospital-table"
      />
      <BedsModal
        hospital={editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          void message.success(t('treatment.hospital.bedsSaved'));
          reload();
        }}
      />
    </>
  );
}
