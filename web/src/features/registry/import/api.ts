import { api, apiUrl } from '../../../app/api/client';
import type { Page, PageParams } from '../../../app/hooks/usePagedQuery';
import type {
  ImportPreview,
  ImportRun,
  StartImportBody as ImportStart,
} from '../../../../../server/src/modules/registry/import/imports.schema.ts';
import type { ImportKind } from '../../../../../server/src/modules/registry/import/fields.ts';

export type {
  ImportPreview,
  ImportRun,
  StartImportBody as ImportStart,
} from '../../../../../server/src/modules/registry/import/imports.schema.ts';
export type { ColumnMapping, ImportKind } from '../../../../../server/src/modules/registry/import/fields.ts';
export { importKinds } from '../../../../../server/src/modules/registry/import/fields.ts';

/** What the user chooses: on auto the server detects UTF-8 or GBK from the bytes. */
export type EncodingChoice = NonNullable<ImportStart['encoding']>;
/** A field the import fills, with its names in both languages. */
export type ImportField = ImportPreview['fields'][number];

export type ImportSource = { kind: ImportKind; encoding: EncodingChoice; file: File };

type RunResponse = { run: ImportRun };

/** Uploads the file; the server keeps it under `uploadId` and answers with its columns and a sample. */
export function previewImport({ kind, encoding, file }: ImportSource): Promise<ImportPreview> {
  const form = new FormData();
  form.append('kind', kind);
  form.append('encoding', encoding);
  // The file goes last, so the server has read the other fields by the time the bytes arrive.
  form.append('file', file, file.name);
  return api.post<ImportPreview>('/imports/preview', form);
}

/** Queues the import (202); the run then proceeds in the background. */
export async function startImport(start: ImportStart): Promise<ImportRun> {
  return (await api.post<RunResponse>('/imports', start)).run;
}

export async function fetchImportRun(id: number, signal: AbortSignal): Promise<ImportRun> {
  return (await api.get<RunResponse>(`/imports/${id}`, { signal })).run;
}

export function fetchImportRuns(query: PageParams, signal: AbortSignal): Promise<Page<ImportRun>> {
  return api.get<Page<ImportRun>>('/imports', { query, signal });
}

/** The rejected rows with their reasons, as an .xlsx (for a plain download link). */
export const reportUrl = (id: number) => apiUrl(`/imports/${id}/report`);
