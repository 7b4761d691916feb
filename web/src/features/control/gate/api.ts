import { ApiError, apiUrl, type Query } from '../../../app/api/client';
import { getLanguage } from '../../../app/i18n';
import type {
  GateScan,
  GateScanResult,
  RevocationsReply,
} from '../../../../../server/src/modules/passes/passes.schema.ts';

export type { GateScan, GateScanResult };

/**
 * A request of the gate page. Not through `api`: a 401 here must not end the page (scans are kept on
 * the phone, and the keeper signs in again on the spot), so it is only reported.
 */
async function gateRequest<T>(method: 'GET' | 'POST', path: string, body?: unknown, query?: Query): Promise<T> {
  let response: Response;
  try {
    response = await fetch(apiUrl(path, query), {
      method,
      headers: {
        Accept: 'application/json, application/problem+json',
        'Accept-Language': getLanguage(),
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      credentials: 'same-origin',
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError(0, { code: 'NETWORK_ERROR' });
  }
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as { code?: string; detail?: string };
    throw new ApiError(response.status, problem);
  }
  return (await response.json()) as T;
}

/** The key passes are signed with (public, cacheable). */
export function fetchPassKey(): Promise<{ kid: string; publicKey: string }> {
  return gateRequest('GET', '/passes/keys');
}

/** Revocations since a time (all still relevant when none). */
export function fetchRevocations(since: string | null): Promise<RevocationsReply> {
  return gateRequest('GET', '/passes/revocations', undefined, { since });
}

/** Sends a batch of the gate's scans (up to 500). */
export function postGateScans(scans: GateScan[]): Promise<GateScanResult> {
  return gateRequest('POST', '/gate/scans', { scans });
}
