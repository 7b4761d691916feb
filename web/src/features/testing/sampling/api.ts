import { ApiError, api, apiUrl } from '../../../app/api/client';
import { getLanguage } from '../../../app/i18n';
import type { Page } from '../../../app/hooks/usePagedQuery';
import type { Place } from '../../../../../server/src/modules/registry/registry.schema.ts';
import type {
  Box,
  Campaign,
  PackBoxBody,
  ScanBatchBody,
  ScanBatchResult,
} from '../../../../../server/src/modules/testing/testing.schema.ts';

export type {
  Box,
  Campaign,
  PackBoxBody,
  ScanBatchBody,
  ScanBatchResult,
  ScanEvent,
  ScanOutcome,
} from '../../../../../server/src/modules/testing/testing.schema.ts';
export type { PoolingMode, SampleRejection } from '../../../../../server/src/modules/testing/vocabulary.ts';
export { poolSizes, sampleRejections } from '../../../../../server/src/modules/testing/vocabulary.ts';

/** The open rounds a sampler may sign in to, with their points and tables (needs testing.sample). */
export async function fetchOpenRounds(signal?: AbortSignal): Promise<Campaign[]> {
  return (await api.get<{ items: Campaign[] }>('/testing/sampling/rounds', { signal })).items;
}

/** Sampling points in the user's jurisdiction whose name contains `q`. */
export async function fetchSamplingPoints(q: string, signal?: AbortSignal): Promise<Place[]> {
  const query = { type: 'sampling_point', pageSize: 200, q: q.trim() || undefined };
  return (await api.get<Page<Place>>('/places', { query, signal })).items;
}

/**
 * A POST of the sampling page. Not through `api`: a 401 here must not end the page (the scans are kept
 * on the phone and the sampler signs in again on the spot), so it is only reported.
 */
async function postKeepingPage<T>(path: string, body: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(apiUrl(path), {
      method: 'POST',
      headers: {
        Accept: 'application/json, application/problem+json',
        'Accept-Language': getLanguage(),
        'Content-Type': 'application/json',
      },
      credentials: 'same-origin',
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, { code: 'NETWORK_ERROR' });
  }
  if (!response.ok) {
    let problem: { code?: string; detail?: string; title?: string } = {};
    if ((response.headers.get('content-type') ?? '').includes('json')) {
      problem = ((await response.json().catch(() => ({}))) ?? {}) as typeof problem;
    }
    throw new ApiError(response.status, problem);
  }
  return (await response.json()) as T;
}

/** Sends one batch of a table's scans. */
export function postScans(body: ScanBatchBody): Promise<ScanBatchResult> {
  return postKeepingPage<ScanBatchResult>('/testing/scans', body);
}

/** Why the server left a tube out of a box. */
export const boxRefusals = ['unknown_tube', 'tube_of_another_round', 'tube_not_sealed', 'tube_in_another_box'] as const;
export type BoxRefusal = (typeof boxRefusals)[number];
export type PackBoxResult = { box: Box; refused: { tube: string; reason: string }[] };

/** Packs sealed tubes of a round into a new box (201); a box code used before is a 409 BOX_STATE. */
export function packBox(body: PackBoxBody): Promise<PackBoxResult> {
  return postKeepingPage<PackBoxResult>('/testing/boxes', body);
}

/** Hands a packed box to its courier: it is in transit from then on (409 BOX_STATE if not packed). */
export async function handOverBox(code: string, courier: string): Promise<Box> {
  return (await postKeepingPage<{ box: Box }>(`/testing/boxes/${encodeURIComponent(code)}/handover`, { courier })).box;
}
