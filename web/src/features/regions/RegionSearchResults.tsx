import { useCallback } from 'react';
import { Empty, Menu, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFetch } from '../../app/hooks/useFetch';
import { searchRegions } from './api';
import { regionLabel } from './regionText';
import { useRegionLevels } from './useRegionLevels';

type Props = { query: string; selectedId: number | null; onSelect: (regionId: number) => void };

export function RegionSearchResults({ query, selectedId, onSelect }: Props) {
  const { t } = useTranslation();
  const { levelName } = useRegionLevels();
  const load = useCallback((signal: AbortSignal) => searchRegions(query, signal), [query]);
  const { data, loading } = useFetch(load);

  if (!data?.length) {
    return loading ? <Spin /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('regions.noResults')} />;
  }
  return (
    <Spin spinning={loading}>
      <Menu
        mode="inline"
        style={{ borderInlineEnd: 'none' }}
        selectedKeys={selectedId === null ? [] : [String(selectedId)]}
        onClick={({ key }) => onSelect(Number(key))}
        items={data.map((region) => ({
          key: String(region.id),
          label: regionLabel(region, levelName(region.levelKey)),
        }))}
      />
    </Spin>
  );
}
