import { describe, expect, it } from 'vitest';
import { placeTypes } from '../vocabulary.ts';
import { generateDemoCity, type DemoCity } from './index.ts';

const count = (rows: Iterable<unknown>): number => {
  let n = 0;
  for (const _ of rows) n += 1;
  return n;
};
const first = <T>(rows: Iterable<T>): T | undefined => {
  for (const row of rows) return row;
  return undefined;
};
const last = <T>(rows: Iterable<T>): T | undefined => {
  let found: T | undefined;
  for (const row of rows) found = row;
  return found;
};
const fingerprint = (city: DemoCity) => ({
  regions: city.regions,
  places: city.places,
  buildings: [first(city.buildings()), last(city.buildings()), count(city.buildings())],
  households: [first(city.households()), last(city.households()), count(city.households())],
  residents: [first(city.residents()), last(city.residents()), count(city.residents())],
});

describe('demo city', () => {
  it('should give the same rows for the same seed and size, and other rows for another seed', () => {
    const one = generateDemoCity({ residents: 5_000, seed: 1 });
    expect(fingerprint(one)).toEqual(fingerprint(generateDemoCity({ residents: 5_000, seed: 1 })));
    expect(JSON.stringify([...one.residents()])).toBe(JSON.stringify([...one.residents()]));
    const other = fingerprint(generateDemoCity({ residents: 5_000, seed: 2 }));
    expect(other.residents[0]).not.toEqual(fingerprint(one).residents[0]);
    expect(other.regions).not.toEqual(one.regions);
  });

  it('should yield exactly the residents asked for', () => {
    for (const residents of [0, 1, 7, 1_000, 12_345]) {
      expect(count(generateDemoCity({ residents, seed: 3 }).residents())).toBe(residents);
    }
  });

  it('should build a full tree even for a small city', () => {
    const levels = generateDemoCity({ residents: 1_000, seed: 1 }).regions.map((region) => region.level);
    expect(new Set(levels)).toEqual(new Set(['city', 'district', 'street', 'community', 'grid']));
    expect(levels.filter((level) => level === 'city')).toHaveLength(1);
  });

  it('should list parents before children, with unique codes and sibling names', () => {
    const { regions } = generateDemoCity({ residents: 50_000, seed: 4 });
    const seen = new Map<string, string>();
    const siblingNames = new Set<string>();
    for (const region of regions) {
      if (region.parentCode !== null) {
        expect(seen.has(region.parentCode)).toBe(true);
        // A district's code extends the city's 4-digit prefix (439900 → 439902), lower levels the whole code.
        const prefix = region.level === 'district' ? region.parentCode.slice(0, 4) : region.parentCode;
        expect(region.code.startsWith(prefix)).toBe(true);
      }
      expect(seen.has(region.code)).toBe(false);
      seen.set(region.code, region.level);
      const key = `${region.parentCode}/${region.name}`;
      expect(siblingNames.has(key)).toBe(false);
      siblingNames.add(key);
    }
    const codeShapes = {
      city: /^\d{6}$/,
      district: /^\d{6}$/,
      street: /^\d{9}$/,
      community: /^\d{12}$/,
      grid: /^\d{12}-\d{2}$/,
    };
    for (const region of regions) expect(region.code).toMatch(codeShapes[region.level]);
  });

  it('should reference only generated grids, buildings and households', () => {
    const city = generateDemoCity({ residents: 20_000, seed: 5 });
    const grids = new Set(city.regions.filter((region) => region.level === 'grid').map((region) => region.code));
    const buildings = new Set<string>();
    for (const building of city.buildings()) {
      expect(grids.has(building.gridCode)).toBe(true);
      expect(buildings.has(building.address)).toBe(false);
      expect(building.address.endsWith(building.name)).toBe(true);
      buildings.add(building.address);
    }
    const households = new Map<string, string>();
    for (const household of city.households()) {
      expect(buildings.has(household.buildingAddress)).toBe(true);
      expect(household.address.startsWith(household.buildingAddress)).toBe(true);
      expect(households.has(household.address)).toBe(false);
      households.set(household.address, household.gridCode);
    }
    for (const place of city.places) expect(grids.has(place.gridCode)).toBe(true);
    // A household's members come one after another, and live in the household's grid.
    const finished = new Set<string>();
    let current = '';
    for (const resident of city.residents()) {
      expect(households.get(resident.householdAddress)).toBe(resident.gridCode);
      if (resident.householdAddress !== current) {
        expect(finished.has(resident.householdAddress)).toBe(false);
        finished.add(current);
        current = resident.householdAddress;
      }
    }
  });

  it('should size households at about 2.6 people and grids at about 400 households', () => {
    const city = generateDemoCity({ residents: 50_000, seed: 6 });
    const perGrid = new Map<string, number>();
    for (const household of city.households())
      perGrid.set(household.gridCode, (perGrid.get(household.gridCode) ?? 0) + 1);
    const households = [...perGrid.values()].reduce((sum, n) => sum + n, 0);
    const mean = 50_000 / households;
    expect(mean).toBeGreaterThan(2.3);
    expect(mean).toBeLessThan(2.9);
    expect(perGrid.size).toBe(city.regions.filter((region) => region.level === 'grid').length);
    for (const size of perGrid.values()) {
      expect(size).toBeGreaterThanOrEqual(300);
      expect(size).toBeLessThanOrEqual(500);
    }
  });

  it('should place every type of place, with unique codes and names, inside the city', () => {
    const { places } = generateDemoCity({ residents: 20_000, seed: 7 });
    expect(new Set(places.map((place) => place.type))).toEqual(new Set(placeTypes));
    expect(new Set(places.map((place) => place.code)).size).toBe(places.length);
    expect(new Set(places.map((place) => place.name)).size).toBe(places.length);
    for (const place of places) {
      expect(Math.abs(place.lng - 113.1)).toBeLessThanOrEqual(0.3);
      expect(Math.abs(place.lat - 27.8)).toBeLessThanOrEqual(0.3);
      expect(place.contactPhone).toMatch(/^1[3-9]\d{9}$/);
    }
    const attributes = Object.fromEntries(places.map((place) => [place.type, Object.keys(place.attributes).sort()]));
    expect(attributes).toMatchObject({
      enterprise: ['headcount'],
      school: ['staff', 'students'],
      hospital: ['beds'],
      elderly_care: ['beds'],
      isolation_site: ['rooms'],
      sampling_point: ['tables'],
    });
  });

  it('should keep at least 20 isolation rooms and one sampling point per 3,000 residents', () => {
    const { places } = generateDemoCity({ residents: 50_000, seed: 8 });
    const rooms = places.reduce((sum, place) => sum + Number(place.attributes.rooms ?? 0), 0);
    expect(rooms).toBeGreaterThanOrEqual(100);
    expect(places.filter((place) => place.type === 'sampling_point').length).toBeGreaterThanOrEqual(50_000 / 3_000);
  });
});
