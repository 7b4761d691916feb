import { lazy, Suspense } from 'react';
import type { ComponentProps } from 'react';
import { Skeleton } from 'antd';

// The map library is large: it is loaded when a map is first shown, not with the page.
const AreaMapLoaded = lazy(async () => ({ default: (await import('./map/AreaMap')).AreaMap }));
const PolygonFieldLoaded = lazy(async () => ({ default: (await import('./map/PolygonField')).PolygonField }));

/** An area on the map, read only (a drawn area's page). */
export function AreaMapView(props: ComponentProps<typeof AreaMapLoaded>) {
  return (
    <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: props.height ?? 360 }} />}>
      <AreaMapLoaded {...props} readOnly />
    </Suspense>
  );
}

/** The polygon of a designation, as a Form control (Form.Item passes value and onChange to this component). */
export function PolygonInput(props: ComponentProps<typeof PolygonFieldLoaded>) {
  return (
    <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: 360 }} />}>
      <PolygonFieldLoaded {...props} />
    </Suspense>
  );
}
