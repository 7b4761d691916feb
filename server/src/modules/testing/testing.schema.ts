import { type Static, Type } from '@sinclair/typebox';
import { literals, Nullable } from '../../core/http/schema-helpers.ts';
import { RegionName, ResidentListItem } from '../registry/registry.schema.ts';
import { exemptionReasons, poolSizes, sampleRejections, testResults } from './vocabulary.ts';

const Id = Type.Integer({ minimum: 1 });
const DateTime = Type.String({ format: 'date-time' });
const TimeOfDay = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' });
export const Barcode = Type.String({ pattern: '^[0-9A-Za-z-]{4,40}$' });

export const PointPlan = Type.Object(
  { placeId: Id, tables: Type.Integer({ minimum: 1, maximum: 200 }), opensAt: TimeOfDay, closesAt: TimeOfDay },
  { additionalProperties: false },
);

export const CreateCampaignBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    /** Region nodes whose residents are the round's target population. */
    regionIds: Type.Array(Id, { minItems: 1, maxItems: 200, uniqueItems: true }),
    poolSize: Type.Union(poolSizes.map((size) => Type.Literal(size))),
    startsAt: DateTime,
    endsAt: DateTime,
    points: Type.Array(PointPlan, { maxItems: 5_000 }),
    /** A positive or invalid pool re-samples the whole household of each member, not only the member. */
    resampleHouseholds: Type.Optional(Type.Boolean()),
    /** Who must be tested (default: every resident of the areas); listed persons must live in the areas. */
    target: Type.Optional(
      Type.Union([
        Type.Object({ kind: Type.Literal('residents') }, { additionalProperties: false }),
        Type.Object(
          { kind: Type.Literal('keypost'), groupIds: Type.Optional(Type.Array(Id, { maxItems: 100 })) },
          { additionalProperties: false },
        ),
        Type.Object(
          {
            kind: Type.Literal('list'),
            idNumbers: Type.Array(Type.String({ minLength: 1, maxLength: 30 }), { minItems: 1, maxItems: 50_000 }),
          },
          { additionalProperties: false },
        ),
      ]),
    ),
    /** Areas within the round sampled one tube each (single) or one tube per household (sealed areas). */
    poolingRules: Type.Optional(
      Type.Array(
        Type.Object(
          { regionId: Id, pooling: Type.Union([Type.Literal('single'), Type.Literal('household')]) },
          { additionalProperties: false },
        ),
        { maxItems: 500 },
      ),
    ),
    /** Key-post groups whose workers are sampled one tube each (单管单采), wherever they live. */
    singleTubeGroupIds: Type.Optional(Type.Array(Id, { maxItems: 100 })),
  },
  { additionalProperties: false },
);
export type CreateCampaignBody = Static<typeof CreateCampaignBody>;

export const Campaign = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  status: Type.Union([Type.Literal('open'), Type.Literal('closed')]),
  poolSize: Type.Integer(),
  targetKind: Type.Union([Type.Literal('residents'), Type.Literal('keypost'), Type.Literal('list')]),
  resampleHouseholds: Type.Boolean(),
  startsAt: DateTime,
  endsAt: DateTime,
  areas: Type.Array(RegionName),
  points: Type.Array(
    Type.Object({ place: RegionName, tables: Type.Integer(), opensAt: TimeOfDay, closesAt: TimeOfDay }),
  ),
  poolingRules: Type.Array(
    Type.Object({
      region: RegionName,
      pooling: Type.Union([Type.Literal('single'), Type.Literal('household')]),
    }),
  ),
  singleTubeGroups: Type.Array(RegionName),
  createdAt: DateTime,
});
export type Campaign = Static<typeof Campaign>;

export const CreatedCampaign = Type.Object({
  campaign: Campaign,
  /** Rows of a listed target left out: id_invalid, unknown_person (not in your jurisdiction), outside_areas. */
  targetRejected: Type.Array(Type.Object({ row: Type.Integer(), reason: Type.String() })),
});

export const CampaignParams = Type.Object({ campaignId: Id });

/** One event from a sampling table: a person put into a tube, or a tube closed. */
export const ScanEvent = Type.Object(
  {
    /** Made by the phone (a UUID) when the scan happens; sending it again changes nothing. */
    scanId: Type.String({ format: 'uuid' }),
    kind: Type.Union([Type.Literal('sample'), Type.Literal('seal')]),
    tube: Barcode,
    /** The person's 18-digit ID number or the personal code on their result page (for kind sample). */
    person: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    /** When it happened on the phone (it may reach the server an hour later). */
    at: DateTime,
  },
  { additionalProperties: false },
);
export type ScanEvent = Static<typeof ScanEvent>;

export const ScanBatchBody = Type.Object(
  {
    campaignId: Id,
    placeId: Id,
    tableNo: Type.Integer({ minimum: 1, maximum: 200 }),
    events: Type.Array(ScanEvent, { minItems: 1, maxItems: 1_000 }),
  },
  { additionalProperties: false },
);
export type ScanBatchBody = Static<typeof ScanBatchBody>;

