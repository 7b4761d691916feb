import { type Static, Type } from '@sinclair/typebox';

const Hours = Type.Number({ minimum: 0, maximum: 24 * 30 });

/** The tracing part of a protocol (DOMAIN.md "Cases and tracing"): limits and thresholds, never constants. */
export const TracingRules = Type.Object(
  {
    /** Found → reported (四早: 早报告). */
    reportWithinHours: Hours,
    /** Reported → investigators on site; → core facts; → investigation report (Shanghai's 2+4+24). */
    onSiteWithinHours: Hours,
    coreFactsWithinHours: Hours,
    investigationReportWithinHours: Hours,
    /** Reported → every contact under a measure (the golden 24 hours). */
    contactsUnderMeasureWithinHours: Hours,
    /** Close contacts count from this many days before onset (or the positive sample). */
    closeContactLookbackDays: Type.Integer({ minimum: 0, maximum: 30 }),
    /** A venue scan within this margin of a trajectory interval is suggested. */
    venueMarginMinutes: Type.Integer({ minimum: 0, maximum: 24 * 60 }),
    companion: Type.Object(
      {
        minTogetherMinutes: Type.Integer({ minimum: 0, maximum: 24 * 60 }),
        /** Either party's time in the shared cell over the window must exceed this. */
        minCellHours: Type.Number({ minimum: 0, maximum: 24 * 30 }),
        windowDays: Type.Integer({ minimum: 1, maximum: 30 }),
        /** The carriers' time resolution: records are floored to it. */
        resolutionMinutes: Type.Integer({ minimum: 1, maximum: 60 }),
      },
      { additionalProperties: false },
    ),
    /** A connected group of at least this many cases is a cluster (聚集性疫情). */
    clusterMinCases: Type.Integer({ minimum: 2, maximum: 1000 }),
    /** A screened key person is due this long after the list arrives, then raised a level per this many hours. */
    keyPersonDueHours: Hours,
    keyPersonEscalateHours: Hours,
  },
  { additionalProperties: false },
);
export type TracingRules = Static<typeof TracingRules>;
