import { api } from '../../../app/api/client';
import type { Page, PageParams } from '../../../app/hooks/usePagedQuery';
import type { placeAttributeKeys, PlaceType } from '../../../../../server/src/modules/registry/vocabulary.ts';
import type {
  CreatePlaceBody,
  Place,
  PlaceQuery,
  UpdatePlaceBody as PlaceChange,
} from '../../../../../server/src/modules/registry/registry.schema.ts';

export type {
  CreatePlaceBody as NewPlace,
  Place,
  UpdatePlaceBody as PlaceChange,
} from '../../../../../server/src/modules/registry/registry.schema.ts';
export type { PlaceType } from '../../../../../server/src/modules/registry/vocabulary.ts';
export { placeTypes } from '../../../../../server/src/modules/registry/vocabulary.ts';

export type PlaceFilters = Omit<PlaceQuery, 'page' | 'pageSize'>;
/** A type-specific figure a place's ledger may carry: an enterprise's headcount, a school's students… */
export type PlaceAttribute = (typeof placeAttributeKeys)[number];

type PlaceResponse = { place: Place };

/** Places in the user's jurisdiction; contact phones arrive masked. */
export function fetchPlacesPage(query: PlaceFilters & PageParams, signal: AbortSignal): Promise<Page<Place>> {
  return api.get<Page<Place>>('/places', { query, signal });
}

/** Registers one place by hand; the region must be in the user's jurisdiction and the code unused. */
export async function createPlace(body: CreatePlaceBody): Promise<Place> {
  return (await api.post<PlaceResponse>('/places', body)).place;
}

export async function updatePlace(id: number, change: PlaceChange): Promise<Place> {
  return (await api.patch<PlaceResponse>(`/places/${id}`, change)).place;
}

/**
 * Places whose name contains `q`, of any type unless one is given, for picking one (a workplace, a place
 * a case went to, a hospital).
 */
export async function searchPlaces(q: string, signal?: AbortSignal, type?: PlaceType): Promise<Place[]> {
  const query = { type, q: q.trim() || undefined, pageSize: 50 };
  return (await api.get<Page<Place>>('/places', { query, signal })).items;
}