export const ScanOutcome = Type.Object({
  scanId: Type.String(),
  status: Type.Union([Type.Literal('stored'), Type.Literal('duplicate'), Type.Literal('rejected')]),
  reason: Type.Optional(literals(sampleRejections)),
  /** The person was already sampled in this round (stored all the same). */
  warning: Type.Optional(Type.Literal('already_sampled')),
});
export type ScanOutcome = Static<typeof ScanOutcome>;

export const ScanBatchResult = Type.Object({
  stored: Type.Integer(),
  duplicates: Type.Integer(),
  rejected: Type.Integer(),
  outcomes: Type.Array(ScanOutcome),
});
export type ScanBatchResult = Static<typeof ScanBatchResult>;

export const ResultEntry = Type.Object(
  {
    tube: Barcode,
    result: literals(testResults),
    ctValue: Type.Optional(Nullable(Type.Number({ minimum: 0, maximum: 60 }))),
    lab: Type.Optional(Type.String({ maxLength: 100 })),
    at: Type.Optional(DateTime),
  },
  { additionalProperties: false },
);
export type ResultEntry = Static<typeof ResultEntry>;

export const ResultBatchBody = Type.Object(
  { results: Type.Array(ResultEntry, { minItems: 1, maxItems: 10_000 }) },
  { additionalProperties: false },
);
export type ResultBatchBody = Static<typeof ResultBatchBody>;

export const ResultRejection = Type.Object({ row: Type.Integer(), tube: Type.String(), reason: Type.String() });
export const ResultBatchResult = Type.Object({
  recorded: Type.Integer(),
  unchanged: Type.Integer(),
  rejected: Type.Array(ResultRejection),
  /** Positive or invalid pools found in this upload, and the single-tube re-samples they caused. */
  positivePools: Type.Integer(),
  resampleTasks: Type.Integer(),
});
export type ResultBatchResult = Static<typeof ResultBatchResult>;

export const CoverageFigures = Type.Object({
  target: Type.Integer(),
  sampled: Type.Integer(),
  resulted: Type.Integer(),
  poolPositive: Type.Integer(),
  exempt: Type.Integer(),
  /** target − sampled − exempt, never below 0. */
  missing: Type.Integer(),
});
export type CoverageFigures = Static<typeof CoverageFigures>;

export const CoverageNode = Type.Composite([
  Type.Object({
    id: Type.Integer(),
    name: Type.String(),
    code: Nullable(Type.String()),
    levelKey: Type.String(),
    childCount: Type.Integer(),
  }),
  CoverageFigures,
]);
export const CoverageQuery = Type.Object({ regionId: Type.Optional(Id) }, { additionalProperties: false });
export const CoverageAnswer = Type.Object({
  total: CoverageFigures,
  nodes: Type.Array(CoverageNode),
});
export type CoverageAnswer = Static<typeof CoverageAnswer>;

