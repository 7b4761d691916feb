import { useCallback, useState } from 'react';
import { App, Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FileButton } from '../../../../app/components/FileButton';
import { useAction } from '../../../../app/hooks/useAction';
import { useFetch } from '../../../../app/hooks/useFetch';
import { fetchMapFeatures, fetchMaps, importMap, searchBuildings } from '../api';
import type { AreaGeometry, FeatureCollection } from '../api';
import { AreaMap } from './AreaMap';

type Props = {
  value?: AreaGeometry | null;
  onChange?: (geometry: AreaGeometry | null) => void;
  /** The region holding the area: its located buildings are shown. */
  regionId: number | undefined;
};

const isFeatureCollection = (value: unknown): value is FeatureCollection =>
  typeof value === 'object' &&
  value !== null &&
  (value as { type?: unknown }).type === 'FeatureCollection' &&
  Array.isArray((value as { features?: unknown }).features);

/** Reads a .geojson file; null when it is not a FeatureCollection. */
async function readGeoJson(file: File): Promise<FeatureCollection | null> {
  try {
    const parsed: unknown = JSON.parse(await file.text());
    return isFeatureCollection(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** Imported boundary maps to draw over: which are shown, and importing another (.geojson). */
function useBoundaries() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { run, busy } = useAction();
  const maps = useFetch(fetchMaps);
  const [chosen, setChosen] = useState<number[] | null>(null);
  // Until the user chooses, the newest map is shown.
  const shown = chosen ?? (maps.data?.[0] ? [maps.data[0].id] : []);
  const shownKey = shown.join(',');
  const loadFeatures = useCallback(
    (signal: AbortSignal) =>
      Promise.all(
        shownKey
          .split(',')
          .filter(Boolean)
          .map((id) => fetchMapFeatures(Number(id), signal)),
      ),
    [shownKey],
  );
  const features = useFetch(loadFeatures);

  const onFile = (file: File) =>
    void run(async () => {
      const collection = await readGeoJson(file);
      if (!collection) {
        void message.error(t('riskAreas.map.notGeoJson'));
        return;
      }
      const map = await importMap(file.name.replace(/\.(geo)?json$/i, '') || file.name, collection);
      void message.success(t('riskAreas.map.imported', { name: map.name, count: map.featureCount }));
      setChosen([map.id, ...shown]);
      maps.reload();
    });

  return { maps: maps.data ?? [], shown, setChosen, boundaries: features.data, onFile, busy };
}

/** A Form control: an area drawn on a map of imported boundaries and the region's located buildings. */
export function PolygonField({ value, onChange, regionId }: Props) {
  const { t } = useTranslation();
  const { maps, shown, setChosen, boundaries, onFile, busy } = useBoundaries();
  const loadBuildings = useCallback(
    (signal: AbortSignal) =>
      regionId === undefined ? Promise.resolve([]) : searchBuildings({ regionId, located: true, limit: 5_000 }, signal),
    [regionId],
  );
  const buildings = useFetch(loadBuildings).data;

  return (
    <Flex vertical gap={8}>
      <Flex wrap gap={8} align="center">
        <Select
          mode="multiple"
          style={{ minWidth: 240, flex: 1 }}
          placeholder={t('riskAreas.map.maps')}
          value={shown}
          onChange={setChosen}
          options={maps.map((m) => ({ value: m.id, label: m.name }))}
        />
        <FileButton label={t('riskAreas.map.importMap')} accept=".geojson,.json" busy={busy} onFile={onFile} />
      </Flex>
      <AreaMap value={value} onChange={onChange} boundaries={boundaries} buildings={buildings} />
      {buildings && (
        <Typography.Text type="secondary">{t('riskAreas.map.buildings', { count: buildings.length })}</Typography.Text>
      )}
    </Flex>
  );
}
