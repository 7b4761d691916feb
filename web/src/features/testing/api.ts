import { api, apiUrl } from '../../app/api/client';
import type { Static } from '@sinclair/typebox';
import type { Page, PageParams } from '../../app/hooks/usePagedQuery';
import type { Place } from '../registry/places/api';
import type {
  Box,
  Campaign,
  CoverageAnswer,
  CreateCampaignBody,
  CreatedCampaign,
  ExemptionBody,
  MissingBuildings,
  Progress,
  ResampleQuery,
  ResampleTask as ResampleTaskSchema,
  ResultBatchResult,
} from '../../../../server/src/modules/testing/testing.schema.ts';
import type { ResidentListItem } from '../../../../server/src/modules/registry/registry.schema.ts';

export type {
  Box,
  Campaign,
  CoverageAnswer,
  CoverageFigures,
  CreateCampaignBody as NewCampaign,
  ExemptionBody as Exemption,
  Progress,
  ResultBatchResult,
} from '../../../../server/src/modules/testing/testing.schema.ts';
export type { ResidentListItem } from '../../../../server/src/modules/registry/registry.schema.ts';
export type { Place } from '../registry/places/api';
export { exemptionReasons, poolSizes } from '../../../../server/src/modules/testing/vocabulary.ts';

/** One region's row of the coverage table: the region and its round figures. */
export type CoverageNode = CoverageAnswer['nodes'][number];
export type ResampleStatus = NonNullable<ResampleQuery['status']>;
/** A member of a positive or invalid pool, to be re-sampled in a tube of their own. */
export type ResampleTask = Static<typeof ResampleTaskSchema>;

type CampaignResponse = { campaign: Campaign };
/** A new round, and the rows of a listed target left out (id_invalid, unknown_person, outside_areas, ...). */
export type Created = Static<typeof CreatedCampaign>;
export type TargetKind = Campaign['targetKind'];
export type Pooling = Campaign['poolingRules'][number]['pooling'];

/** The rounds the user can see (those over their jurisdiction), newest first. */
export async function fetchCampaigns(signal: AbortSignal): Promise<Campaign[]> {
  return (await api.get<{ items: Campaign[] }>('/testing/campaigns', { signal })).items;
}

export async function fetchCampaign(id: number, signal: AbortSignal): Promise<Campaign> {
  return (await api.get<CampaignResponse>(`/testing/campaigns/${id}`, { signal })).campaign;
}

/** Opens a round; the target of each grid is fixed from the registry at this moment. */
export function createCampaign(body: CreateCampaignBody): Promise<Created> {
  return api.post<Created>('/testing/campaigns', body);
}

/** Ends a round: its tubes take nobody more (lab results still arrive). */
export async function closeCampaign(id: number): Promise<Campaign> {
  return (await api.post<CampaignResponse>(`/testing/campaigns/${id}/close`)).campaign;
}

/** Sampling points whose name contains `q`, for planning a round. */
export async function searchSamplingPoints(q: string, signal?: AbortSignal): Promise<Place[]> {
  const query = { type: 'sampling_point', pageSize: 200, q: q.trim() || undefined };
  return (await api.get<Page<Place>>('/places', { query, signal })).items;
}

/** The round's figures for the children of `regionId` (or the tops of the jurisdiction) and their total. */
export function fetchCoverage(campaignId: number, regionId: number | null, signal: AbortSignal) {
  return api.get<CoverageAnswer>(`/testing/campaigns/${campaignId}/coverage`, { query: { regionId }, signal });
}

/** One building of a grid with its households and residents not yet sampled (null: no building). */
export type MissingBuilding = Static<typeof MissingBuildings>['items'][number];

/** One grid's residents not yet sampled, counted per building, in address order (no building last). */
export async function fetchMissingByBuilding(
  campaignId: number,
  gridId: number,
  signal: AbortSignal,
): Promise<MissingBuilding[]> {
  const path = `/testing/campaigns/${campaignId}/missing-by-building`;
  return (await api.get<Static<typeof MissingBuildings>>(path, { query: { gridId }, signal })).items;
}

/** `buildingId` narrows the list to one building's households (0: households without a building). */
export type MissingFilters = { campaignId: number; gridId: number; buildingId?: number };

/** One grid's residents not yet sampled nor exempted (masked), in household order. */
export function fetchMissingPage(
  { campaignId, ...query }: MissingFilters & PageParams,
  signal: AbortSignal,
): Promise<Page<ResidentListItem>> {
  return api.get<Page<ResidentListItem>>(`/testing/campaigns/${campaignId}/missing`, { query, signal });
}

/** The same list as an .xlsx, for a plain download link (the session cookie goes along). */
export const missingWorkbookUrl = (campaignId: number, gridId: number) =>
  apiUrl(`/testing/campaigns/${campaignId}/missing.xlsx`, { gridId });

export function exemptResident(campaignId: number, exemption: ExemptionBody): Promise<void> {
  return api.post(`/testing/campaigns/${campaignId}/exemptions`, exemption);
}

export type ResampleFilters = { campaignId: number; status?: ResampleStatus };

export function fetchResamplesPage(
  { campaignId, ...query }: ResampleFilters & PageParams,
  signal: AbortSignal,
): Promise<Page<ResampleTask>> {
  return api.get<Page<ResampleTask>>(`/testing/campaigns/${campaignId}/resamples`, { query, signal });
}

export function fetchProgress(campaignId: number, signal: AbortSignal): Promise<Progress> {
  return api.get<Progress>(`/testing/campaigns/${campaignId}/progress`, { signal });
}

/** Uploads a lab's result file (.xlsx or .csv: 试管编码, 检测结果, optionally CT值 and 检测机构). */
export function uploadResults(file: File): Promise<ResultBatchResult> {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.post<ResultBatchResult>('/testing/results/upload', form);
}

/** Signs for a box at the lab; the server refuses (409) a box that is not on its way. */
export async function receiveBox(code: string, body: { receiver: string; lab: string }): Promise<Box> {
  return (await api.post<{ box: Box }>(`/testing/boxes/${encodeURIComponent(code)}/receive`, body)).box;
}
