import { api } from '../../../app/api/client';
import type { IngestResult } from '../../../../../server/src/modules/tracing/evidence/evidence.schema.ts';

export type {
  EvidenceField,
  EvidenceRejection,
  EvidenceRejectionReason,
  IngestResult,
} from '../../../../../server/src/modules/tracing/evidence/evidence.schema.ts';

/** Venue-code scans (场所码) from the health-code system, or carriers' location records (时空伴随). */
export type EvidenceKind = 'venueScans' | 'locations';

const IMPORT_PATHS: Record<EvidenceKind, string> = {
  venueScans: '/tracing/venue-scans/import',
  locations: '/tracing/locations/import',
};

/** Imports a file of evidence (.xlsx or .csv); rows already stored are counted, not stored again. */
export function importEvidence(kind: EvidenceKind, file: File): Promise<IngestResult> {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.post<IngestResult>(IMPORT_PATHS[kind], form);
}
