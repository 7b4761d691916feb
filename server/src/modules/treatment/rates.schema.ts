import { type Static, Type } from '@sinclair/typebox';
import { literals, Nullable } from '../../core/http/schema-helpers.ts';
import { BasisSchema } from '../protocol/basis.ts';
import { RegionName } from '../registry/registry.schema.ts';
import { DateOnly, Id } from '../tracing/cases.schema.ts';
import { rateKeys } from './vocabulary.ts';

export const RatesQuery = Type.Object(
  {
    /** The region (within the jurisdiction); the whole jurisdiction when absent. */
    regionId: Type.Optional(Id),
    /** First and last day of the series (the configured time zone's calendar); the last 14 days when absent. */
    from: Type.Optional(DateOnly),
    to: Type.Optional(DateOnly),
  },
  { additionalProperties: false },
);
export type RatesQuery = Static<typeof RatesQuery>;

/** numerator ÷ denominator; null when the denominator is 0. */
export const Figure = Type.Object({
  numerator: Type.Integer(),
  denominator: Type.Integer(),
  value: Nullable(Type.Number()),
});
export type Figure = Static<typeof Figure>;

/** One of the four rates as of now, with its formula in words. */
export const Rate = Type.Composite([
  Type.Object({
    key: literals(rateKeys),
    nameZh: Type.String(),
    nameEn: Type.String(),
    formulaZh: Type.String(),
    formulaEn: Type.String(),
  }),
  Figure,
]);
export type Rate = Static<typeof Rate>;

/** The four rates cumulative as of the end of one day. */
export const RatesDay = Type.Object({
  day: DateOnly,
  admission: Figure,
  cure: Figure,
  infection: Figure,
  death: Figure,
});
export type RatesDay = Static<typeof RatesDay>;

/** New positives of one day, split by whether they were found among people already under control. */
export const ClearingDay = Type.Object({
  day: DateOnly,
  newPositives: Type.Integer(),
  underControl: Type.Integer(),
  outsideControl: Type.Integer(),
  /** Positives found outside control per 100,000 of the population. */
  per100k: Type.Number(),
  /** 社会面清零: every new positive of the day was found under control. */
  zero: Type.Boolean(),
  /** 基本清零: below the protocol's rate per 100,000 for its number of days up to this one; null: no such rule. */
  basicallyZero: Nullable(Type.Boolean()),
});
export type ClearingDay = Static<typeof ClearingDay>;

export const RatesReply = Type.Object({
  /** The regions the figures cover (the tops of the jurisdiction when no region was asked for). */
  area: Type.Array(RegionName),
  /** Residents of the registry under the area: the denominator of the infection rate. */
  population: Type.Integer(),
  today: DateOnly,
  rates: Type.Array(Rate),
  series: Type.Array(RatesDay),
  clearing: Type.Object({
    ruleZh: Type.String(),
    ruleEn: Type.String(),
    /** The protocol version and rule the "basically zero" judgement follows; null when it sets none. */
    basis: Nullable(BasisSchema),
    today: ClearingDay,
    series: Type.Array(ClearingDay),
  }),
});
export type RatesReply = Static<typeof RatesReply>;
