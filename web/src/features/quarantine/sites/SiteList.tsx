import { Button, Table, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useFetch } from '../../../app/hooks/useFetch';
import { fetchSites } from './api';
import type { Site } from './api';

const FIGURES = ['rooms', 'beds', 'occupied', 'free', 'cleaning', 'outOfService', 'persons', 'freeBeds'] as const;

/** The jurisdiction's isolation sites with their occupancy; a site opens its board. */
export function SiteList() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data, loading } = useFetch(fetchSites);

  const columns = [
    {
      key: 'name',
      title: t('quarantine.sites.name'),
      fixed: 'left' as const,
      render: (_: unknown, site: Site) => (
        <Button
          type="link"
          size="small"
          onClick={() => void navigate(`/quarantine/sites/${site.id}`)}
          data-testid={`site-${site.id}`}
        >
          {site.name}
        </Button>
      ),
    },
    { key: 'region', title: t('quarantine.sites.region'), render: (_: unknown, site: Site) => site.region.name },
    ...FIGURES.map((key) => ({
      key,
      title: t(`quarantine.occupancy.${key}`),
      render: (_: unknown, site: Site) => site.occupancy[key],
    })),
    {
      key: 'medical',
      title: t('quarantine.sites.medicalPer50'),
      render: (_: unknown, site: Site) => site.medicalPer50 ?? '—',
    },
  ];

  return (
    <Table<Site>
      rowKey="id"
      size="small"
      loading={loading}
      columns={columns}
      dataSource={data ?? []}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <Typography.Text type="secondary">{t('quarantine.sites.empty')}</Typography.Text> }}
      onRow={(site) => ({ 'data-testid': `site-row-${site.id}` }) as HTMLAttributes<HTMLElement>}
    />
  );
}
