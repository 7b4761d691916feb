import type { PlaceType, RegionLevelKey, SpecialNeedsTag } from '../vocabulary.ts';

/** Rows of the demo city, shaped for the registry's loader; codes and addresses are the natural keys. */
export interface DemoRegion {
  code: string;
  name: string;
  level: RegionLevelKey;
  parentCode: string | null;
}

export interface DemoBuilding {
  address: string;
  gridCode: string;
  name: string;
  /** WGS 84, so that areas drawn on an imported map find the demo city's buildings. */
  lng: number;
  lat: number;
}

export interface DemoHousehold {
  address: string;
  buildingAddress: string;
  gridCode: string;
}

export interface DemoResident {
  idNumber: string;
  name: string;
  phone: string | null;
  householdAddress: string;
  gridCode: string;
  tags: SpecialNeedsTag[];
}

export interface DemoPlace {
  code: string;
  type: PlaceType;
  name: string;
  gridCode: string;
  address: string;
  lng: number;
  lat: number;
  contactName: string;
  contactPhone: string;
  attributes: Record<string, number | string>;
}
