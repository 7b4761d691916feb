import type { Static } from '@sinclair/typebox';
import { api, apiUrl } from '../../../app/api/client';
import type { Page, PageParams } from '../../../app/hooks/usePagedQuery';
import type { FeatureCollection, MapSummary } from '../../../../../server/src/modules/riskareas/maps.schema.ts';
import type {
  AreaDetail,
  AreaGeometry as AreaGeometrySchema,
  AreaSummary,
  BuildingItem as BuildingItemSchema,
  ChangeBody,
  DesignateBody,
  LevelsReply as LevelsReplySchema,
  LiftingRunReply as LiftingRunReplySchema,
  ListQuery,
  PendingChange as PendingChangeSchema,
  PublicList,
} from '../../../../../server/src/modules/riskareas/riskareas.schema.ts';

// The API's types are the server's schemas (type-only imports: no server code enters the bundle).
export type {
  AreaDetail,
  AreaKind,
  AreaStatus,
  AreaSummary,
  Change,
  ChangeKind,
  LiftingStatus,
  PublicArea,
  PublicList,
} from '../../../../../server/src/modules/riskareas/riskareas.schema.ts';
export type { LevelLabel } from '../../../../../server/src/modules/riskareas/levels.ts';
export type { FeatureCollection, MapSummary };

export type AreaGeometry = Static<typeof AreaGeometrySchema>;
export type Building = Static<typeof BuildingItemSchema>;
export type Levels = Static<typeof LevelsReplySchema>;
export type Level = Levels['levels'][number];
export type PendingChange = Static<typeof PendingChangeSchema>;
export type LiftingRunReply = Static<typeof LiftingRunReplySchema>;
export type AreaFilters = Omit<ListQuery, 'page' | 'pageSize'>;

export const fetchAreasPage = (query: AreaFilters & PageParams, signal: AbortSignal) =>
  api.get<Page<AreaSummary>>('/risk-areas', { query, signal });

export const fetchArea = (id: number, signal?: AbortSignal) => api.get<AreaDetail>(`/risk-areas/${id}`, { signal });

/** The levels of a protocol (an area's own), or of the protocol in force. */
export const fetchLevels = (protocolId: number | undefined, signal?: AbortSignal) =>
  api.get<Levels>('/risk-areas/levels', { query: { protocolId }, signal });

export const fetchPending = async (signal: AbortSignal) =>
  (await api.get<{ items: PendingChange[] }>('/risk-areas/changes/pending', { signal })).items;

export const designateArea = (body: DesignateBody) => api.post<AreaDetail>('/risk-areas', body);

export const proposeChange = (areaId: number, body: ChangeBody) =>
  api.post<AreaDetail>(`/risk-areas/${areaId}/changes`, body);

export const approveChange = (changeId: number, note: string | undefined) =>
  api.post<AreaDetail>(`/risk-areas/changes/${changeId}/approve`, { note });

export const rejectChange = (changeId: number, note: string) =>
  api.post<AreaDetail>(`/risk-areas/changes/${changeId}/reject`, { note });

export const runLifting = () => api.post<LiftingRunReply>('/risk-areas/lifting/run');

export const searchBuildings = async (
  query: { regionId?: number; q?: string; located?: boolean; limit?: number },
  signal?: AbortSignal,
) => (await api.get<{ items: Building[] }>('/risk-areas/buildings', { query, signal })).items;

export const fetchMaps = async (signal?: AbortSignal) =>
  (await api.get<{ items: MapSummary[] }>('/risk-areas/maps', { signal })).items;

export const fetchMapFeatures = async (id: number, signal?: AbortSignal) =>
  (await api.get<MapSummary & { features: FeatureCollection }>(`/risk-areas/maps/${id}`, { signal })).features;

export const importMap = (name: string, features: FeatureCollection) =>
  api.post<MapSummary>('/risk-areas/maps', { name, features });

export const fetchPublicAreas = (signal: AbortSignal) => api.get<PublicList>('/public/risk-areas', { signal });

export const publicWorkbookUrl = () => apiUrl('/public/risk-areas.xlsx');
