import { cityCentre, scatter, type Point } from './geo.ts';
import { chineseNumeral } from './numerals.ts';
import { Random, mixSeed, splitCounts } from './random.ts';
import { communityName, compoundName, districtName, streetName, uniqueName, type StreetKind } from './region-names.ts';
import type { DemoRegion } from './rows.ts';

/** A fictional city: 43 is Hunan's province code, 99 a prefecture number no real city uses. */
export const demoCityRegion: DemoRegion = { code: '439900', name: '湘江市', level: 'city', parentCode: null };

/** Labels of the independent random streams, so that each kind of row can be generated on its own. */
export const streams = { plan: 1, layout: 2, people: 3, places: 4, buildingPoints: 5 } as const;

const residentsPerHousehold = 2.6;
const residentsPerGrid = 400 * residentsPerHousehold;
const householdsPerVillageGroup = 60;

/** One grid and what its rows need: the start of its addresses, its compounds, its district. */
export interface GridPlan {
  index: number;
  code: string;
  districtIndex: number;
  residents: number;
  districtName: string;
  streetName: string;
  communityName: string;
  /** District, street and community names: the start of every address in the grid. */
  addressPrefix: string;
  village: boolean;
  /** The grid's compounds (小区), or in a village its groups (村民小组, e.g. 三组). */
  clusters: string[];
  location: Point;
}

export interface CityPlan {
  regions: DemoRegion[];
  districtCodes: string[];
  grids: GridPlan[];
}

interface Parent {
  code: string;
  names: string[];
  districtIndex: number;
  location: Point;
}

interface TreeCounts {
  streetsPerDistrict: number[];
  communitiesPerStreet: number[];
  gridsPerCommunity: number[];
  residentsPerGrid: number[];
}

