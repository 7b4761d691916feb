import { IdNumberAllocator } from './id-numbers.ts';
import { layOutGrid } from './layout.ts';
import { planCity, streams } from './plan.ts';
import { generatePlaces } from './places.ts';
import { Random, mixSeed } from './random.ts';
import { householdResidents } from './residents.ts';
import type { DemoBuilding, DemoHousehold, DemoPlace, DemoRegion, DemoResident } from './rows.ts';

export type { DemoBuilding, DemoHousehold, DemoPlace, DemoRegion, DemoResident } from './rows.ts';
export { demoReferenceDate } from './id-numbers.ts';

export interface DemoCityOptions {
  residents: number;
  seed: number;
}

export interface DemoCity {
  /** The whole region tree, parents before children. */
  regions: DemoRegion[];
  places: DemoPlace[];
  /** Each call starts again from the beginning and yields the same rows. */
  buildings(): Generator<DemoBuilding>;
  /** Grid by grid, in the order of buildings(). */
  households(): Generator<DemoHousehold>;
  /** Exactly `residents` rows; the members of a household are consecutive. */
  residents(): Generator<DemoResident>;
}

/**
 * A synthetic city (湘江市, fictional) of `residents` people: the same seed and size give the same
 * rows, byte for byte. Buildings, households and residents stream grid by grid, so memory stays flat.
 */
export function generateDemoCity({ residents, seed }: DemoCityOptions): DemoCity {
  if (!Number.isSafeInteger(residents) || residents < 0) throw new RangeError('residents must be a whole number ≥ 0');
  if (!Number.isSafeInteger(seed)) throw new RangeError('seed must be a whole number');
  // Seeds beyond 32 bits still count: the high part is mixed in, not dropped.
  const seed32 = mixSeed(seed >>> 0, Math.floor(seed / 2 ** 32));
  const plan = planCity(residents, seed32);

  function* laidOut() {
    for (const grid of plan.grids) yield { grid, buildings: layOutGrid(seed32, grid) };
  }

  return {
    regions: plan.regions,
    places: generatePlaces(plan, residents, seed32),
    *buildings() {
      for (const { buildings } of laidOut()) for (const { building } of buildings) yield building;
    },
    *households() {
      for (const { buildings } of laidOut()) {
        for (const { households } of buildings) for (const { household } of households) yield household;
      }
    },
    *residents() {
      const ids = new IdNumberAllocator(plan.districtCodes);
      for (const { grid, buildings } of laidOut()) {
        // People have their own stream per grid, so buildings() and households() need not draw them.
        const random = new Random(mixSeed(seed32, streams.people, grid.index));
        for (const { households } of buildings) {
          for (const household of households) yield* householdResidents(random, ids, grid.districtIndex, household);
        }
      }
    },
  };
}
