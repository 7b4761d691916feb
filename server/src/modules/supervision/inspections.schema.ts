import { type Static, Type } from '@sinclair/typebox';
import { literals, Nullable } from '../../core/http/schema-helpers.ts';
import { DateTime, Id } from '../tracing/cases.schema.ts';
import { ChecklistItem } from './checklists.schema.ts';
import { findingDispositions, findingSeverities } from './vocabulary.ts';

export const InspectionParams = Type.Object({ inspectionId: Id });
export const FindingParams = Type.Object({ findingId: Id });
export const PhotoParams = Type.Object({ photoId: Id });
const Note = Type.String({ maxLength: 2000 });

/** Check-in on site: a plan's target, or (ad hoc) a place or region node of the jurisdiction. */
export const CheckInBody = Type.Object(
  {
    planTargetId: Type.Optional(Id),
    placeId: Type.Optional(Id),
    regionId: Type.Optional(Id),
    /** When the inspector arrived; now when absent. */
    checkedInAt: Type.Optional(DateTime),
    lng: Type.Optional(Type.Number({ minimum: -180, maximum: 180 })),
    lat: Type.Optional(Type.Number({ minimum: -90, maximum: 90 })),
    /** Another checklist than the one of the target's kind. */
    templateId: Type.Optional(Id),
  },
  { additionalProperties: false },
);
export type CheckInBody = Static<typeof CheckInBody>;

export const AnswersBody = Type.Object(
  {
    answers: Type.Array(
      Type.Object(
        {
          itemKey: Type.String({ minLength: 1, maxLength: 40 }),
          /** true/false for a yes/no item, a number, or a choice's key; checked against the item. */
          value: Type.Unknown(),
          note: Type.Optional(Note),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 100 },
    ),
  },
  { additionalProperties: false },
);
export type AnswersBody = Static<typeof AnswersBody>;

export const SubmitBody = Type.Object({ note: Type.Optional(Note) }, { additionalProperties: false });
export type SubmitBody = Static<typeof SubmitBody>;

export const FindingBody = Type.Object(
  {
    description: Type.String({ minLength: 1, maxLength: 1000, pattern: '\\S' }),
    severity: literals(findingSeverities),
    mustFixNow: Type.Boolean({ default: false }),
  },
  { additionalProperties: false },
);
export type FindingBody = Static<typeof FindingBody>;

export const FixBody = Type.Object(
  { note: Type.String({ minLength: 1, maxLength: 1000, pattern: '\\S' }) },
  { additionalProperties: false },
);

export const InspectionListQuery = Type.Object(
  {
    planId: Type.Optional(Id),
    state: Type.Optional(literals(['open', 'submitted'] as const)),
    page: Type.Integer({ minimum: 1, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  },
  { additionalProperties: false },
);
export type InspectionListQuery = Static<typeof InspectionListQuery>;

export const FindingListQuery = Type.Object(
  {
    disposition: Type.Optional(literals(findingDispositions)),
    severity: Type.Optional(literals(findingSeverities)),
    page: Type.Integer({ minimum: 1, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  },
  { additionalProperties: false },
);
export type FindingListQuery = Static<typeof FindingListQuery>;

export const Photo = Type.Object({
  id: Type.Integer(),
  contentType: Type.String(),
  size: Type.Integer(),
  createdAt: Type.String(),
});
export type Photo = Static<typeof Photo>;

const Target = Type.Object({
  placeId: Nullable(Type.Integer()),
  regionId: Nullable(Type.Integer()),
  name: Type.String(),
  kind: Type.String(),
});

export const Finding = Type.Object({
  id: Type.Integer(),
  inspectionId: Type.Integer(),
  target: Target,
  itemKey: Nullable(Type.String()),
  description: Type.String(),
  severity: literals(findingSeverities),
  mustFixNow: Type.Boolean(),
  disposition: literals(findingDispositions),
  fixedNote: Nullable(Type.String()),
  fixedAt: Nullable(Type.String()),
  createdAt: Type.String(),
  photos: Type.Array(Photo),
});
export type Finding = Static<typeof Finding>;

export const InspectionListItem = Type.Object({
  id: Type.Integer(),
  target: Target,
  plan: Nullable(Type.Object({ id: Type.Integer(), code: Type.String(), title: Type.String() })),
  inspector: Type.String(),
  checkedInAt: Type.String(),
  submittedAt: Nullable(Type.String()),
  failedCount: Type.Integer(),
  findingCount: Type.Integer(),
});
export type InspectionListItem = Static<typeof InspectionListItem>;

export const Answer = Type.Object({
  itemKey: Type.String(),
  value: Type.Unknown(),
  passed: Type.Boolean(),
  note: Nullable(Type.String()),
  answeredAt: Type.String(),
});
export type Answer = Static<typeof Answer>;

export const InspectionDetail = Type.Composite([
  InspectionListItem,
  Type.Object({
    planTargetId: Nullable(Type.Integer()),
    lng: Nullable(Type.Number()),
    lat: Nullable(Type.Number()),
    note: Nullable(Type.String()),
    /** The checklist version the inspection was made with (older than the active one after a revision). */
    checklist: Type.Object({
      templateId: Type.Integer(),
      code: Type.String(),
      name: Type.String(),
      version: Type.Integer(),
      items: Type.Array(ChecklistItem),
    }),
    answers: Type.Array(Answer),
    photos: Type.Array(Photo),
    findings: Type.Array(Finding),
  }),
]);
export type InspectionDetail = Static<typeof InspectionDetail>;
