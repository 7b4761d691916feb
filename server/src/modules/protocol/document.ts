import { type Static, type TOptional, Type } from '@sinclair/typebox';
import { TracingRules } from './tracing-rules.ts';

/**
 * A protocol document (防控方案): every limit, period and threshold the platform applies, as data
 * (DESIGN.md "Rules as data"). Shipped as 第八版, 第九版 and 二十条 (migrations 0012, 0017); an
 * administrator's revision is a new version, and decisions keep the version they were made under.
 */
const Days = Type.Integer({ minimum: 0, maximum: 60 });
const DayList = Type.Array(Type.Integer({ minimum: 1, maximum: 60 }), { maxItems: 30, uniqueItems: true });

/** One group's quarantine (密接, 次密接, from a high-risk area…): days centralized, then at home, with test days. */
export const QuarantineGroupRules = Type.Object(
  {
    centralizedDays: Days,
    homeDays: Days,
    /** Test days counted from the first day of centralized quarantine (day 1 = the day it starts). */
    testDays: DayList,
    /** Test days counted from the first day at home. */
    homeTestDays: DayList,
  },
  { additionalProperties: false },
);
export type QuarantineGroupRules = Static<typeof QuarantineGroupRules>;

export const quarantineGroups = ['close_contact', 'secondary_contact', 'high_risk_area', 'inbound'] as const;
export type QuarantineGroup = (typeof quarantineGroups)[number];

export const QuarantineRules = Type.Object(
  {
    /** A group the protocol leaves out is not quarantined under it (二十条 no longer traces secondary contacts). */
    groups: Type.Object(
      Object.fromEntries(quarantineGroups.map((g) => [g, Type.Optional(QuarantineGroupRules)])) as Record<
        QuarantineGroup,
        TOptional<typeof QuarantineGroupRules>
      >,
      { additionalProperties: false },
    ),
    checksPerDay: Type.Integer({ minimum: 1, maximum: 6 }),
    /** A temperature at or above this is fever. */
    feverCelsius: Type.Number({ minimum: 36, maximum: 40 }),
    releaseNeedsNegativeLastTest: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type QuarantineRules = Static<typeof QuarantineRules>;

export const closures = ['sealed', 'controlled'] as const;
export type Closure = (typeof closures)[number];

/** One risk level: how closed it is, and when it comes down to which level ('lifted' ends the area). */
export const RiskLevelRules = Type.Object(
  {
    /** Higher is stricter; a downgrade goes to a lower rank. */
    rank: Type.Integer({ minimum: 1, maximum: 9 }),
    /** sealed (封控, 足不出户) and controlled (管控, 人不出区) areas need passes; null is open. */
    closure: Type.Union([Type.Literal('sealed'), Type.Literal('controlled'), Type.Null()]),
    /** The level it comes down to, 'lifted', or null when only a person lifts it. */
    next: Type.Union([Type.String({ minLength: 1 }), Type.Null()]),
    /** Days with no new case in the area before it comes down. */
    cleanDays: Type.Optional(Days),
    /** The same when the area reached this level by a downgrade (第九版: 3 more days at medium). */
    cleanDaysAfterDowngrade: Type.Optional(Days),
    /** A negative round of the whole area within this many days before it comes down. */
    negativeRoundWithinDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 14 })),
  },
  { additionalProperties: false },
);
export type RiskLevelRules = Static<typeof RiskLevelRules>;

export const RiskAreaRules = Type.Object(
  { levels: Type.Record(Type.String({ pattern: '^[a-z_]+$' }), RiskLevelRules) },
  { additionalProperties: false },
);
export type RiskAreaRules = Static<typeof RiskAreaRules>;

/** A closed area's pass quota per household: so many persons every so many days, for so many hours out. */
export const PassQuota = Type.Object(
  {
    persons: Type.Integer({ minimum: 1, maximum: 10 }),
    everyDays: Type.Integer({ minimum: 1, maximum: 14 }),
    maxHoursOut: Type.Number({ minimum: 0.5, maximum: 24 }),
  },
  { additionalProperties: false },
);
export type PassQuota = Static<typeof PassQuota>;

export const PassRules = Type.Object(
  { sealed: PassQuota, controlled: PassQuota, lateGraceMinutes: Type.Integer({ minimum: 0, maximum: 240 }) },
  { additionalProperties: false },
);
export type PassRules = Static<typeof PassRules>;

/** Facts that make a person's health status red or yellow (DOMAIN.md "Health status colours"). */
export const healthFacts = ['case', 'fever', 'quarantine', 'closed_area', 'overdue_test'] as const;
export type HealthFact = (typeof healthFacts)[number];
const FactList = Type.Array(Type.Union(healthFacts.map((f) => Type.Literal(f))), { uniqueItems: true });

export const HealthStatusRules = Type.Object(
  {
    red: FactList,
    yellow: FactList,
    /** A fever recorded within this many hours counts. */
    feverWithinHours: Type.Integer({ minimum: 1, maximum: 14 * 24 }),
  },
  { additionalProperties: false },
);
export type HealthStatusRules = Static<typeof HealthStatusRules>;

export const IsolationRules = Type.Object(
  { roomsPer10k: Type.Number({ minimum: 0, maximum: 1000 }) },
  { additionalProperties: false },
);

/** 社会面清零: "basically zero" while positives found outside control stay below a rate for so many days. */
export const ClearingRules = Type.Object(
  {
    basicallyZeroPer100k: Type.Number({ minimum: 0, maximum: 100_000 }),
    basicallyZeroDays: Type.Integer({ minimum: 1, maximum: 30 }),
  },
  { additionalProperties: false },
);
export type ClearingRules = Static<typeof ClearingRules>;

export const ProtocolDocument = Type.Object(
  {
    tracing: TracingRules,
    quarantine: QuarantineRules,
    riskAreas: RiskAreaRules,
    passes: PassRules,
    healthStatus: HealthStatusRules,
    isolation: IsolationRules,
    /** Optional: a protocol without it judges no "basically zero". */
    clearing: Type.Optional(ClearingRules),
  },
  { additionalProperties: false },
);
export type ProtocolDocument = Static<typeof ProtocolDocument>;
