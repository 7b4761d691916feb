import { buildingImport } from '../buildings.import.ts';
import { householdImport } from '../households.import.ts';
import { placeImport } from '../places.import.ts';
import { RegionCache } from '../region-cache.ts';
import { regionImport } from '../regions.import.ts';
import { residentImport } from '../residents.import.ts';
import type { ImportKind } from './fields.ts';
import type { ImportHandler } from './handler.ts';

/** The handler of each ledger kind, with a fresh region cache for the run. */
export function importHandler(kind: ImportKind): ImportHandler<unknown> {
  const regions = new RegionCache();
  switch (kind) {
    case 'regions':
      return regionImport;
    case 'buildings':
      return buildingImport(regions);
    case 'households':
      return householdImport(regions);
    case 'residents':
      return residentImport(regions);
    case 'places':
      return placeImport(regions);
  }
}
