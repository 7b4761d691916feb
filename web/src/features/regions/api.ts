import { api } from '../../app/api/client';
import type { RegionRef } from '../../app/auth/api';
import type {
  CreateRegionBody as NewRegion,
  Region,
  RegionLevel,
  UpdateRegionBody as RegionChange,
} from '../../../../server/src/modules/regions/regions.schema.ts';

/** A tier of the administrative hierarchy (city, district, street, community, grid). */
export type {
  CreateRegionBody as NewRegion,
  Region,
  RegionLevel,
  UpdateRegionBody as RegionChange,
} from '../../../../server/src/modules/regions/regions.schema.ts';

export type RegionDetail = { region: Region; ancestors: RegionRef[] };

type Items<T> = { items: T[] };
type RegionResponse = { region: Region };

export async function fetchRegionLevels(): Promise<RegionLevel[]> {
  return (await api.get<Items<RegionLevel>>('/region-levels')).items;
}

/** The children of a region, or the top-level regions when parentId is null. */
export async function fetchRegionChildren(parentId: number | null, signal?: AbortSignal): Promise<Region[]> {
  return (await api.get<Items<Region>>('/regions', { query: { parentId }, signal })).items;
}

export async function searchRegions(q: string, signal?: AbortSignal): Promise<Region[]> {
  return (await api.get<Items<Region>>('/regions', { query: { q }, signal })).items;
}

export function fetchRegion(id: number, signal?: AbortSignal): Promise<RegionDetail> {
  return api.get<RegionDetail>(`/regions/${id}`, { signal });
}

export async function createRegion(region: NewRegion): Promise<Region> {
  return (await api.post<RegionResponse>('/regions', region)).region;
}

export async function updateRegion(id: number, change: RegionChange): Promise<Region> {
  return (await api.patch<RegionResponse>(`/regions/${id}`, change)).region;
}

/** The server refuses (409) while the region still has children. */
export function deleteRegion(id: number): Promise<void> {
  return api.delete(`/regions/${id}`);
}
