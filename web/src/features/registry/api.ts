import { api } from '../../app/api/client';
import type { Page, PageParams } from '../../app/hooks/usePagedQuery';
import type {
  MoveResidentBody as ResidentMove,
  RegionCounts,
  Resident,
  ResidentListItem,
  ResidentQuery,
  UpdateResidentBody as ResidentChange,
} from '../../../../server/src/modules/registry/registry.schema.ts';

export type {
  MoveResidentBody as ResidentMove,
  RegionCounts,
  Resident,
  ResidentListItem,
  UpdateResidentBody as ResidentChange,
} from '../../../../server/src/modules/registry/registry.schema.ts';
export type { SpecialNeedsTag } from '../../../../server/src/modules/registry/vocabulary.ts';

export type ResidentFilters = Omit<ResidentQuery, 'page' | 'pageSize'>;

/** Past this many matches the server stops counting (`totalCapped`), so big lists stay fast. */
export type ResidentPage = Page<ResidentListItem> & { totalCapped: boolean };

type ResidentResponse = { resident: Resident };

/** Counts for each child of a region, or for each top region of the user's jurisdiction. */
export async function fetchRegionCounts(parentId: number | null, signal: AbortSignal): Promise<RegionCounts[]> {
  return (await api.get<{ items: RegionCounts[] }>('/registry/counts', { query: { parentId }, signal })).items;
}

export function fetchResidentsPage(query: ResidentFilters & PageParams, signal: AbortSignal): Promise<ResidentPage> {
  return api.get<ResidentPage>('/residents', { query, signal });
}

/** The full record; the server audits every read. */
export async function fetchResident(id: number, signal: AbortSignal): Promise<Resident> {
  return (await api.get<ResidentResponse>(`/residents/${id}`, { signal })).resident;
}

export async function updateResident(id: number, change: ResidentChange): Promise<Resident> {
  return (await api.patch<ResidentResponse>(`/residents/${id}`, change)).resident;
}

export async function moveResident(id: number, move: ResidentMove): Promise<Resident> {
  return (await api.post<ResidentResponse>(`/residents/${id}/move`, move)).resident;
}