/** Plans the region tree for `residents` people: grids of ~400 households, then communities, streets, districts. */
export function planCity(residents: number, seed: number): CityPlan {
  const random = new Random(mixSeed(seed, streams.plan));
  const grids = Math.max(1, Math.round(residents / residentsPerGrid));
  // Big cities have bigger communities and streets: 4 → 5.5 grids and 8 → 10 communities at 10 M.
  const bigness = Math.min(1, residents / 10_000_000);
  const communities = Math.max(1, Math.round(grids / (4 + 1.5 * bigness)));
  const streets = Math.max(1, Math.round(communities / (8 + 2 * bigness)));
  // Real cities stop at about ten districts and counties; bigger ones have bigger districts.
  const districts = Math.min(10, Math.max(1, Math.round(streets / 4)));
  const perGrid = residents / grids;
  const planner = new CityPlanner(random, {
    streetsPerDistrict: splitCounts(random, streets, districts, 3, 10),
    communitiesPerStreet: splitCounts(random, communities, streets, 4, 12),
    gridsPerCommunity: splitCounts(random, grids, communities, 2, 6),
    residentsPerGrid: splitCounts(random, residents, grids, Math.floor(perGrid * 0.85), Math.ceil(perGrid * 1.15)),
  });
  return planner.plan();
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

class CityPlanner {
  private readonly regions: DemoRegion[] = [{ ...demoCityRegion }];
  private readonly grids: GridPlan[] = [];
  private readonly districtCodes: string[] = [];
  private streetCursor = 0;
  private communityCursor = 0;

  constructor(
    private readonly random: Random,
    private readonly counts: TreeCounts,
  ) {}

  plan(): CityPlan {
    const districts = this.counts.streetsPerDistrict.length;
    // About a third are rural counties (县), so that any city with two or more has villages.
    const counties = districts < 2 ? 0 : Math.max(1, Math.floor(districts * 0.35));
    const names = new Set<string>();
    for (let i = 0; i < districts; i += 1) {
      // Administrative codes: urban districts from 02, counties from 21.
      const county = i >= districts - counties;
      const code = demoCityRegion.code.slice(0, 4) + pad(county ? 21 + i - (districts - counties) : 2 + i, 2);
      const name = uniqueName(names, () => districtName(this.random, county));
      this.regions.push({ code, name, level: 'district', parentCode: demoCityRegion.code });
      this.districtCodes.push(code);
      const location = scatter(this.random, cityCentre, i === 0 ? 0.02 : 0.15);
      const district = { code, names: [name], districtIndex: i, location };
      this.planStreets(district, county, this.counts.streetsPerDistrict[i] ?? 0);
    }
    return { regions: this.regions, districtCodes: this.districtCodes, grids: this.grids };
  }

  private planStreets(district: Parent, county: boolean, count: number): void {
    const names = new Set<string>();
    // Code ranges by kind, as in the national scheme: 街道 001-099, 镇 100-199, 乡 200-299.
    const lastCode: Record<StreetKind, number> = { street: 0, town: 100, township: 200 };
    for (let j = 0; j < count; j += 1) {
      const kind = this.streetKind(j, county);
      lastCode[kind] += 1;
      const code = district.code + pad(lastCode[kind], 3);
      const name = uniqueName(names, () => streetName(this.random, kind));
      this.regions.push({ code, name, level: 'street', parentCode: district.code });
      const location = scatter(this.random, district.location, 0.05);
      const street = { ...district, code, names: [...district.names, name], location };
      this.planCommunities(street, kind, this.counts.communitiesPerStreet[this.streetCursor] ?? 0);
      this.streetCursor += 1;
    }
  }

  /** The first street of a district is its seat; counties are mostly towns, urban districts streets. */
  private streetKind(index: number, county: boolean): StreetKind {
    if (index === 0) return 'street';
    if (county) return this.random.chance(0.8) ? 'town' : 'township';
    return this.random.chance(0.85) ? 'street' : 'town';
  }

  private planCommunities(street: Parent, kind: StreetKind, count: number): void {
    const names = new Set<string>();
    // 社区 (residents' committees) 001-199, 村 (villagers' committees) 200-399.
    let lastCommunityCode = 0;
    let lastVillageCode = 200;
    for (let k = 0; k < count; k += 1) {
      const village = kind === 'township' || (kind === 'town' && k > 0 && this.random.chance(0.85));
      const number = village ? (lastVillageCode += 1) : (lastCommunityCode += 1);
      const code = street.code + pad(number, 3);
      const name = uniqueName(names, () => communityName(this.random, village));
      this.regions.push({ code, name, level: 'community', parentCode: street.code });
      const location = scatter(this.random, street.location, 0.012);
      const community = { ...street, code, names: [...street.names, name], location };
      this.planGrids(community, village, this.counts.gridsPerCommunity[this.communityCursor] ?? 0);
      this.communityCursor += 1;
    }
  }

  private planGrids(community: Parent, village: boolean, count: number): void {
    const compoundNames = new Set<string>();
    let lastGroup = 0;
    for (let g = 1; g <= count; g += 1) {
      const code = `${community.code}-${pad(g, 2)}`;
      this.regions.push({ code, name: `第${chineseNumeral(g)}网格`, level: 'grid', parentCode: community.code });
      const residents = this.counts.residentsPerGrid[this.grids.length] ?? 0;
      let clusters: string[];
      if (village) {
        const groups = Math.max(1, Math.round(residents / residentsPerHousehold / householdsPerVillageGroup));
        clusters = Array.from({ length: groups }, () => `${chineseNumeral((lastGroup += 1))}组`);
      } else {
        const compounds = residents < 600 ? 1 : this.random.between(1, 3);
        clusters = Array.from({ length: compounds }, () => uniqueName(compoundNames, () => compoundName(this.random)));
      }
      this.grids.push({
        index: this.grids.length,
        code,
        districtIndex: community.districtIndex,
        residents,
        districtName: community.names[0] ?? '',
        streetName: community.names[1] ?? '',
        communityName: community.names[2] ?? '',
        addressPrefix: community.names.join(''),
        village,
        clusters,
        location: scatter(this.random, community.location, 0.004),
      });
    }
  }
}
