import { type Static, Type } from '@sinclair/typebox';
import { literals } from '../../../core/http/schema-helpers.ts';
import { DateOnly, Id } from '../cases.schema.ts';
import { classifications, contactKinds, contactStatuses } from '../vocabulary.ts';

const common = {
  clusterId: Type.Optional(Id),
  /** Local days (platform time zone), inclusive: a case's found time, a contact's identification time. */
  from: Type.Optional(DateOnly),
  to: Type.Optional(DateOnly),
  /** ID numbers and phones in full: needs registry.read_full; masked otherwise. */
  unmasked: Type.Boolean({ default: false }),
};

export const CaseLedgerQuery = Type.Object(
  { classification: Type.Optional(literals(classifications)), ...common },
  { additionalProperties: false },
);
export type CaseLedgerQuery = Static<typeof CaseLedgerQuery>;

export const ContactLedgerQuery = Type.Object(
  { status: Type.Optional(literals(contactStatuses)), kind: Type.Optional(literals(contactKinds)), ...common },
  { additionalProperties: false },
);
export type ContactLedgerQuery = Static<typeof ContactLedgerQuery>;
