import { type Static, Type } from '@sinclair/typebox';
import { literals, Nullable, Reason } from '../../core/http/schema-helpers.ts';
import { DateTime, Id } from './cases.schema.ts';
import { contactKinds, suggestionVias } from './vocabulary.ts';

export const SuggestionParams = Type.Object({ suggestionId: Id });

export const SuggestionQuery = Type.Object(
  { status: Type.Optional(literals(['open', 'confirmed', 'dismissed'] as const)) },
  { additionalProperties: false },
);

export const Suggestion = Type.Object({
  id: Type.Integer(),
  via: literals(suggestionVias),
  name: Nullable(Type.String()),
  idNumber: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  residentId: Nullable(Type.Integer()),
  /** What puts the person near the case: shared venue scans, shared cells, household, workplace. */
  evidence: Type.Unknown(),
  lastExposureAt: Nullable(DateTime),
  status: literals(['open', 'confirmed', 'dismissed'] as const),
  dismissReason: Nullable(Type.String()),
  contactId: Nullable(Type.Integer()),
  createdAt: DateTime,
});

export const DiscoveryResult = Type.Object({
  /** Candidates found per source, before those already contacts were left out. */
  found: Type.Record(Type.String(), Type.Integer()),
  /** Suggestions stored or refreshed. */
  stored: Type.Integer(),
  ms: Type.Integer(),
});

export const ConfirmSuggestionBody = Type.Object(
  {
    kind: Type.Optional(literals(contactKinds)),
    /** A name for a person known only by phone (a companion not in the registry). */
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 50 })),
    regionId: Type.Optional(Id),
  },
  { additionalProperties: false },
);
export type ConfirmSuggestionBody = Static<typeof ConfirmSuggestionBody>;

export const DismissSuggestionBody = Type.Object({ reason: Reason }, { additionalProperties: false });
