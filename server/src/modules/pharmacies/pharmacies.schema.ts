import { type Static, Type } from '@sinclair/typebox';
import { literals, Nullable } from '../../core/http/schema-helpers.ts';
import { DateOnly, DateTime, Id } from '../tracing/cases.schema.ts';
import { keyPersonStatuses } from '../screening/vocabulary.ts';
import { drugCategories, saleLimits } from './vocabulary.ts';

const Text = (maxLength: number) => Type.String({ maxLength });

/** A sale as the form sends it; blank or malformed values refuse the batch with their row and field. */
export const SaleInput = Type.Object(
  {
    buyerName: Text(saleLimits.buyerName),
    idNumber: Text(40),
    phone: Type.Optional(Text(30)),
    drugName: Text(saleLimits.drugName),
    category: literals(drugCategories),
    quantity: Type.Integer({ minimum: 1, maximum: 1000 }),
    /** When it was sold; now when absent. */
    soldAt: Type.Optional(DateTime),
  },
  { additionalProperties: false },
);
export type SaleInput = Static<typeof SaleInput>;

export const SaleBatch = Type.Object(
  { pharmacyId: Id, sales: Type.Array(SaleInput, { minItems: 1, maxItems: 500 }) },
  { additionalProperties: false },
);
export type SaleBatch = Static<typeof SaleBatch>;

export const PharmacyParams = Type.Object({ pharmacyId: Id }, { additionalProperties: false });
export const SaleParams = Type.Object({ saleId: Id }, { additionalProperties: false });

export const SaleBatchReply = Type.Object({
  /** Sales stored now, and sales that were there already (the same buyer, drug and time). */
  created: Type.Integer(),
  already: Type.Integer(),
});
export type SaleBatchReply = Static<typeof SaleBatchReply>;

export const PharmacyPlace = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  name: Type.String(),
  grid: Type.Object({ id: Type.Integer(), name: Type.String() }),
  canRecord: Type.Boolean(),
});
export type PharmacyPlace = Static<typeof PharmacyPlace>;

export const SaleFilter = Type.Object(
  {
    pharmacyId: Type.Optional(Id),
    from: Type.Optional(DateOnly),
    to: Type.Optional(DateOnly),
    category: Type.Optional(literals(drugCategories)),
    /** The buyer's follow-up state. */
    status: Type.Optional(literals(keyPersonStatuses)),
    /** A buyer's name (its beginning) or ID number. */
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
  },
  { additionalProperties: false },
);
export type SaleFilter = Static<typeof SaleFilter>;

export const SaleQuery = Type.Composite([
  SaleFilter,
  Type.Object({
    page: Type.Integer({ minimum: 1, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 20 }),
  }),
]);
export type SaleQuery = Static<typeof SaleQuery>;

/** A sale with its buyer's follow-up; ID number and phone masked except in an audited full view. */
export const Sale = Type.Object({
  id: Type.Integer(),
  pharmacy: Type.Object({ id: Type.Integer(), name: Type.String() }),
  buyerName: Type.String(),
  idNumber: Type.String(),
  phone: Nullable(Type.String()),
  drugName: Type.String(),
  category: literals(drugCategories),
  quantity: Type.Integer(),
  soldAt: Type.String(),
  dueAt: Type.String(),
  via: literals(['form', 'import'] as const),
  recordedBy: Nullable(Type.String()),
  followUp: Type.Object({
    keyPersonId: Type.Integer(),
    status: literals(keyPersonStatuses),
    overdue: Type.Boolean(),
    /** The buyer's grid; null while nobody of that ID number is in the registry. */
    grid: Nullable(Type.Object({ id: Type.Integer(), name: Type.String() })),
    at: Nullable(Type.String()),
  }),
});
export type Sale = Static<typeof Sale>;

export const SalePage = Type.Object({ items: Type.Array(Sale), total: Type.Integer() });
