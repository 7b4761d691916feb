import { type Static, Type } from '@sinclair/typebox';
import { literals, Nullable } from '../../../core/http/schema-helpers.ts';
import { DateOnly, DateTime, Id } from '../../tracing/cases.schema.ts';
import { checkRejections, checkVias, symptoms } from './vocabulary.ts';

export const CheckId = Type.String({ format: 'uuid' });
export const Named = Type.Object({ id: Type.Integer(), name: Type.String() });
/** Any number: a reading outside 34–43 °C is refused per check with a reason, not by the whole batch. */
const Temperature = Type.Number({ minimum: 0, maximum: 100 });
const Symptoms = Type.Array(literals(symptoms), { uniqueItems: true, maxItems: symptoms.length });

export const DayQuery = Type.Object(
  { date: Type.Optional(DateOnly) },
  { additionalProperties: false, description: 'A local day; today when absent.' },
);
export const SiteDayQuery = Type.Object(
  { siteId: Type.Optional(Id), date: Type.Optional(DateOnly) },
  { additionalProperties: false },
);
export type SiteDayQuery = Static<typeof SiteDayQuery>;

export const CheckEntryBody = Type.Object(
  {
    /** Made by the client: the same check sent twice is stored once. */
    checkId: CheckId,
    quarantineId: Id,
    /** When it was taken; now when absent. */
    at: Type.Optional(DateTime),
    temperature: Temperature,
    symptoms: Symptoms,
  },
  { additionalProperties: false },
);

export const RecordChecksBody = Type.Object(
  { checks: Type.Array(CheckEntryBody, { minItems: 1, maxItems: 500 }) },
  { additionalProperties: false },
);
export type RecordChecksBody = Static<typeof RecordChecksBody>;

export const CheckOutcome = Type.Object({
  checkId: Type.String(),
  status: literals(['stored', 'duplicate', 'rejected'] as const),
  reason: Type.Optional(literals(checkRejections)),
});

export const RecordChecksReply = Type.Object({
  stored: Type.Integer(),
  duplicates: Type.Integer(),
  rejected: Type.Integer(),
  /** Fever alerts raised by this batch. */
  alerts: Type.Integer(),
  outcomes: Type.Array(CheckOutcome),
});
export type RecordChecksReply = Static<typeof RecordChecksReply>;

export const RecordedCheck = Type.Object({
  checkId: Type.String(),
  day: DateOnly,
  slot: Type.Integer(),
  checkedAt: DateTime,
  temperature: Type.Number(),
  fever: Type.Boolean(),
  symptoms: Type.Array(Type.String()),
  via: literals(checkVias),
});
export type RecordedCheck = Static<typeof RecordedCheck>;

export const Slot = Type.Object({ slot: Type.Integer(), startsAt: DateTime, dueAt: DateTime });

/** One person's slots of the day: the check recorded, or whether it is missed (past due). */
export const SlotState = Type.Object({
  slot: Type.Integer(),
  check: Nullable(RecordedCheck),
  missed: Type.Boolean(),
});

export const CheckSheet = Type.Object({
  site: Named,
  date: DateOnly,
  slots: Type.Array(Slot),
  /** The slot a check taken now fills, when the day is today. */
  currentSlot: Nullable(Type.Integer()),
  rooms: Type.Array(
    Type.Object({
      id: Type.Integer(),
      floor: Type.Integer(),
      number: Type.String(),
      persons: Type.Array(
        Type.Object({ quarantineId: Type.Integer(), name: Type.String(), slots: Type.Array(SlotState) }),
      ),
    }),
  ),
});
export type CheckSheet = Static<typeof CheckSheet>;

export const MissedCheck = Type.Object({
  quarantineId: Type.Integer(),
  name: Type.String(),
  mode: literals(['centralized', 'home'] as const),
  site: Nullable(Named),
  room: Nullable(Type.String()),
  day: DateOnly,
  slot: Type.Integer(),
  /** The protocol's checks a day, to name the slot. */
  checksPerDay: Type.Integer(),
  dueAt: DateTime,
});
export type MissedCheck = Static<typeof MissedCheck>;

export const CheckLink = Type.Object({ token: Type.String(), path: Type.String() });

export const TokenParams = Type.Object({ token: Type.String({ minLength: 3, maxLength: 100 }) });

/** What the holder of a self-check link sees: a masked name and today's slots. */
export const SelfCheckView = Type.Object({
  name: Type.String(),
  active: Type.Boolean(),
  date: DateOnly,
  currentSlot: Type.Integer(),
  feverCelsius: Type.Number(),
  slots: Type.Array(Type.Object({ slot: Type.Integer(), dueAt: DateTime, temperature: Nullable(Type.Number()) })),
});
export type SelfCheckView = Static<typeof SelfCheckView>;

export const SelfCheckBody = Type.Object(
  { checkId: Type.Optional(CheckId), temperature: Temperature, symptoms: Symptoms },
  { additionalProperties: false },
);
export type SelfCheckBody = Static<typeof SelfCheckBody>;
