import { type Static, Type } from '@sinclair/typebox';
import { importKinds } from './fields.ts';

export const ImportKindName = Type.Union(importKinds.map((kind) => Type.Literal(kind)));
const Mapping = Type.Record(Type.String(), Type.String());
const EncodingName = Type.Union([Type.Literal('auto'), Type.Literal('utf8'), Type.Literal('gbk')]);

export const ImportRun = Type.Object({
  id: Type.Integer(),
  kind: ImportKindName,
  fileName: Type.String(),
  status: Type.Union([Type.Literal('queued'), Type.Literal('running'), Type.Literal('done'), Type.Literal('failed')]),
  processedRows: Type.Integer(),
  inserted: Type.Integer(),
  updated: Type.Integer(),
  unchanged: Type.Integer(),
  rejected: Type.Integer(),
  fraction: Type.Number(),
  rowsPerSecond: Type.Number(),
  secondsLeft: Type.Union([Type.Number(), Type.Null()]),
  startedAt: Type.String({ format: 'date-time' }),
  finishedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  error: Type.Union([Type.String(), Type.Null()]),
});
export type ImportRun = Static<typeof ImportRun>;

export const ImportPreview = Type.Object({
  uploadId: Type.String(),
  fileName: Type.String(),
  encoding: Type.Union([Type.Literal('utf8'), Type.Literal('gbk'), Type.Null()]),
  headers: Type.Array(Type.String()),
  sample: Type.Array(Type.Array(Type.String())),
  fields: Type.Array(
    Type.Object({ key: Type.String(), required: Type.Boolean(), labelZh: Type.String(), labelEn: Type.String() }),
  ),
  guessedMapping: Mapping,
  savedMappings: Type.Array(Type.Object({ name: Type.String(), columns: Mapping })),
});
export type ImportPreview = Static<typeof ImportPreview>;

export const StartImportBody = Type.Object(
  {
    uploadId: Type.String({ pattern: '^[0-9a-f-]{36}$' }),
    kind: ImportKindName,
    mapping: Mapping,
    encoding: Type.Optional(EncodingName),
    saveMappingAs: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    /** The name the file had on the user's machine (from the preview), shown in the run list. */
    fileName: Type.Optional(Type.String({ minLength: 1, maxLength: 255 })),
  },
  { additionalProperties: false },
);
export type StartImportBody = Static<typeof StartImportBody>;

export const ImportListQuery = Type.Object(
  {
    kind: Type.Optional(ImportKindName),
    page: Type.Integer({ minimum: 1, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  },
  { additionalProperties: false },
);
export type ImportListQuery = Static<typeof ImportListQuery>;

export { EncodingName };
