import { type Point, scatter } from './geo.ts';
import { streams, type GridPlan } from './plan.ts';
import { Random, mixSeed, splitCounts, weightedTable } from './random.ts';
import type { DemoBuilding, DemoHousehold } from './rows.ts';

export interface LaidHousehold {
  household: DemoHousehold;
  size: number;
}

export interface LaidBuilding {
  building: DemoBuilding;
  households: LaidHousehold[];
}

// Household sizes after the 2020 census (1 person 25%, 2 30%, 3 21%, ...; 6 stands for 6+): mean ≈ 2.6.
const householdSizes = weightedTable([
  [1, 25.4],
  [2, 29.7],
  [3, 21.0],
  [4, 13.2],
  [5, 6.2],
  [6, 4.5],
]);

type Range = readonly [number, number];
interface BuildingStyle {
  units: Range;
  floors: Range;
  roomsPerFloor: Range;
}

/** Compounds are built in one style: old walk-ups (多层), mid-rise (小高层) or high-rise (高层). */
const buildingStyles: readonly BuildingStyle[] = [
  { units: [2, 6], floors: [5, 7], roomsPerFloor: [2, 2] },
  { units: [2, 4], floors: [9, 12], roomsPerFloor: [2, 2] },
  { units: [2, 3], floors: [18, 33], roomsPerFloor: [2, 4] },
];
const occupancy = 0.9; // some flats stand empty

/**
 * Lays out one grid: its buildings and their households with their sizes, summing exactly to the
 * grid's residents. Each grid has its own random stream, so any grid can be laid out on its own.
 */
export function layOutGrid(seed: number, grid: GridPlan): LaidBuilding[] {
  const random = new Random(mixSeed(seed, streams.layout, grid.index));
  const sizes = drawHouseholdSizes(random, grid.residents);
  const average = sizes.length / grid.clusters.length;
  const perCluster = splitCounts(
    random,
    sizes.length,
    grid.clusters.length,
    Math.floor(average * 0.6),
    Math.ceil(average * 1.4),
  );
  // Points come from a stream of their own: the addresses and sizes stay those of a city laid out without them.
  const points = new Random(mixSeed(seed, streams.buildingPoints, grid.index));
  const buildings: LaidBuilding[] = [];
  let start = 0;
  grid.clusters.forEach((cluster, i) => {
    const end = start + (perCluster[i] ?? 0);
    const clusterSizes = sizes.slice(start, end);
    start = end;
    const at: Placer = { random: points, centre: scatter(points, grid.location, 0.003) };
    const prefix = grid.addressPrefix + cluster;
    if (grid.village) layOutHouses(random, at, grid.code, prefix, clusterSizes, buildings);
    else layOutCompound(random, at, grid.code, prefix, clusterSizes, buildings);
  });
  return buildings;
}

/** Where a compound's or village group's buildings stand: around its centre, within a few hundred metres. */
interface Placer {
  random: Random;
  centre: Point;
}

const placeBuilding = (at: Placer): Point => scatter(at.random, at.centre, 0.0008);

/** Household sizes until the grid's residents are used up; the last household takes what is left. */
function drawHouseholdSizes(random: Random, residents: number): number[] {
  const sizes: number[] = [];
  for (let left = residents; left > 0;) {
    const size = Math.min(random.pick(householdSizes), left);
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

/** Flats of a compound: '…金桂小区3栋2单元501', filled building by building, some left empty. */
function layOutCompound(
  random: Random,
  at: Placer,
  gridCode: string,
  prefix: string,
  sizes: number[],
  out: LaidBuilding[],
): void {
  const style = random.pick(buildingStyles);
  let next = 0;
  for (let number = 1; next < sizes.length; number += 1) {
    const name = `${number}栋`;
    const building = { address: prefix + name, gridCode, name, ...placeBuilding(at) };
    const households: LaidHousehold[] = [];
    for (const room of flats(random, style)) {
      if (next >= sizes.length) break;
      if (!random.chance(occupancy)) continue;
      const household = { address: building.address + room, buildingAddress: building.address, gridCode };
      households.push({ household, size: sizes[next] ?? 1 });
      next += 1;
    }
    if (households.length > 0) out.push({ building, households });
  }
}

/** Room labels of one building in the style: '2单元501', '1单元1203'. */
function flats(random: Random, style: BuildingStyle): string[] {
  const units = random.between(...style.units);
  const floors = random.between(...style.floors);
  const roomsPerFloor = random.between(...style.roomsPerFloor);
  const labels: string[] = [];
  for (let unit = 1; unit <= units; unit += 1) {
    for (let floor = 1; floor <= floors; floor += 1) {
      for (let room = 1; room <= roomsPerFloor; room += 1) labels.push(`${unit}单元${floor}0${room}`);
    }
  }
  return labels;
}

/** A village group's houses, one household each, with house numbers: '…杨家湾村三组12号'. */
function layOutHouses(
  random: Random,
  at: Placer,
  gridCode: string,
  prefix: string,
  sizes: number[],
  out: LaidBuilding[],
): void {
  let number = 0;
  for (const size of sizes) {
    // Numbers skip now and then, where a house was pulled down or stands empty.
    number += random.chance(0.9) ? 1 : 2;
    const name = `${number}号`;
    const address = prefix + name;
    out.push({
      building: { address, gridCode, name, ...placeBuilding(at) },
      households: [{ household: { address, buildingAddress: address, gridCode }, size }],
    });
  }
}
