import { type TSchema, Type } from '@sinclair/typebox';

/** A string that is one of `values` (a vocabulary), as a schema. */
export const literals = <T extends string>(values: readonly T[]) =>
  Type.Union(values.map((value) => Type.Literal(value)));

/** The schema, or null. */
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** The reason a person gives for a change that needs one (recorded in the audit log). */
export const Reason = Type.String({ minLength: 1, maxLength: 500 });
