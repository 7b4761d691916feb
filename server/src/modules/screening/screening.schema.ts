import { type Static, Type } from '@sinclair/typebox';
import { literals, Nullable } from '../../core/http/schema-helpers.ts';
import { RegionName } from '../registry/registry.schema.ts';
import {
  importSources,
  keyPersonStatuses,
  listSources,
  outcomeStatuses,
  personFields,
  personLimits,
  rowRejections,
} from './vocabulary.ts';

const Id = Type.Integer({ minimum: 1 });
const DateTime = Type.String({ format: 'date-time' });
const Text = (maxLength: number) => Type.String({ maxLength });

/**
 * A person of a list. Blank or malformed values do not fail the batch: each such row comes back in
 * `rejected` with its field and reason, and the other rows are taken.
 */
export const PersonEntry = Type.Object(
  {
    /** A resident ID number; inbound-traveller lists also take passport-like numbers (6–20 letters and digits). */
    idNumber: Text(personLimits.idNumber),
    name: Text(personLimits.name),
    phone: Type.Optional(Text(personLimits.phone)),
    address: Type.Optional(Text(personLimits.address)),
    /** The risk area or place the person comes from or passed through. */
    fromArea: Type.Optional(Text(personLimits.fromArea)),
    arrivedAt: Type.Optional(DateTime),
    note: Type.Optional(Text(personLimits.note)),
  },
  { additionalProperties: false },
);
export type PersonEntry = Static<typeof PersonEntry>;

export const CreateListBody = Type.Object(
  {
    name: Type.String({ maxLength: 100, pattern: '\\S' }),
    source: literals(importSources),
    /** A region of the jurisdiction: persons not found in the registry wait there for a grid. */
    regionId: Id,
    // Empty: the list is made first and its file imported into it.
    persons: Type.Array(PersonEntry, { maxItems: 5_000 }),
  },
  { additionalProperties: false },
);
export type CreateListBody = Static<typeof CreateListBody>;

export const ListParams = Type.Object({ listId: Id }, { additionalProperties: false });
export const KeyPersonParams = Type.Object({ id: Id }, { additionalProperties: false });

const StatusCounts = Type.Object({
  total: Type.Integer(),
  pending: Type.Integer(),
  foundTested: Type.Integer(),
  underMeasure: Type.Integer(),
  notFound: Type.Integer(),
  /** Pending past their deadline. */
  overdue: Type.Integer(),
  /** Not found in the registry and not yet given a grid. */
  unassigned: Type.Integer(),
});

/** A list with the counts of its persons within the caller's jurisdiction. */
export const ScreeningList = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  source: literals(listSources),
  region: RegionName,
  createdAt: DateTime,
  counts: StatusCounts,
});
export type ScreeningList = Static<typeof ScreeningList>;

export const RowRejection = Type.Object({
  /** The row in the file (header = row 1), or the position in `persons` (from 1). */
  row: Type.Integer(),
  field: literals(personFields),
  reason: literals(rowRejections),
});
export type RowRejection = Static<typeof RowRejection>;

export const ImportOutcome = Type.Object({
  created: Type.Integer(),
  /** Already on the list (same ID number): a batch sent again changes nothing. */
  already: Type.Integer(),
  rejected: Type.Array(RowRejection),
});
export type ImportOutcome = Static<typeof ImportOutcome>;
export const ImportReply = Type.Composite([Type.Object({ list: ScreeningList }), ImportOutcome]);
export type ImportReply = Static<typeof ImportReply>;

const Page = {
  page: Type.Integer({ minimum: 1, default: 1 }),
  pageSize: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
};

export const ListsQuery = Type.Object(Page, { additionalProperties: false });
export type ListsQuery = Static<typeof ListsQuery>;

export const KeyPersonFilter = Type.Object(
  {
    listId: Type.Optional(Id),
    status: Type.Optional(literals(keyPersonStatuses)),
    /** true: pending past the deadline only; false: everything else. */
    overdue: Type.Optional(Type.Boolean()),
    escalation: Type.Optional(Type.Integer({ minimum: 0, maximum: 2 })),
    /** A grid's persons; 0 for those not yet given a grid. */
    gridId: Type.Optional(Type.Integer({ minimum: 0 })),
    /** Name prefix, full ID number or phone number. */
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
  },
  { additionalProperties: false },
);
export type KeyPersonFilter = Static<typeof KeyPersonFilter>;
export const KeyPersonQuery = Type.Composite([KeyPersonFilter, Type.Object(Page)], { additionalProperties: false });
export type KeyPersonQuery = Static<typeof KeyPersonQuery>;

export const KeyPerson = Type.Object({
  id: Type.Integer(),
  list: Type.Object({ id: Type.Integer(), name: Type.String(), source: literals(listSources) }),
  name: Type.String(),
  /** Masked (430***********123X), as in every list. */
  idNumber: Type.String(),
  phone: Nullable(Type.String()),
  address: Nullable(Type.String()),
  fromArea: Nullable(Type.String()),
  arrivedAt: Nullable(DateTime),
  note: Nullable(Type.String()),
  /** Found in the registry (then dispatched to the grid of their address). */
  matched: Type.Boolean(),
  /** null: not yet given a grid. */
  grid: Nullable(RegionName),
  dueAt: DateTime,
  overdue: Type.Boolean(),
  /** 0 with the grid worker; 1 raised to the community; 2 raised to the street. */
  escalation: Type.Integer({ minimum: 0, maximum: 2 }),
  status: literals(keyPersonStatuses),
  outcome: Nullable(Type.Object({ note: Nullable(Type.String()), by: Nullable(Type.String()), at: DateTime })),
  createdAt: DateTime,
});
export type KeyPerson = Static<typeof KeyPerson>;
export const KeyPersonPage = Type.Object({ items: Type.Array(KeyPerson), total: Type.Integer() });
export const KeyPersonReply = Type.Object({ keyPerson: KeyPerson });

export const OutcomeBody = Type.Object(
  {
    status: literals(outcomeStatuses),
    /** Required when the person was not found: why (moved away, wrong number, left the city…). */
    note: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);
export type OutcomeBody = Static<typeof OutcomeBody>;

export const AssignBody = Type.Object({ gridId: Id }, { additionalProperties: false });

export const SelfReportBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: personLimits.name }),
    /** A resident ID number (18 or 15 digits); checked like a list row, with the problem per field. */
    idNumber: Type.String({ minLength: 1, maxLength: 18 }),
    phone: Type.String({ minLength: 1, maxLength: personLimits.phone }),
    address: Type.String({ minLength: 1, maxLength: personLimits.address }),
    fromArea: Type.String({ minLength: 1, maxLength: personLimits.fromArea }),
    arrivedAt: DateTime,
    note: Type.Optional(Text(personLimits.note)),
  },
  { additionalProperties: false },
);
export type SelfReportBody = Static<typeof SelfReportBody>;

/** A receipt code to quote on the phone; nothing personal comes back. */
export const SelfReportReceipt = Type.Object({ reference: Type.String() });
