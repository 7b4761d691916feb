import { auditContextOf } from '../../../core/http/request-context.ts';
import type { ModuleRoutes } from '../../../core/http/types.ts';
import { withUploadedLedger } from '../../../core/http/upload.ts';
import { IngestResult, LocationBatch, VenueScanBatch } from './evidence.schema.ts';
import { importLocationFile, importVenueScanFile } from './imports.service.ts';
import { ingestLocations, ingestVenueScans } from './ingest.service.ts';

const tags = ['tracing'];
// Evidence arrives city-wide from the health-code system and the carriers, not from one jurisdiction: the
// permission is the check, and it is read only through a case the reader may see.
const manage = { access: 'tracing.manage' } as const;
// 5,000 scans (~190 bytes each with name and phone) or 10,000 records come close to the 1 MiB default.
const batchBodyLimit = 4 * 1024 * 1024;
const numbered = <T>(items: T[]) => items.map((item, i) => ({ ...item, row: i + 1 }));

export const tracingEvidenceRoutes: ModuleRoutes = (app, { db, config }) => {
  app.post(
    '/tracing/venue-scans',
    {
      config: manage,
      bodyLimit: batchBodyLimit,
      schema: {
        tags,
        description:
          'Up to 5,000 venue-code scans (场所码); idempotent by scanId and time. Scans at unknown places, with an ' +
          'unreadable ID number or phone, or at an impossible time are rejected row by row and never stored.',
        body: VenueScanBatch,
        response: { 200: IngestResult },
      },
    },
    async (request) => ingestVenueScans(db, auditContextOf(request), numbered(request.body.scans)),
  );

  app.post(
    '/tracing/venue-scans/import',
    {
      config: manage,
      schema: {
        tags,
        description:
          'A venue-scan file (.xlsx or .csv, UTF-8 or GBK): 场所编码, 扫码时间, 身份证号, optionally 姓名 and 手机号. ' +
          'Importing the same file again stores nothing twice.',
        consumes: ['multipart/form-data'],
        response: { 200: IngestResult },
      },
    },
    async (request) =>
      withUploadedLedger(request, config, (file) =>
        importVenueScanFile(db, auditContextOf(request), file, config.timeZone),
      ),
  );

  app.post(
    '/tracing/locations',
    {
      config: manage,
      bodyLimit: batchBodyLimit,
      schema: {
        tags,
        description:
          'Up to 10,000 location records (时空伴随); times floored to the protocol resolution, idempotent by phone, ' +
          'slot and cell.',
        body: LocationBatch,
        response: { 200: IngestResult },
      },
    },
    async (request) => ingestLocations(db, auditContextOf(request), numbered(request.body.records)),
  );

  app.post(
    '/tracing/locations/import',
    {
      config: manage,
      schema: {
        tags,
        description: 'A carrier location file (.xlsx or .csv, UTF-8 or GBK): 手机号, 基站/网格编码, 时间.',
        consumes: ['multipart/form-data'],
        response: { 200: IngestResult },
      },
    },
    async (request) =>
      withUploadedLedger(request, config, (file) =>
        importLocationFile(db, auditContextOf(request), file, config.timeZone),
      ),
  );
};
