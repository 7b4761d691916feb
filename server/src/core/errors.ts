/**
 * The one error class of the platform. Each code has one HTTP status and one message per language;
 * routes throw AppError and the HTTP layer turns it into application/problem+json.
 */
export type ErrorCode =
  /** Input failed the route's schema (wrong type, unknown field, missing field). */
  | 'VALIDATION_FAILED'
  /** The body is not parseable JSON. */
  | 'MALFORMED_BODY'
  /** The body is larger than FANGKONG_BODY_LIMIT. */
  | 'BODY_TOO_LARGE'
  /** The Content-Type is not one the route accepts. */
  | 'UNSUPPORTED_MEDIA_TYPE'
  /** No valid session cookie or bearer token. */
  | 'UNAUTHENTICATED'
  /** Wrong username or password (never says which). */
  | 'INVALID_CREDENTIALS'
  /** Too many failed logins; the account is locked for a while. */
  | 'ACCOUNT_LOCKED'
  /** The account was disabled by an administrator. */
  | 'ACCOUNT_DISABLED'
  /** The user signed in with a temporary password and must set their own first. */
  | 'PASSWORD_CHANGE_REQUIRED'
  /** Authenticated, but the role lacks the permission. */
  | 'FORBIDDEN'
  /** Absent, or outside the caller's jurisdiction (deliberately the same answer). */
  | 'NOT_FOUND'
  | 'USERNAME_TAKEN'
  | 'REGION_CODE_TAKEN'
  | 'PLACE_CODE_TAKEN'
  | 'REGION_NAME_TAKEN'
  /** A region cannot be deleted while it has child regions. */
  | 'REGION_HAS_CHILDREN'
  /** A region still referenced (by users' jurisdiction, residents, places…) cannot be deleted. */
  | 'REGION_IN_USE'
  /** A child region must be of a lower level than its parent; a region cannot move under itself. */
  | 'REGION_PLACEMENT_INVALID'
  /** A user may only grant regions and roles within their own reach. */
  | 'SCOPE_EXCEEDED'
  /** Administrators cannot disable themselves or drop their own administrator role. */
  | 'SELF_LOCKOUT'
  /** A user needs at least one region, or the whole tree. */
  | 'JURISDICTION_REQUIRED'
  | 'PASSWORD_TOO_WEAK'
  | 'PASSWORD_MISMATCH'
  /** An import file lacks columns for required fields (named in the message). */
  | 'IMPORT_COLUMNS_MISSING'
  /** A testing round must end after it starts. */
  | 'CAMPAIGN_WINDOW_INVALID'
  /** A round's sampling points must be places of type sampling point within the jurisdiction. */
  | 'NOT_A_SAMPLING_POINT'
  /** The sampling table is not one of the round's (unknown point, or a table number beyond its tables). */
  | 'NOT_A_TABLE_OF_ROUND'
  /** The round is closed: nothing more is sampled or exempted in it. */
  | 'CAMPAIGN_CLOSED'
  /** A box code is already used, or the box is not at the stage the step needs (packed → in transit → received). */
  | 'BOX_STATE'
  /** Another table opened the same new tube at the same moment; sending the batch again sorts it out. */
  | 'TUBE_RACE'
  /** A key person's outcome is already recorded: only a pending person takes one. */
  | 'KEY_PERSON_CLOSED'
  /** Only a key person the registry could not place is given a grid by hand. */
  | 'KEY_PERSON_ASSIGNED'
  /** The region is not a grid (key persons are dispatched to grids). */
  | 'NOT_A_GRID'
  /** A key person recorded as not found needs the reason in the note. */
  | 'OUTCOME_REASON_REQUIRED'
  /** A self-report has a blank or invalid answer (ID number, phone, time…), named in the field errors. */
  | 'SELF_REPORT_INVALID'
  /** Too many requests of a rate-limited kind (sign-in) from one address. */
  | 'RATE_LIMITED'
  /** A person not found in the registry within the jurisdiction needs the region they belong to. */
  | 'PERSON_REGION_REQUIRED'
  /** The person already has a case that is not excluded. */
  | 'CASE_EXISTS'
  /** A milestone is already recorded, or its time is before the case was found or in the future. */
  | 'MILESTONE_INVALID'
  /** A trajectory interval ends before it starts, lies in the future, or overlaps another of the case. */
  | 'TRAJECTORY_INVALID'
  /** The same person is already a contact of the same source. */
  | 'CONTACT_DUPLICATE'
  /** A case or contact cannot be its own contact. */
  | 'CONTACT_IS_SOURCE'
  /** A contact's status only moves forward; a suggestion is decided once. */
  | 'STATUS_TRANSITION'
  /** The protocol in force does not quarantine this group (二十条 no longer traces secondary contacts). */
  | 'PROTOCOL_GROUP_MISSING'
  /** The level is not one of the protocol's risk levels. */
  | 'RISK_LEVEL_UNKNOWN'
  /** An area needs exactly one of a region, a building or a valid polygon. */
  | 'RISK_AREA_TARGET_INVALID'
  /** The proposer of a change cannot also approve it (two-person rule). */
  | 'SAME_PERSON_APPROVAL'
  /** A change is already pending, or the proposal was already decided, or the area is not at the stage the step needs. */
  | 'PROPOSAL_STATE'
  /** Passes are for households of sealed or controlled areas. */
  | 'NOT_IN_CLOSED_AREA'
  /** The household has used its pass quota for the period. */
  | 'PASS_QUOTA_EXCEEDED'
  /** A pass token was forged, altered, expired or revoked (the reason names which). */
  | 'PASS_TOKEN_INVALID'
  /** A pass scanned for exit twice, or for return without an exit. */
  | 'GATE_SCAN_STATE'
  /** The room is full, being cleaned, out of service, or at another site. */
  | 'ROOM_UNAVAILABLE'
  /** A room of that number already exists at the site. */
  | 'ROOM_NUMBER_TAKEN'
  /** The person is already under an active quarantine. */
  | 'ALREADY_IN_QUARANTINE'
  /** Home quarantine needs every home condition met. */
  | 'HOME_CONDITIONS_UNMET'
  /** A release criterion does not hold yet. */
  | 'RELEASE_REFUSED'
  /** The quarantine has ended: nothing more is recorded on it. */
  | 'QUARANTINE_ENDED'
  /** A health check is outside the quarantine, in the future, or already recorded for that slot. */
  | 'HEALTH_CHECK_INVALID'
  /** A transfer to hospital names a place that is not a hospital. */
  | 'NOT_A_HOSPITAL'
  /** The patient is already admitted, or the admission has ended, or no bed of that level is free. */
  | 'ADMISSION_STATE'
  /** An answer names an item that is not in the inspection's checklist version, or does not fit the item. */
  | 'CHECKLIST_ITEM_UNKNOWN'
  /** The inspection is not at the step asked for (already checked in, already submitted…). */
  | 'INSPECTION_STATE'
  /** A rectification order is not at the step asked for (a response to a closed order…). */
  | 'ORDER_STATE'
  /** A deadline must lie in the future. */
  | 'DEADLINE_INVALID'
  /** The place is not of the type the ledger keeps (an enterprise report for a school…). */
  | 'PLACE_TYPE_MISMATCH'
  /** The user is not a member of the unit they act for. */
  | 'NOT_A_UNIT_MEMBER'
  | 'DB_UNAVAILABLE'
  | 'INTERNAL';

