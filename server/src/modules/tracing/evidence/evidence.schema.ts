import { type Static, Type } from '@sinclair/typebox';
import { literals } from '../../../core/http/schema-helpers.ts';

const DateTime = Type.String({ format: 'date-time' });

/** Why a row of evidence was not stored. */
export const evidenceRejections = [
  /** The place id (or, in a file, the place code) names no place of the registry. */
  'place_unknown',
  /** Not a valid 18-digit (or legacy 15-digit) resident ID number. */
  'id_number_invalid',
  'phone_invalid',
  /** A cell code empty or longer than 64 characters (files only; the API schema checks it). */
  'cell_invalid',
  /** A name longer than 50 characters (files only; the API schema checks it). */
  'name_invalid',
  /** A file's time cell that is not a time. */
  'time_invalid',
  /** Later than now (beyond 10 minutes of clock skew). */
  'time_in_future',
  /** Older than the retention (28 days): it would be dropped the next night. */
  'time_too_old',
] as const;
export type EvidenceRejectionReason = (typeof evidenceRejections)[number];

/** The fields a rejection names: the API's field names; placeCode for a file's place column. */
export const evidenceFields = [
  'placeId',
  'placeCode',
  'scannedAt',
  'idNumber',
  'name',
  'phone',
  'cell',
  'seenAt',
] as const;
export type EvidenceField = (typeof evidenceFields)[number];

export const EvidenceRejection = Type.Object({
  /** 1-based position in the batch, or the row number in the file (header = row 1). */
  row: Type.Integer(),
  field: literals(evidenceFields),
  reason: literals(evidenceRejections),
});
export type EvidenceRejection = Static<typeof EvidenceRejection>;

export const IngestResult = Type.Object({
  stored: Type.Integer(),
  /** Rows already stored (sent before): nothing changed for them. */
  duplicate: Type.Integer(),
  rejected: Type.Array(EvidenceRejection),
});
export type IngestResult = Static<typeof IngestResult>;

/** One venue-code scan (场所码) as the health-code system reports it. */
export const VenueScanInput = Type.Object(
  {
    /** Made by the sender once per scan; sending the scan again changes nothing. */
    scanId: Type.String({ format: 'uuid' }),
    placeId: Type.Integer({ minimum: 1 }),
    scannedAt: DateTime,
    idNumber: Type.String({ minLength: 1, maxLength: 30 }),
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 50 })),
    phone: Type.Optional(Type.String({ minLength: 1, maxLength: 30 })),
  },
  { additionalProperties: false },
);
export type VenueScanInput = Static<typeof VenueScanInput>;

export const VenueScanBatch = Type.Object(
  { scans: Type.Array(VenueScanInput, { minItems: 1, maxItems: 5_000 }) },
  { additionalProperties: false },
);
export type VenueScanBatch = Static<typeof VenueScanBatch>;

/** One carrier location record (时空伴随): a phone seen in a cell (base station or grid) at a time. */
export const LocationInput = Type.Object(
  {
    phone: Type.String({ minLength: 1, maxLength: 30 }),
    cell: Type.String({ minLength: 1, maxLength: 64 }),
    /** Floored to the protocol's resolution (10 minutes by default) when stored. */
    seenAt: DateTime,
  },
  { additionalProperties: false },
);
export type LocationInput = Static<typeof LocationInput>;

export const LocationBatch = Type.Object(
  { records: Type.Array(LocationInput, { minItems: 1, maxItems: 10_000 }) },
  { additionalProperties: false },
);
export type LocationBatch = Static<typeof LocationBatch>;
