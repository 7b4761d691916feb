import { useCallback, useMemo } from 'react';
import { useFetch } from '../../../app/hooks/useFetch';
import { previewImport } from './api';
import type { ImportPreview, ImportSource } from './api';
import type { SourceChoice } from './SourceForm';

type Previewed = { source: ImportSource; preview: ImportPreview };

/** Uploads the chosen file for a preview whenever kind, encoding or file change. */
export function usePreview({ kind, encoding, file }: SourceChoice): {
  preview: ImportPreview | null;
  reading: boolean;
} {
  const source = useMemo(() => (file ? { kind, encoding, file } : null), [kind, encoding, file]);
  const load = useCallback(
    async (): Promise<Previewed | null> => (source ? { source, preview: await previewImport(source) } : null),
    [source],
  );
  const { data, loading } = useFetch(load);
  // A preview of an earlier choice (another kind, encoding or file) says nothing about this one.
  return { preview: data?.source === source ? data.preview : null, reading: loading && source !== null };
}
