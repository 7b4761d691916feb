import { type Static, Type } from '@sinclair/typebox';
import { Nullable } from '../../core/http/schema-helpers.ts';
import { DateTime, Id } from './cases.schema.ts';

export const TrajectoryBody = Type.Object(
  {
    /** A place of the registry, or else a free address. */
    placeId: Type.Optional(Id),
    address: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    from: DateTime,
    to: DateTime,
    /** How the case was exposed or exposed others there (no mask, shared meal, …). */
    exposure: Type.Optional(Type.String({ maxLength: 500 })),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type TrajectoryBody = Static<typeof TrajectoryBody>;

export const TrajectoryEntry = Type.Object({
  id: Type.Integer(),
  place: Nullable(Type.Object({ id: Type.Integer(), name: Type.String(), type: Type.String() })),
  address: Nullable(Type.String()),
  from: DateTime,
  to: DateTime,
  exposure: Nullable(Type.String()),
  note: Nullable(Type.String()),
  createdAt: DateTime,
});
export type TrajectoryEntry = Static<typeof TrajectoryEntry>;

export const EntryParams = Type.Object({ caseId: Id, entryId: Id });
export const AttachmentParams = Type.Object({ caseId: Id, attachmentId: Id });

export const Attachment = Type.Object({
  id: Type.Integer(),
  filename: Type.String(),
  contentType: Type.String(),
  size: Type.Integer(),
  createdAt: DateTime,
});
