import { type Static, Type } from '@sinclair/typebox';
import { PlaceQuery, ResidentQuery } from '../registry.schema.ts';

/** ID numbers and phones in full: needs registry.read_full, and is audited as such. */
const Unmasked = Type.Optional(Type.Boolean());

export const StartExportBody = Type.Union([
  Type.Object(
    { kind: Type.Literal('residents'), filters: Type.Omit(ResidentQuery, ['page', 'pageSize']), unmasked: Unmasked },
    { additionalProperties: false },
  ),
  Type.Object(
    { kind: Type.Literal('places'), filters: Type.Omit(PlaceQuery, ['page', 'pageSize']), unmasked: Unmasked },
    { additionalProperties: false },
  ),
]);
export type StartExportBody = Static<typeof StartExportBody>;

export const ExportRun = Type.Object({
  id: Type.Integer(),
  kind: Type.String(),
  status: Type.Union([Type.Literal('queued'), Type.Literal('running'), Type.Literal('done'), Type.Literal('failed')]),
  totalRows: Type.Union([Type.Integer(), Type.Null()]),
  writtenRows: Type.Integer(),
  fraction: Type.Number(),
  unmasked: Type.Boolean(),
  /** Where to fetch the finished file, once done. */
  downloadUrl: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  error: Type.Union([Type.String(), Type.Null()]),
});
export type ExportRun = Static<typeof ExportRun>;
