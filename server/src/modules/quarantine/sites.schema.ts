import { type Static, Type } from '@sinclair/typebox';
import { literals, Nullable, Reason } from '../../core/http/schema-helpers.ts';
import { BasisSchema } from '../protocol/basis.ts';
import { RegionName } from '../registry/registry.schema.ts';
import { DateTime, Id } from '../tracing/cases.schema.ts';
import { roomKinds, roomStatuses, settableRoomStatuses, staffRoles } from './vocabulary.ts';

export const SiteParams = Type.Object({ siteId: Id });
export const RoomParams = Type.Object({ roomId: Id });
export const StaffParams = Type.Object({ siteId: Id, userId: Id });

const Floor = Type.Integer({ minimum: 1, maximum: 199 });
const RoomNumber = Type.String({ minLength: 1, maxLength: 10, pattern: '^[0-9A-Za-z-]+$' });
const Beds = Type.Integer({ minimum: 1, maximum: 20 });

/** Rooms for floors fromFloor..toFloor, numbered floor + two digits (301, 302… 320). */
export const BulkRoomsBody = Type.Object(
  {
    fromFloor: Floor,
    toFloor: Floor,
    roomsPerFloor: Type.Integer({ minimum: 1, maximum: 99 }),
    /** The number within the floor to start from (1 → 301). */
    firstRoom: Type.Integer({ minimum: 1, maximum: 99, default: 1 }),
    kind: literals(roomKinds),
    beds: Beds,
  },
  { additionalProperties: false },
);
export type BulkRoomsBody = Static<typeof BulkRoomsBody>;

export const UpdateRoomBody = Type.Object(
  {
    floor: Type.Optional(Floor),
    number: Type.Optional(RoomNumber),
    kind: Type.Optional(literals(roomKinds)),
    beds: Type.Optional(Beds),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateRoomBody = Static<typeof UpdateRoomBody>;

export const RoomStatusBody = Type.Object(
  { status: literals(settableRoomStatuses), reason: Type.Optional(Reason) },
  { additionalProperties: false },
);
export type RoomStatusBody = Static<typeof RoomStatusBody>;

export const Room = Type.Object({
  id: Type.Integer(),
  siteId: Type.Integer(),
  floor: Type.Integer(),
  number: Type.String(),
  kind: literals(roomKinds),
  beds: Type.Integer(),
  status: literals(roomStatuses),
  /** Persons under an active quarantine in the room, by name (the board is where staff find them). */
  occupants: Type.Array(Type.Object({ quarantineId: Type.Integer(), name: Type.String() })),
});
export type Room = Static<typeof Room>;

/** Rooms and beds of a site or of a jurisdiction, by status. */
export const Occupancy = Type.Object({
  rooms: Type.Integer(),
  beds: Type.Integer(),
  occupied: Type.Integer(),
  free: Type.Integer(),
  cleaning: Type.Integer(),
  outOfService: Type.Integer(),
  /** Persons under an active quarantine in the rooms. */
  persons: Type.Integer(),
  /** Beds in free rooms (ready for a new household). */
  freeBeds: Type.Integer(),
});
export type Occupancy = Static<typeof Occupancy>;

export const StaffCounts = Type.Object({ manager: Type.Integer(), medical: Type.Integer(), support: Type.Integer() });

export const Site = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  name: Type.String(),
  address: Nullable(Type.String()),
  region: RegionName,
  occupancy: Occupancy,
  staff: StaffCounts,
  /** Medical staff per 50 isolated persons (about 2 is the usual figure); null with nobody isolated. */
  medicalPer50: Nullable(Type.Number()),
});
export type Site = Static<typeof Site>;

export const SiteListQuery = Type.Object(
  { regionId: Type.Optional(Id), q: Type.Optional(Type.String({ maxLength: 50 })) },
  { additionalProperties: false },
);
export type SiteListQuery = Static<typeof SiteListQuery>;

export const Board = Type.Object({
  site: Site,
  floors: Type.Array(Type.Object({ floor: Type.Integer(), rooms: Type.Array(Room) })),
});
export type Board = Static<typeof Board>;

/** Isolation rooms of a region against the reserve target (rooms per 10,000 residents). */
export const RegionReserve = Type.Object({
  region: RegionName,
  residents: Type.Integer(),
  occupancy: Occupancy,
  /** Rooms in service (all but out of service) per 10,000 residents; null with no residents. */
  roomsPer10k: Nullable(Type.Number()),
});

export const SummaryQuery = Type.Object({ regionId: Type.Optional(Id) }, { additionalProperties: false });
export type SummaryQuery = Static<typeof SummaryQuery>;

export const Summary = Type.Object({
  /** The region summed (the one asked for, or null for the caller's whole jurisdiction). */
  region: Nullable(RegionName),
  residents: Type.Integer(),
  occupancy: Occupancy,
  roomsPer10k: Nullable(Type.Number()),
  target: Type.Object({ roomsPer10k: Type.Number(), basis: BasisSchema }),
  /** The same for each region one level down (districts of a city…). */
  regions: Type.Array(RegionReserve),
});
export type Summary = Static<typeof Summary>;

export const StaffMember = Type.Object({
  userId: Type.Integer(),
  username: Type.String(),
  displayName: Type.String(),
  role: literals(staffRoles),
  assignedAt: DateTime,
});
export type StaffMember = Static<typeof StaffMember>;

export const AssignStaffBody = Type.Object(
  { username: Type.String({ minLength: 1, maxLength: 64 }), role: literals(staffRoles) },
  { additionalProperties: false },
);
export type AssignStaffBody = Static<typeof AssignStaffBody>;