export const errorStatus: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  MALFORMED_BODY: 400,
  BODY_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  ACCOUNT_LOCKED: 423,
  ACCOUNT_DISABLED: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  USERNAME_TAKEN: 409,
  REGION_CODE_TAKEN: 409,
  PLACE_CODE_TAKEN: 409,
  REGION_NAME_TAKEN: 409,
  REGION_HAS_CHILDREN: 409,
  REGION_IN_USE: 409,
  REGION_PLACEMENT_INVALID: 422,
  SCOPE_EXCEEDED: 403,
  SELF_LOCKOUT: 422,
  JURISDICTION_REQUIRED: 422,
  PASSWORD_TOO_WEAK: 422,
  PASSWORD_MISMATCH: 422,
  IMPORT_COLUMNS_MISSING: 422,
  CAMPAIGN_WINDOW_INVALID: 422,
  NOT_A_SAMPLING_POINT: 422,
  NOT_A_TABLE_OF_ROUND: 422,
  CAMPAIGN_CLOSED: 409,
  BOX_STATE: 409,
  TUBE_RACE: 409,
  KEY_PERSON_CLOSED: 409,
  KEY_PERSON_ASSIGNED: 409,
  NOT_A_GRID: 422,
  OUTCOME_REASON_REQUIRED: 422,
  SELF_REPORT_INVALID: 422,
  RATE_LIMITED: 429,
  PERSON_REGION_REQUIRED: 422,
  CASE_EXISTS: 409,
  MILESTONE_INVALID: 409,
  TRAJECTORY_INVALID: 422,
  CONTACT_DUPLICATE: 409,
  CONTACT_IS_SOURCE: 422,
  STATUS_TRANSITION: 409,
  PROTOCOL_GROUP_MISSING: 422,
  RISK_LEVEL_UNKNOWN: 422,
  RISK_AREA_TARGET_INVALID: 422,
  SAME_PERSON_APPROVAL: 403,
  PROPOSAL_STATE: 409,
  NOT_IN_CLOSED_AREA: 422,
  PASS_QUOTA_EXCEEDED: 409,
  PASS_TOKEN_INVALID: 403,
  GATE_SCAN_STATE: 409,
  ROOM_UNAVAILABLE: 409,
  ROOM_NUMBER_TAKEN: 409,
  ALREADY_IN_QUARANTINE: 409,
  HOME_CONDITIONS_UNMET: 422,
  RELEASE_REFUSED: 409,
  QUARANTINE_ENDED: 409,
  HEALTH_CHECK_INVALID: 422,
  NOT_A_HOSPITAL: 422,
  ADMISSION_STATE: 409,
  CHECKLIST_ITEM_UNKNOWN: 422,
  INSPECTION_STATE: 409,
  ORDER_STATE: 409,
  DEADLINE_INVALID: 422,
  PLACE_TYPE_MISMATCH: 422,
  NOT_A_UNIT_MEMBER: 403,
  DB_UNAVAILABLE: 503,
  INTERNAL: 500,
};

export interface FieldError {
  path: string;
  message: string;
}

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
    readonly fieldErrors: FieldError[] = [],
  ) {
    super(code);
    this.status = errorStatus[code];
  }
}

export const notFound = (): AppError => new AppError('NOT_FOUND');
