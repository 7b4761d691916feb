import { api } from '../../../app/api/client';
import type {
  ExportRun,
  StartExportBody as ExportStart,
} from '../../../../../server/src/modules/registry/export/exports.schema.ts';

export type { ExportRun } from '../../../../../server/src/modules/registry/export/exports.schema.ts';

// Distributes over the kinds, so each kind keeps its own filters.
type WithoutUnmasked<S> = S extends unknown ? Omit<S, 'unmasked'> : never;

/** What to export: a list's kind and the filters it shows, without paging. */
export type ExportRequest = WithoutUnmasked<ExportStart>;

type ExportResponse = { export: ExportRun };

/** Queues the export (202); the spreadsheet is then written in the background. */
export async function startExport(start: ExportStart): Promise<ExportRun> {
  return (await api.post<ExportResponse>('/exports', start)).export;
}

export async function fetchExport(id: number, signal: AbortSignal): Promise<ExportRun> {
  return (await api.get<ExportResponse>(`/exports/${id}`, { signal })).export;
}
