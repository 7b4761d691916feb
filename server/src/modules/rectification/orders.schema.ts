import { type Static, Type } from '@sinclair/typebox';
import { literals, Nullable } from '../../core/http/schema-helpers.ts';
import { DateTime, Id } from '../tracing/cases.schema.ts';
import { findingSeverities } from '../supervision/vocabulary.ts';
import { orderEventKinds, orderStatuses, verdicts } from './vocabulary.ts';

export const OrderParams = Type.Object({ orderId: Id });
export const PhotoParams = Type.Object({ orderId: Id, photoId: Id });
const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength, pattern: '\\S' });
const Named = Type.Object({ id: Type.Integer(), name: Type.String() });

/** A 交办单 for an open finding: the unit is a place, or a region node (a community, a street). */
export const IssueBody = Type.Object(
  {
    findingId: Id,
    unitPlaceId: Type.Optional(Id),
    unitRegionId: Type.Optional(Id),
    responsibleName: Text(50),
    responsibleUserId: Type.Optional(Id),
    responsiblePhone: Type.Optional(Type.String({ pattern: '^[0-9+\\- ]{5,20}$' })),
    /** The finding's severity when absent. */
    severity: Type.Optional(literals(findingSeverities)),
    requirement: Text(2000),
    /** The severity's default (critical 24 h, major 3 days, minor 7 days) when absent; must lie ahead. */
    deadline: Type.Optional(DateTime),
  },
  { additionalProperties: false },
);
export type IssueBody = Static<typeof IssueBody>;

export const ResponseBody = Type.Object({ text: Text(4000) }, { additionalProperties: false });
export type ResponseBody = Static<typeof ResponseBody>;

export const VerifyBody = Type.Object(
  {
    verdict: literals(verdicts),
    /** Required when sending the order back: what is still missing. */
    note: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type VerifyBody = Static<typeof VerifyBody>;

export const OrderListQuery = Type.Object(
  {
    status: Type.Optional(literals(orderStatuses)),
    /** Open and past the deadline. */
    overdue: Type.Optional(Type.Boolean()),
    escalated: Type.Optional(Type.Boolean()),
    unitPlaceId: Type.Optional(Id),
    unitRegionId: Type.Optional(Id),
    /** Orders whose unit lies under this region. */
    regionId: Type.Optional(Id),
    planId: Type.Optional(Id),
    findingId: Type.Optional(Id),
    page: Type.Integer({ minimum: 1, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  },
  { additionalProperties: false },
);
export type OrderListQuery = Static<typeof OrderListQuery>;

export const OrderUnit = Type.Object({
  kind: literals(['place', 'region'] as const),
  id: Type.Integer(),
  name: Type.String(),
});

export const OrderListItem = Type.Object({
  id: Type.Integer(),
  /** Sortable stored form, "2026-000017". */
  number: Type.String(),
  /** As printed: 交办〔2026〕第0017号. */
  displayNumber: Type.String(),
  unit: OrderUnit,
  responsibleName: Type.String(),
  /** Masked in lists. */
  responsiblePhone: Nullable(Type.String()),
  severity: literals(findingSeverities),
  requirement: Type.String(),
  deadline: DateTime,
  status: literals(orderStatuses),
  overdue: Type.Boolean(),
  escalatedTo: Nullable(Named),
  escalatedAt: Nullable(DateTime),
  issuedAt: DateTime,
  closedAt: Nullable(DateTime),
  finding: Type.Object({ id: Type.Integer(), description: Type.String() }),
});
export type OrderListItem = Static<typeof OrderListItem>;

export const OrderPage = Type.Object({
  items: Type.Array(OrderListItem),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});

export const Photo = Type.Object({
  id: Type.Integer(),
  contentType: Type.String(),
  size: Type.Integer(),
  createdAt: DateTime,
});
export type Photo = Static<typeof Photo>;

export const OrderEvent = Type.Object({
  id: Type.Integer(),
  kind: literals(orderEventKinds),
  note: Nullable(Type.String()),
  actor: Nullable(Type.String()),
  at: DateTime,
  /** The photos of an answer. */
  photos: Type.Array(Photo),
});

export const OrderDetail = Type.Composite([
  OrderListItem,
  Type.Object({
    responsibleUserId: Nullable(Type.Integer()),
    issuedBy: Type.String(),
    closedBy: Nullable(Type.String()),
    finding: Type.Object({
      id: Type.Integer(),
      description: Type.String(),
      severity: literals(findingSeverities),
      inspectionId: Type.Integer(),
      inspectedAt: DateTime,
      inspector: Type.String(),
      photos: Type.Array(Photo),
    }),
    events: Type.Array(OrderEvent),
    carries: Type.Array(Type.Object({ day: Type.String(), reason: Type.String(), by: Type.String(), at: DateTime })),
    /** What the caller may do next. */
    can: Type.Object({ respond: Type.Boolean(), addPhoto: Type.Boolean(), verify: Type.Boolean() }),
  }),
]);
export type OrderDetail = Static<typeof OrderDetail>;
