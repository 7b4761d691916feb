import { placeTypes, type PlaceType } from '../vocabulary.ts';
import { scatter } from './geo.ts';
import { drawSurname } from './members.ts';
import { givenName, mobileNumber } from './names.ts';
import { placeNamers, type PlaceDraft } from './place-names.ts';
import { streams, type CityPlan, type GridPlan } from './plan.ts';
import { roadSuffixes } from './place-words.ts';
import { Random, mixSeed } from './random.ts';
import { streetWords } from './region-words.ts';
import type { DemoPlace } from './rows.ts';

/**
 * Places per 10,000 residents, from typical urban figures; sampling points follow the rule of one per
 * 2,000-3,000 residents. Isolation sites are counted by rooms instead (see isolationRoomsPer10k).
 */
const perTenThousand: Record<Exclude<PlaceType, 'isolation_site'>, number> = {
  enterprise: 30,
  school: 3,
  hospital: 0.3,
  fever_clinic: 0.15,
  pharmacy: 4,
  market: 2,
  elderly_care: 1,
  transport_hub: 0.03,
  checkpoint: 0.08,
  sampling_point: 4,
  lab: 0.05,
  warehouse: 0.1,
};
/** Isolation rooms kept in reserve: at least 20 per 10,000 residents. */
const isolationRoomsPer10k = 20;
/** Names already taken are drawn again, elsewhere in the city, this many times before numbering. */
const nameAttempts = 50;

interface Sited {
  place: DemoPlace;
  grid: GridPlan;
}

/** Every type of place, at least one of each, spread over the city's grids and clustered by district. */
export function generatePlaces(plan: CityPlan, residents: number, seed: number): DemoPlace[] {
  const random = new Random(mixSeed(seed, streams.places));
  const villages = plan.grids.filter((grid) => grid.village);
  const names = new Set<string>();
  const hospitals: Sited[] = [];
  const places: DemoPlace[] = [];
  for (const type of placeTypes) {
    // Checkpoints stand on the roads into the city, out in the villages when there are any.
    const grids = type === 'checkpoint' && villages.length > 0 ? villages : plan.grids;
    let isolationRooms = 0;
    for (let ordinal = 1; ; ordinal += 1) {
      const enough =
        type === 'isolation_site'
          ? isolationRooms >= (residents * isolationRoomsPer10k) / 10_000
          : ordinal > Math.round((residents * perTenThousand[type]) / 10_000);
      if (ordinal > 1 && enough) break;
      const host = type === 'fever_clinic' ? hospitals[ordinal - 1] : undefined;
      const { place, grid } = sitePlace(random, type, ordinal, host, grids, names, places.length + 1);
      places.push(place);
      if (type === 'hospital') hospitals.push({ place, grid });
      isolationRooms += Number(place.attributes.rooms ?? 0);
    }
  }
  return places;
}

function sitePlace(
  random: Random,
  type: PlaceType,
  ordinal: number,
  host: Sited | undefined,
  grids: readonly GridPlan[],
  names: Set<string>,
  number: number,
): Sited {
  let grid = host?.grid ?? random.pick(grids);
  let hostPlace = host?.place;
  let draft = placeNamers[type]({ random, grid, ordinal, hostName: hostPlace?.name });
  // A name already taken is drawn again somewhere else; numbered only when the tables run dry.
  for (let attempt = 1; names.has(draft.name); attempt += 1) {
    if (attempt >= nameAttempts) draft = { ...draft, name: `${draft.name}（${ordinal}）` };
    else {
      grid = random.pick(grids);
      hostPlace = undefined;
      draft = placeNamers[type]({ random, grid, ordinal, hostName: undefined });
    }
  }
  names.add(draft.name);
  return { place: assemble(random, type, number, grid, draft, hostPlace), grid };
}

function assemble(
  random: Random,
  type: PlaceType,
  number: number,
  grid: GridPlan,
  { name, attributes }: PlaceDraft,
  host: DemoPlace | undefined,
): DemoPlace {
  // A fever clinic is part of its hospital: same address, a few metres away.
  const { lng, lat } = host ? scatter(random, host, 0.0003) : scatter(random, grid.location, 0.003);
  const address =
    host?.address ??
    `${grid.addressPrefix}${random.pick(streetWords)}${random.pick(roadSuffixes)}${random.between(1, 300)}号`;
  return {
    code: `P${String(number).padStart(6, '0')}`,
    type,
    name,
    gridCode: grid.code,
    address,
    lng,
    lat,
    contactName: drawSurname(random) + givenName(random, random.chance(0.5) ? 'M' : 'F', random.between(25, 55)),
    contactPhone: mobileNumber(random),
    attributes,
  };
}
