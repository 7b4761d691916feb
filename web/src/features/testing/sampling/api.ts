import { ApiError, api, apiUrl } from '../../../app/api/client';
import { getLanguage } from '../../../app/i18n';
import type { Page } from '../../../app/hooks/usePagedQuery';
import type { Place } from '../../../../../server/src/modules/registry/registry.schema.ts';
import type {
  Campaign,
  ScanBatchBody,
  ScanBatchResult,
} from '../../../../../server/src/modules/testing/testing.schema.ts';

export type {
  Campaign,
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
 * Sends one batch of a table's scans. Not through `api`: a 401 here must not end the page (the scans
 * are kept on the phone and the sampler signs in again on the spot), so it is only reported.
 */
export async function postScans(body: ScanBatchBody): Promise<ScanBatchResult> {
  let response: Response;
  try {
    response = await fetch(apiUrl('/testing/scans'), {
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
  return (await response.json()) as ScanBatchResult;
}
