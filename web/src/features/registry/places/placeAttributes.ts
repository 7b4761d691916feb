import { placeAttributeKeys } from '../../../../../server/src/modules/registry/vocabulary.ts';
import type { Place, PlaceAttribute, PlaceType } from './api';

/** Every figure a place may carry, in the order the edit form lists them (the server's own list). */
export const placeAttributes = placeAttributeKeys;

// What the ledger of each type usually records: the forms offer these even while empty.
const usual: Partial<Record<PlaceType, readonly PlaceAttribute[]>> = {
  enterprise: ['headcount'],
  school: ['students', 'staff'],
  isolation_site: ['rooms'],
  hospital: ['beds'],
  elderly_care: ['beds'],
  sampling_point: ['tables'],
};

// The figures that say how big a place is; a school's staff is second to its students.
const sizes: readonly PlaceAttribute[] = ['headcount', 'students', 'rooms', 'beds', 'tables'];

/** The place's figure for `key`, if it has one. */
export function attributeValue(place: Place, key: PlaceAttribute): number | null {
  const value = place.attributes[key];
  return typeof value === 'number' ? value : null;
}

/** The figures a place of `type` usually records, in form order: what the forms offer even while empty. */
export function usualAttributes(type: PlaceType): PlaceAttribute[] {
  const offered = usual[type] ?? [];
  return placeAttributes.filter((key) => offered.includes(key));
}

/** The figures the edit form offers: those the place has, and those usual for its type. */
export function editableAttributes(place: Place): PlaceAttribute[] {
  const offered = usualAttributes(place.type);
  return placeAttributes.filter((key) => offered.includes(key) || attributeValue(place, key) !== null);
}

/** The figure that sizes the place (employees, students, rooms, beds or sampling desks), if any. */
export function sizeOf(place: Place): { key: PlaceAttribute; value: number } | null {
  for (const key of sizes) {
    const value = attributeValue(place, key);
    if (value !== null) return { key, value };
  }
  return null;
}
