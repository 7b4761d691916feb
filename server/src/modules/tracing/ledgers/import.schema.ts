import { type Static, Type } from '@sinclair/typebox';

export const LedgerImportQuery = Type.Object(
  {
    /** Where persons missing from the registry are placed (for contacts: the case's region by default). */
    regionId: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  { additionalProperties: false },
);

/** What an imported ledger came to: rows stored, rows already there, rows refused with their field and why. */
export const LedgerImportResult = Type.Object({
  created: Type.Integer(),
  /** Rows naming a person who already has a live case, or a contact already recorded for that case. */
  already: Type.Integer(),
  rejected: Type.Array(Type.Object({ row: Type.Integer(), field: Type.String(), reason: Type.String() })),
});
export type LedgerImportResult = Static<typeof LedgerImportResult>;
