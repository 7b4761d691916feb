import type { ColumnType, Generated } from 'kysely';

// Table types mirror server/migrations/*.sql. Columns the database fills are Generated.
type CreatedAt = ColumnType<Date, never, never>;
type UpdatedAt = ColumnType<Date, never, Date>;

export interface RegionLevelTable {
  id: number;
  rank: number;
  key: string;
  name_zh: string;
  name_en: string;
}

export interface RegionTable {
  id: Generated<number>;
  parent_id: number | null;
  level_id: number;
  code: string | null;
  name: string;
  /** ltree of ancestor ids, maintained by a trigger from parent_id. */
  path: ColumnType<string, never, never>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface AppUserTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  password_hash: string;
  scope_all: Generated<boolean>;
  must_change_password: Generated<boolean>;
  disabled_at: Date | null;
  failed_logins: Generated<number>;
  locked_until: Date | null;
  last_login_at: Date | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface UserRoleTable {
  user_id: number;
  role: string;
}

export interface UserRegionTable {
  user_id: number;
  region_id: number;
}

export interface SessionTable {
  token_hash: Buffer;
  user_id: number;
  created_at: CreatedAt;
  last_seen_at: ColumnType<Date, never, Date>;
  expires_at: Date;
  ip: string | null;
  user_agent: string | null;
}

export interface ApiTokenTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  prefix: string;
  token_hash: Buffer;
  created_at: CreatedAt;
  expires_at: Date | null;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

export interface AuditLogTable {
  /** Assigned by the chain trigger. */
  id: Generated<number>;
  at: Generated<Date>;
  actor_id: number | null;
  actor_name: string | null;
  ip: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  reason: string | null;
  summary: ColumnType<Record<string, unknown>, string, never>;
  prev_hash: Generated<Buffer>;
  hash: Generated<Buffer>;
}

/** Registry rows carry the path of the region they are pinned to (copied, kept by triggers). */
type RegionPath = ColumnType<string, string, string>;

export interface BuildingTable {
  id: Generated<number>;
  address: string;
  name: string | null;
  grid_id: number;
  path: RegionPath;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface HouseholdTable {
  id: Generated<number>;
  address: string;
  building_id: number | null;
  grid_id: number;
  path: RegionPath;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface ResidentTable {
  id: Generated<number>;
  id_number: string;
  name: string;
  sex: 'M' | 'F';
  birth_date: ColumnType<Date, string, string>;
  phone: string | null;
  household_id: number | null;
  grid_id: number;
  path: RegionPath;
  tags: Generated<string[]>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface PlaceTable {
  id: Generated<number>;
  code: string;
  type: string;
  name: string;
  grid_id: number;
  path: RegionPath;
  address: string | null;
  lng: number | null;
  lat: number | null;
  contact_name: string | null;
  contact_phone: string | null;
  attributes: ColumnType<Record<string, number | string>, string, string>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface RegistryCountTable {
  region_id: number;
  path: RegionPath;
  residents: number;
  households: number;
  buildings: number;
  places: number;
  special_needs: number;
}

export interface ImportRunTable {
  id: Generated<number>;
  kind: string;
  file_name: string;
  encoding: string | null;
  mapping: ColumnType<Record<string, string>, string, string>;
  status: 'queued' | 'running' | 'done' | 'failed';
  total_rows: number | null;
  processed_rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  error: string | null;
  created_by: number | null;
  started_at: CreatedAt;
  finished_at: Date | null;
  fraction: number;
  upload_path: string | null;
}

export interface ImportRejectionTable {
  run_id: number;
  row_number: number;
  field: string;
  value: string | null;
  reason: string;
}

export interface ImportMappingTable {
  id: Generated<number>;
  kind: string;
  name: string;
  columns: ColumnType<Record<string, string>, string, string>;
  created_by: number | null;
  updated_at: UpdatedAt;
}

export interface ExportRunTable {
  id: Generated<number>;
  kind: string;
  filters: ColumnType<Record<string, unknown>, string, string>;
  unmasked: boolean;
  status: 'queued' | 'running' | 'done' | 'failed';
  total_rows: number | null;
  written_rows: Generated<number>;
  file_path: string | null;
  error: string | null;
  created_by: number;
  created_at: CreatedAt;
  finished_at: Date | null;
}

export interface TestTubeTable {
  id: Generated<number>;
  barcode: string;
  campaign_id: number;
  place_id: number;
  table_no: number;
  capacity: number;
  members: number;
  status: 'open' | 'sealed' | 'received' | 'resulted';
  opened_at: Date;
  sealed_at: Date | null;
  sealed_scan_id: string | null;
  received_at: Date | null;
  resulted_at: Date | null;
  reported_at: Date | null;
  result: 'negative' | 'positive' | 'invalid' | null;
  ct_value: number | null;
  lab: string | null;
  box_id: number | null;
}

export interface TestSampleTable {
  campaign_id: number;
  scan_id: string;
  tube_id: number;
  resident_id: number;
  grid_id: number;
  collected_at: Date;
  stored_at: CreatedAt;
  collected_by: number | null;
}

export interface TestCountTable {
  campaign_id: number;
  grid_id: number;
  path: string;
  target: number;
  sampled: number;
  resulted: number;
  pool_positive: number;
  exempt: number;
}

export interface Database {
  region_level: RegionLevelTable;
  region: RegionTable;
  app_user: AppUserTable;
  user_role: UserRoleTable;
  user_region: UserRegionTable;
  session: SessionTable;
  api_token: ApiTokenTable;
  audit_log: AuditLogTable;
  building: BuildingTable;
  household: HouseholdTable;
  resident: ResidentTable;
  place: PlaceTable;
  registry_count: RegistryCountTable;
  import_run: ImportRunTable;
  import_rejection: ImportRejectionTable;
  import_mapping: ImportMappingTable;
  export_run: ExportRunTable;
  test_tube: TestTubeTable;
  test_sample: TestSampleTable;
  test_count: TestCountTable;
}
