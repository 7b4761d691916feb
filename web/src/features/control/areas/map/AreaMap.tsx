import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { Alert, Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type GeoJSONSource, Map as MapLibreMap, type MapMouseEvent, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection as Collection } from 'geojson';
import type { AreaGeometry, Building, FeatureCollection } from '../api';
import { blankStyle, boundaryGeometries, boundsOf, isArea, type Position, toFeatureCollection } from './layers';

// The worker is served beside the app (a bundled module cannot find it by its own URL).
setWorkerUrl(workerUrl);

export type AreaMapProps = {
  /** The area drawn (a Form control's value). */
  value?: AreaGeometry | null;
  onChange?: (geometry: AreaGeometry | null) => void;
  /** Imported boundaries drawn under the area; clicking one (while not drawing) takes it as the area. */
  boundaries?: FeatureCollection[];
  /** Buildings with a point, so the person drawing sees what the area covers. */
  buildings?: Building[];
  readOnly?: boolean;
  height?: number;
};

/** MapLibre draws with WebGL; without it the page says so instead of failing. */
function webGlAvailable(): boolean {
  const canvas = document.createElement('canvas');
  return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
}

type Mode = { drawing: false } | { drawing: true; vertices: Position[] };

function MapToolbar({
  mode,
  value,
  onMode,
  onChange,
}: {
  mode: Mode;
  value: AreaGeometry | null | undefined;
  onMode: (mode: Mode) => void;
  onChange: (geometry: AreaGeometry | null) => void;
}) {
  const { t } = useTranslation();
  // Vertices as drawn: a ring's closing point repeats its first.
  const rings = value ? (value.type === 'Polygon' ? value.coordinates : value.coordinates.flat()) : [];
  const points = rings.reduce((n, ring) => n + ring.length - 1, 0);
  const finish = () => {
    if (!mode.drawing) return;
    onChange({ type: 'Polygon', coordinates: [[...mode.vertices, mode.vertices[0]!]] });
    onMode({ drawing: false });
  };
  return (
    <Flex wrap gap={8} align="center">
      {mode.drawing ? (
        <>
          <Button type="primary" disabled={mode.vertices.length < 3} onClick={finish} data-testid="map-finish">
            {t('riskAreas.map.finish')}
          </Button>
          <Button
            disabled={mode.vertices.length === 0}
            onClick={() => onMode({ drawing: true, vertices: mode.vertices.slice(0, -1) })}
          >
            {t('riskAreas.map.undo')}
          </Button>
        </>
      ) : (
        <Button onClick={() => onMode({ drawing: true, vertices: [] })} data-testid="map-draw">
          {t('riskAreas.map.draw')}
        </Button>
      )}
      <Button
        onClick={() => {
          onMode({ drawing: false });
          onChange(null);
        }}
      >
        {t('riskAreas.map.clear')}
      </Button>
      <Typography.Text type="secondary">
        {mode.drawing
          ? t('riskAreas.map.drawing', { count: mode.vertices.length })
          : value
            ? t('riskAreas.map.drawn', { count: points })
            : t('riskAreas.map.empty')}
      </Typography.Text>
    </Flex>
  );
}

/**
 * A map without online tiles (a blank style with GeoJSON layers): imported boundaries, located buildings,
 * and the area, drawn by clicking vertices or taken from a boundary.
 */
const NONE: never[] = [];

export function AreaMap({
  value,
  onChange,
  boundaries = NONE,
  buildings = NONE,
  readOnly = false,
  height = 360,
}: AreaMapProps) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [failed] = useState(() => !webGlAvailable());
  const [mode, setMode] = useState<Mode>({ drawing: false });
  const boundaryFeatures = useMemo(() => boundaryGeometries(boundaries), [boundaries]);

  useEffect(() => {
    if (!container.current || failed) return;
    const created = new MapLibreMap({
      container: container.current,
      style: blankStyle,
      center: [105, 35],
      zoom: 3,
      attributionControl: false,
    });
    created.on('load', () => setMap(created));
    return () => created.remove();
  }, [failed]);

  const onClick = useEffectEvent((event: MapMouseEvent) => {
    if (readOnly || !map) return;
    if (mode.drawing) {
      setMode({ drawing: true, vertices: [...mode.vertices, [event.lngLat.lng, event.lngLat.lat]] });
      return;
    }
    // Rendered features are cut into tiles: the clicked one is taken whole from the imported map by its index.
    const [hit] = map.queryRenderedFeatures(event.point, { layers: ['boundary-fill'] });
    const picked = hit ? boundaryFeatures[Number(hit.properties.index)] : undefined;
    if (isArea(picked)) onChange?.({ type: picked.type, coordinates: picked.coordinates } as AreaGeometry);
  });
  useEffect(() => {
    if (!map) return;
    const listener = (event: MapMouseEvent) => onClick(event);
    map.on('click', listener);
    return () => void map.off('click', listener);
  }, [map]);

  useEffect(() => {
    if (!map) return;
    const set = (source: string, data: Collection) => map.getSource<GeoJSONSource>(source)?.setData(data);
    void set(
      'boundaries',
      toFeatureCollection(boundaryFeatures.map((geometry, index) => ({ geometry, properties: { index } }))),
    );
    void set(
      'buildings',
      toFeatureCollection(
        buildings.map((b) => ({ geometry: { type: 'Point', coordinates: [b.lng ?? 0, b.lat ?? 0] } })),
      ),
    );
    void set('area', toFeatureCollection(value ? [{ geometry: value }] : []));
    const vertices = mode.drawing ? mode.vertices : [];
    void set(
      'draft',
      toFeatureCollection([
        ...(vertices.length > 1 ? [{ geometry: { type: 'LineString' as const, coordinates: vertices } }] : []),
        ...vertices.map((coordinates) => ({ geometry: { type: 'Point' as const, coordinates } })),
      ]),
    );
  }, [map, boundaryFeatures, buildings, value, mode]);

  // The view follows what there is to see: a shown area, else the buildings, else the boundaries (drawing
  // does not move it).
  const bounds = boundsOf(readOnly && value ? [value] : buildings.length > 0 ? buildings : boundaryFeatures);
  const boundsKey = bounds?.join(',');
  useEffect(() => {
    if (map && bounds) map.fitBounds(bounds, { padding: 24, maxZoom: 17, duration: 0 });
    // Only a change of the box moves the view (not every render with the same box).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, boundsKey]);

  if (failed) return <Alert type="warning" showIcon title={t('riskAreas.map.noWebGl')} />;
  return (
    <Flex vertical gap={8}>
      {!readOnly && onChange && <MapToolbar mode={mode} value={value} onMode={setMode} onChange={onChange} />}
      <div
        ref={container}
        data-testid="area-map"
        style={{
          height,
          width: '100%',
          border: '1px solid #d9d9d9',
          borderRadius: 6,
          cursor: mode.drawing ? 'crosshair' : undefined,
        }}
      />
    </Flex>
  );
}
