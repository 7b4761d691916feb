import { type Static, Type } from '@sinclair/typebox';
import { literals, Nullable } from '../../../core/http/schema-helpers.ts';
import { RegionName } from '../../registry/registry.schema.ts';
import { DateOnly, DateTime, Id } from '../cases.schema.ts';
import { type Classification, contactKinds, contactStatuses } from '../vocabulary.ts';

export const clusterStatuses = ['active', 'dissolved'] as const;
/** Classifications of cases in chains: excluded cases take no part. */
export const chainClassifications = ['confirmed', 'asymptomatic', 'suspected'] as const satisfies readonly Exclude<
  Classification,
  'excluded'
>[];
export type ChainClassification = (typeof chainClassifications)[number];
const PerClassification = Type.Object({
  confirmed: Type.Integer(),
  asymptomatic: Type.Integer(),
  suspected: Type.Integer(),
});

export const ClusterParams = Type.Object({ clusterId: Id });

export const RecomputeResult = Type.Object({
  /** Cases in a chain (with at least one link). */
  cases: Type.Integer(),
  links: Type.Integer(),
  /** Active clusters afterwards. */
  clusters: Type.Integer(),
  ms: Type.Integer(),
});

export const Cluster = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  status: literals(clusterStatuses),
  /** All its cases, within the jurisdiction or not (a dissolved cluster keeps its last figures). */
  caseCount: Type.Integer(),
  generations: Type.Integer(),
  firstOnset: Nullable(DateOnly),
  lastOnset: Nullable(DateOnly),
  /** The deepest region holding all its cases. */
  region: Nullable(RegionName),
  createdAt: DateTime,
  updatedAt: DateTime,
});
export type Cluster = Static<typeof Cluster>;

export const ClusterListQuery = Type.Object(
  {
    status: Type.Optional(literals(clusterStatuses)),
    page: Type.Integer({ minimum: 1, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 20 }),
  },
  { additionalProperties: false },
);
export type ClusterListQuery = Static<typeof ClusterListQuery>;
export const ClusterPage = Type.Object({ items: Type.Array(Cluster), total: Type.Integer() });

/** A cluster with the make-up of its cases within the caller's jurisdiction. */
export const ClusterDetail = Type.Object({
  cluster: Cluster,
  byClassification: PerClassification,
  byGeneration: Type.Array(Type.Object({ generation: Type.Integer(), cases: Type.Integer() })),
  onset: Type.Object({ first: Nullable(DateOnly), last: Nullable(DateOnly) }),
});
export type ClusterDetail = Static<typeof ClusterDetail>;

export const RenameClusterBody = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' }) },
  { additionalProperties: false },
);

/** A case as a graph node: names, never ID numbers or phones. */
export const CaseNode = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  name: Type.String(),
  classification: literals(chainClassifications),
  generation: Nullable(Type.Integer()),
  onsetDate: Nullable(DateOnly),
  /** Its direct contacts within the jurisdiction. */
  contactCount: Type.Integer(),
});
export type CaseNode = Static<typeof CaseNode>;
const Link = Type.Object({ from: Type.Integer(), to: Type.Integer() });

export const ClusterGraphQuery = Type.Object(
  {
    page: Type.Integer({ minimum: 1, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 2_000, default: 500 }),
    withContacts: Type.Boolean({ default: false }),
  },
  { additionalProperties: false },
);
export type ClusterGraphQuery = Static<typeof ClusterGraphQuery>;

export const ClusterGraph = Type.Object({
  /** The cluster's cases within the jurisdiction, paged in generation, then onset order. */
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  nodes: Type.Array(CaseNode),
  /** Links touching the page's cases; the far end may be a stub. */
  links: Type.Array(Link),
  /** Cases on other pages reached by the links, with the page that holds them. */
  stubs: Type.Array(Type.Object({ id: Type.Integer(), code: Type.String(), page: Type.Integer() })),
  /** With withContacts: the direct contacts of the page's cases, up to a cap. */
  contacts: Type.Array(
    Type.Object({
      id: Type.Integer(),
      caseId: Type.Integer(),
      name: Type.String(),
      kind: literals(contactKinds),
      status: literals(contactStatuses),
    }),
  ),
  contactsTruncated: Type.Boolean(),
});
export type ClusterGraph = Static<typeof ClusterGraph>;

export const OverviewQuery = Type.Object(
  { limit: Type.Integer({ minimum: 1, maximum: 2_000, default: 2_000 }) },
  { additionalProperties: false },
);

/** The collapsed graph: a node per active cluster, and the linked cases in no cluster (shorter chains). */
export const Overview = Type.Object({
  clusters: Type.Array(Cluster),
  cases: Type.Array(CaseNode),
  /** Links among the cases (clusters are whole components, so nothing links into one from outside). */
  links: Type.Array(Link),
  /** More nodes exist than the limit: the largest clusters and the earliest cases came first. */
  truncated: Type.Boolean(),
});
export type Overview = Static<typeof Overview>;

export const TimelineQuery = Type.Object(
  { clusterId: Type.Optional(Id), from: Type.Optional(DateOnly), to: Type.Optional(DateOnly) },
  { additionalProperties: false },
);
export type TimelineQuery = Static<typeof TimelineQuery>;

/**
 * Cases per day by classification, every day from the first to the last with a case listed (zeros too): a
 * case counts on its onset date, or without one (asymptomatic) on the day it was sampled or found, in the
 * platform's time zone.
 */
export const Timeline = Type.Object({
  days: Type.Array(Type.Composite([Type.Object({ date: DateOnly }), PerClassification])),
});
export type Timeline = Static<typeof Timeline>;