export const MissingQuery = Type.Object(
  {
    gridId: Id,
    /** Only residents of households in this building (0: households without a building). */
    buildingId: Type.Optional(Type.Integer({ minimum: 0 })),
    page: Type.Integer({ minimum: 1, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
  },
  { additionalProperties: false },
);
export type MissingQuery = Static<typeof MissingQuery>;
export const MissingPage = Type.Object({ items: Type.Array(ResidentListItem), total: Type.Integer() });

/** One grid's not-yet-sampled residents per building (null: households with no building, or no household). */
export const MissingBuildings = Type.Object({
  items: Type.Array(
    Type.Object({
      building: Nullable(Type.Object({ id: Type.Integer(), address: Type.String() })),
      households: Type.Integer(),
      missing: Type.Integer(),
    }),
  ),
});
export const GridQuery = Type.Object({ gridId: Id }, { additionalProperties: false });

export const ExemptionBody = Type.Object(
  {
    residentId: Id,
    reason: literals(exemptionReasons),
    note: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);
export type ExemptionBody = Static<typeof ExemptionBody>;

export const ResampleTask = Type.Object({
  id: Type.Integer(),
  resident: ResidentListItem,
  tube: Type.String(),
  reason: Type.Union([Type.Literal('positive'), Type.Literal('invalid')]),
  status: Type.Union([Type.Literal('open'), Type.Literal('done')]),
  createdAt: DateTime,
});
export const ResampleQuery = Type.Object(
  {
    status: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('done')])),
    page: Type.Integer({ minimum: 1, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
  },
  { additionalProperties: false },
);
export type ResampleQuery = Static<typeof ResampleQuery>;

export const Progress = Type.Object({
  /** Samples per hour of the round over the last 24 hours, oldest first. */
  perHour: Type.Array(Type.Object({ hour: DateTime, samples: Type.Integer() })),
  /** Per sampling table: samples so far and in the current and previous hour. */
  tables: Type.Array(
    Type.Object({
      place: RegionName,
      tableNo: Type.Integer(),
      samples: Type.Integer(),
      lastHours: Type.Integer(),
    }),
  ),
  /** Per lab: tubes with a result, and hours from opening the tube to its result (p50, p90). */
  labs: Type.Array(
    Type.Object({
      lab: Type.String(),
      tubes: Type.Integer(),
      p50Hours: Nullable(Type.Number()),
      p90Hours: Nullable(Type.Number()),
    }),
  ),
  /** Tubes at each stage: collected (open), sealed, in a box on the way, received by a lab, resulted. */
  stages: Type.Object({
    open: Type.Integer(),
    sealed: Type.Integer(),
    received: Type.Integer(),
    resulted: Type.Integer(),
  }),
  /** Samples an hour over the last two hours, and when the missing residents are done at that rate. */
  forecast: Type.Object({
    ratePerHour: Type.Number(),
    missing: Type.Integer(),
    finishAt: Nullable(DateTime),
    beforeEnd: Nullable(Type.Boolean()),
  }),
});
export type Progress = Static<typeof Progress>;

export const BoxCodeParams = Type.Object({ code: Barcode });
export const PackBoxBody = Type.Object(
  { campaignId: Id, code: Barcode, tubes: Type.Array(Barcode, { minItems: 1, maxItems: 500, uniqueItems: true }) },
  { additionalProperties: false },
);
export type PackBoxBody = Static<typeof PackBoxBody>;
export const HandOverBody = Type.Object(
  { courier: Type.String({ minLength: 1, maxLength: 50 }) },
  { additionalProperties: false },
);
export const ReceiveBoxBody = Type.Object(
  { receiver: Type.String({ minLength: 1, maxLength: 50 }), lab: Type.String({ minLength: 1, maxLength: 100 }) },
  { additionalProperties: false },
);
export const Box = Type.Object({
  code: Type.String(),
  campaignId: Type.Integer(),
  status: Type.Union([Type.Literal('packed'), Type.Literal('in_transit'), Type.Literal('received')]),
  tubes: Type.Integer(),
  packedAt: DateTime,
  courier: Nullable(Type.String()),
  handedAt: Nullable(DateTime),
  receiver: Nullable(Type.String()),
  lab: Nullable(Type.String()),
  receivedAt: Nullable(DateTime),
});
export type Box = Static<typeof Box>;
export const PackBoxResult = Type.Object({
  box: Box,
  /** Tubes left out, each with why: unknown_tube, tube_of_another_round, tube_not_sealed, tube_in_another_box. */
  refused: Type.Array(Type.Object({ tube: Type.String(), reason: Type.String() })),
});

export const ResidentParams = Type.Object({ residentId: Id });
export const PersonalLink = Type.Object({
  token: Type.String(),
  /** The web page a resident opens (no account): their code and results. */
  path: Type.String(),
});
export const TokenParams = Type.Object({ token: Type.String({ minLength: 10, maxLength: 100 }) });
export const PersonalPage = Type.Object({
  /** Only the family name in full (张**): the page is reachable by anyone holding the link. */
  name: Type.String(),
  /** What the QR shows; sampling tables scan it instead of the ID card. */
  code: Type.String(),
  results: Type.Array(
    Type.Object({
      round: Type.String(),
      sampledAt: DateTime,
      result: Type.Union([
        Type.Literal('pending'),
        Type.Literal('negative'),
        Type.Literal('pool_positive'),
        Type.Literal('invalid'),
      ]),
      resultAt: Nullable(DateTime),
    }),
  ),
});
export type PersonalPage = Static<typeof PersonalPage>;

export const KeypostGroup = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  /** Hours between required tests: 24 daily, 84 twice a week, 24 × N every N days. */
  intervalHours: Type.Integer(),
  graceHours: Type.Integer(),
  workers: Type.Integer(),
  overdue: Type.Integer(),
});
export const CreateKeypostGroupBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 50 }),
    intervalHours: Type.Integer({ minimum: 1, maximum: 1_440 }),
    graceHours: Type.Optional(Type.Integer({ minimum: 0, maximum: 168 })),
  },
  { additionalProperties: false },
);
export type CreateKeypostGroupBody = Static<typeof CreateKeypostGroupBody>;

export const RegisterWorkersBody = Type.Object(
  {
    groupId: Id,
    placeId: Id,
    workers: Type.Array(
      Type.Object(
        {
          idNumber: Type.String({ minLength: 15, maxLength: 18 }),
          post: Type.Optional(Type.String({ maxLength: 50 })),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 1_000 },
    ),
  },
  { additionalProperties: false },
);
export type RegisterWorkersBody = Static<typeof RegisterWorkersBody>;
export const RegisterWorkersResult = Type.Object({
  registered: Type.Integer(),
  already: Type.Integer(),
  /** Row = position in `workers` (1-based); reason id_invalid or unknown_person. */
  rejected: Type.Array(Type.Object({ row: Type.Integer(), reason: Type.String() })),
});

export const OverdueQuery = Type.Object(
  {
    groupId: Type.Optional(Id),
    placeId: Type.Optional(Id),
    page: Type.Integer({ minimum: 1, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
  },
  { additionalProperties: false },
);
export type OverdueQuery = Static<typeof OverdueQuery>;
export const OverdueWorker = Type.Object({
  resident: ResidentListItem,
  place: RegionName,
  group: Type.String(),
  post: Nullable(Type.String()),
  lastTestedAt: Nullable(DateTime),
  dueAt: DateTime,
});
