/* Plain data: the web app imports these too. */

/** Rooms of an isolation site: single (own bathroom), multi (a household together), accessible (无障碍). */
export const roomKinds = ['single', 'multi', 'accessible'] as const;
export type RoomKind = (typeof roomKinds)[number];

/** A room's status; 'occupied' follows who is in it (migration 0020), the others are set by staff. */
export const roomStatuses = ['free', 'occupied', 'cleaning', 'out_of_service'] as const;
export type RoomStatus = (typeof roomStatuses)[number];
export const settableRoomStatuses = ['free', 'cleaning', 'out_of_service'] as const;
export type SettableRoomStatus = (typeof settableRoomStatuses)[number];

export const staffRoles = ['manager', 'medical', 'support'] as const;
export type StaffRole = (typeof staffRoles)[number];

export const quarantineModes = ['centralized', 'home'] as const;
export type QuarantineMode = (typeof quarantineModes)[number];

export const quarantineStatuses = ['active', 'released', 'to_hospital', 'ended'] as const;
export type QuarantineStatus = (typeof quarantineStatuses)[number];

/** What a home must offer for quarantine there (居家隔离条件); every one must hold. */
export const homeConditionKeys = ['singleRoom', 'ownBathroom', 'noVulnerableCohabitants', 'caregiverIfNeeded'] as const;
export type HomeConditionKey = (typeof homeConditionKeys)[number];

/** Why a person of a bulk intake was not placed. */
export const intakeRefusals = ['not_found', 'duplicate', 'already_in_quarantine', 'group_missing', 'no_room'] as const;
export type IntakeRefusal = (typeof intakeRefusals)[number];

/** Notes on a suggested placement: how the rules were met, or which could not be. */
export const placementNotes = [
  'household_room', // the household shares one room
  'household_adjacent', // the household has adjacent rooms on one floor
  'household_split', // no room or adjacent rooms held the household together
  'accessible', // an accessible room for a disabled or elderly person
  'accessible_unavailable', // needed one, none was free
  'with_carer', // a child or very old person shares a room with a carer of the household
  'no_carer', // a child or very old person without a carer in the list
] as const;
export type PlacementNote = (typeof placementNotes)[number];
