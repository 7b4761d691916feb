import { type TSchema, Type } from '@sinclair/typebox';

/** A string that is one of `values` (a vocabulary), as a schema. */
export const literals = <T extends string>(values: readonly T[]) =>
  Type.Union(values.map((value) => Type.Literal(value)));

/** The schema, or null. */
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** The reason a person gives for a change that needs one (recorded in the audit log). */
export const Reason = Type.String({ minLength: 1, maxLength: 500 });

/** A page of a list in a reply: its items, how many there are in all, and which page of what size it is. */
export const Paged = <T extends TSchema>(item: T) =>
  Type.Object({ items: Type.Array(item), total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer() });
