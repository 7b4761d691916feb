import { type Static, Type } from '@sinclair/typebox';
import { literals, Nullable, Reason } from '../../core/http/schema-helpers.ts';
import { RegionName } from '../registry/registry.schema.ts';
import { DateTime, DocumentNumber, Id, Phone } from './cases.schema.ts';
import { contactKinds, contactSources, contactStatuses } from './vocabulary.ts';

export const ContactParams = Type.Object({ contactId: Id });

export const CreateContactBody = Type.Object(
  {
    /** The case this person was exposed to, or else the contact (for a secondary contact). */
    sourceCaseId: Type.Optional(Id),
    sourceContactId: Type.Optional(Id),
    idNumber: Type.Optional(DocumentNumber),
    phone: Type.Optional(Phone),
    name: Type.String({ minLength: 1, maxLength: 50 }),
    kind: literals(contactKinds),
    lastExposureAt: Type.Optional(DateTime),
    exposure: Type.Optional(Type.String({ maxLength: 500 })),
    /** Where a person missing from the registry belongs. */
    regionId: Type.Optional(Id),
  },
  { additionalProperties: false },
);
export type CreateContactBody = Static<typeof CreateContactBody>;

export const ContactStatusBody = Type.Object(
  {
    status: literals(contactStatuses),
    /** The basis of the change (a notice served, a quarantine order, a release certificate). */
    basis: Reason,
    at: Type.Optional(DateTime),
  },
  { additionalProperties: false },
);
export type ContactStatusBody = Static<typeof ContactStatusBody>;

export const ContactListQuery = Type.Object(
  {
    sourceCaseId: Type.Optional(Id),
    sourceContactId: Type.Optional(Id),
    kind: Type.Optional(literals(contactKinds)),
    status: Type.Optional(literals(contactStatuses)),
    q: Type.Optional(Type.String({ maxLength: 50 })),
    page: Type.Integer({ minimum: 1, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  },
  { additionalProperties: false },
);
export type ContactListQuery = Static<typeof ContactListQuery>;

export const Contact = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  /** Masked in lists; in full in a contact's detail for users who may read identifiers in full. */
  idNumber: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  residentId: Nullable(Type.Integer()),
  region: Nullable(RegionName),
  kind: literals(contactKinds),
  source: Type.Object({
    caseId: Nullable(Type.Integer()),
    caseCode: Nullable(Type.String()),
    contactId: Nullable(Type.Integer()),
    contactName: Nullable(Type.String()),
  }),
  lastExposureAt: Nullable(DateTime),
  exposure: Nullable(Type.String()),
  foundVia: literals(contactSources),
  evidence: Nullable(Type.Unknown()),
  status: literals(contactStatuses),
  identifiedAt: DateTime,
  notifiedAt: Nullable(DateTime),
  measureAt: Nullable(DateTime),
  releasedAt: Nullable(DateTime),
  /** Contacts of this contact (secondary contacts). */
  contacts: Type.Integer(),
});
export type Contact = Static<typeof Contact>;

export const ContactDetail = Type.Composite([
  Contact,
  Type.Object({
    history: Type.Array(
      Type.Object({ status: Type.String(), basis: Type.String(), by: Nullable(Type.String()), at: DateTime }),
    ),
  }),
]);
export type ContactDetail = Static<typeof ContactDetail>;
