import { type Static, Type } from '@sinclair/typebox';
import { literals, Nullable } from '../../core/http/schema-helpers.ts';
import { DateOnly, Id } from '../tracing/cases.schema.ts';
import { planStatuses } from './vocabulary.ts';

export const PlanParams = Type.Object({ planId: Id });

export const CreatePlanBody = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' }),
    /** 四不两直: hidden from the people of the inspected units until each is checked in. */
    unannounced: Type.Boolean({ default: true }),
    startsOn: DateOnly,
    endsOn: DateOnly,
    /** Places to inspect (an enterprise, a school…), within the jurisdiction. */
    placeIds: Type.Array(Id, { maxItems: 50, uniqueItems: true, default: [] }),
    /** Region nodes to inspect (a community, a street), within the jurisdiction. */
    regionIds: Type.Array(Id, { maxItems: 50, uniqueItems: true, default: [] }),
    /** The team; the creator is always on it. */
    memberIds: Type.Array(Id, { maxItems: 20, uniqueItems: true, default: [] }),
    leaderId: Type.Optional(Id),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type CreatePlanBody = Static<typeof CreatePlanBody>;

export const PlanListQuery = Type.Object(
  {
    status: Type.Optional(literals(planStatuses)),
    page: Type.Integer({ minimum: 1, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  },
  { additionalProperties: false },
);
export type PlanListQuery = Static<typeof PlanListQuery>;

export const CancelPlanBody = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: 500, pattern: '\\S' }) },
  { additionalProperties: false },
);

const Ref = Type.Object({ id: Type.Integer(), name: Type.String() });

export const PlanListItem = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  title: Type.String(),
  unannounced: Type.Boolean(),
  startsOn: Type.String(),
  endsOn: Type.String(),
  status: literals(planStatuses),
  createdBy: Ref,
  targetCount: Type.Integer(),
  inspectedCount: Type.Integer(),
});
export type PlanListItem = Static<typeof PlanListItem>;

/** A target's inspection, once checked in. */
export const TargetInspection = Type.Object({
  id: Type.Integer(),
  checkedInAt: Type.String(),
  submittedAt: Nullable(Type.String()),
  inspector: Type.String(),
});

export const PlanTarget = Type.Object({
  id: Type.Integer(),
  placeId: Nullable(Type.Integer()),
  regionId: Nullable(Type.Integer()),
  name: Type.String(),
  /** The place type, or 'community' for a region node. */
  kind: Type.String(),
  inspection: Nullable(TargetInspection),
});
export type PlanTarget = Static<typeof PlanTarget>;

export const PlanDetail = Type.Composite([
  PlanListItem,
  Type.Object({
    note: Nullable(Type.String()),
    members: Type.Array(Type.Object({ id: Type.Integer(), name: Type.String(), leader: Type.Boolean() })),
    targets: Type.Array(PlanTarget),
  }),
]);
export type PlanDetail = Static<typeof PlanDetail>;

export const TargetQuery = Type.Object(
  { q: Type.String({ minLength: 1, maxLength: 50 }) },
  { additionalProperties: false },
);

/** A place or region node of the jurisdiction a plan may aim at. */
export const TargetOption = Type.Object({
  placeId: Nullable(Type.Integer()),
  regionId: Nullable(Type.Integer()),
  name: Type.String(),
  kind: Type.String(),
});
export type TargetOption = Static<typeof TargetOption>;

export const Inspector = Type.Object({ id: Type.Integer(), name: Type.String() });
export type Inspector = Static<typeof Inspector>;
