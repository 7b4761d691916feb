import { api, apiUrl } from '../../../app/api/client';
import type { Page } from '../../../app/hooks/usePagedQuery';
import type {
  CheckSheet,
  MissedCheck,
  RecordChecksReply,
  SelfCheckBody,
  SelfCheckView,
} from '../../../../../server/src/modules/quarantine/checks/checks.schema.ts';
import type { Alert } from '../../../../../server/src/modules/quarantine/checks/alerts.schema.ts';
import type { TestDue } from '../../../../../server/src/modules/quarantine/checks/tests.schema.ts';
import type { Release, ReleaseDue } from '../../../../../server/src/modules/quarantine/release/release.schema.ts';
import type { Symptom } from '../../../../../server/src/modules/quarantine/checks/vocabulary.ts';

export type {
  CheckSheet,
  MissedCheck,
  RecordChecksReply,
  SelfCheckView,
} from '../../../../../server/src/modules/quarantine/checks/checks.schema.ts';
export type { Alert } from '../../../../../server/src/modules/quarantine/checks/alerts.schema.ts';
export type { TestDue } from '../../../../../server/src/modules/quarantine/checks/tests.schema.ts';
export type { ReleaseDue } from '../../../../../server/src/modules/quarantine/release/release.schema.ts';
export type {
  AlertKind,
  CheckRejection,
  Symptom,
} from '../../../../../server/src/modules/quarantine/checks/vocabulary.ts';
export { symptoms, TEMPERATURE_RANGE } from '../../../../../server/src/modules/quarantine/checks/vocabulary.ts';

/** Which site and day a view shows; no site: everywhere within reach, home quarantine included. */
export type SiteDay = { siteId?: number; date: string };

export type CheckEntry = { checkId: string; quarantineId: number; temperature: number; symptoms: Symptom[] };

export function fetchCheckSheet(siteId: number, date: string, signal: AbortSignal): Promise<CheckSheet> {
  return api.get<CheckSheet>(`/isolation-sites/${siteId}/check-sheet`, { query: { date }, signal });
}

/** Stores checks taken now; a check id sent again (after a lost answer) is recognised, never stored twice. */
export function recordChecks(checks: CheckEntry[]): Promise<RecordChecksReply> {
  return api.post<RecordChecksReply>('/health-checks', { checks });
}

export async function fetchMissed(where: SiteDay, signal: AbortSignal): Promise<MissedCheck[]> {
  return (await api.get<{ items: MissedCheck[] }>('/health-checks/missed', { query: where, signal })).items;
}

export function fetchAlerts(where: { siteId?: number; status?: 'open' }, signal: AbortSignal): Promise<Page<Alert>> {
  return api.get<Page<Alert>>('/quarantine-alerts', { query: { ...where, pageSize: 200 }, signal });
}

export function acknowledgeAlert(alertId: number, note: string): Promise<Alert> {
  return api.post<Alert>(`/quarantine-alerts/${alertId}/acknowledge`, { note });
}

/** Sends the person to a hospital; their quarantine ends with it. */
export function transferToHospital(alertId: number, hospitalId: number, reason: string): Promise<Alert> {
  return api.post<Alert>(`/quarantine-alerts/${alertId}/transfer`, { hospitalId, reason });
}

/** Hospitals whose name contains `q`, for the transfer. */
export async function fetchTestsDue(where: SiteDay, signal: AbortSignal): Promise<TestDue[]> {
  return (await api.get<{ items: TestDue[] }>('/quarantine/tests-due', { query: where, signal })).items;
}

export async function fetchReleaseDue(where: SiteDay, signal: AbortSignal): Promise<ReleaseDue[]> {
  return (await api.get<{ items: ReleaseDue[] }>('/quarantine/release-due', { query: where, signal })).items;
}

/** Releases the person, or fails with the server's RELEASE_REFUSED naming each criterion that fails. */
export function releaseQuarantine(quarantineId: number): Promise<Release> {
  return api.post<Release>(`/quarantines/${quarantineId}/release`);
}

export const certificateUrl = (quarantineId: number) => apiUrl(`/quarantines/${quarantineId}/certificate.pdf`);

/** The self-check link of a person, as a full address to show as a QR code. */
export async function fetchCheckLink(quarantineId: number): Promise<string> {
  const { path } = await api.get<{ path: string }>(`/quarantines/${quarantineId}/check-link`);
  return new URL(path, window.location.origin).toString();
}

export function fetchSelfCheck(token: string, signal: AbortSignal): Promise<SelfCheckView> {
  return api.get<SelfCheckView>(`/public/health-checks/${encodeURIComponent(token)}`, { signal });
}

export function sendSelfCheck(token: string, body: SelfCheckBody): Promise<SelfCheckView> {
  return api.post<SelfCheckView>(`/public/health-checks/${encodeURIComponent(token)}`, body);
}
