import type { Random } from './random.ts';
import {
  clanWords,
  communityWords,
  compoundSuffixes,
  compoundWords,
  countyWords,
  districtWords,
  placeHeads,
  placeMiddles,
  placeTails,
  streetWords,
  workUnitWords,
} from './region-words.ts';

export type StreetKind = 'street' | 'town' | 'township';

/** Draws names until one is free among its siblings; the tables make a clash after many tries unlikely. */
export function uniqueName(used: Set<string>, make: () => string): string {
  let name = make();
  for (let attempt = 1; used.has(name); attempt += 1) {
    const candidate = make();
    name = attempt < 1000 ? candidate : `${candidate}${attempt}`;
  }
  used.add(name);
  return name;
}

/** A rural place name: 石桥, 黄泥塘, 杨家湾. */
function ruralWord(random: Random): string {
  const roll = random.next();
  if (roll < 0.35) return `${random.pick(clanWords)}家${random.pick(placeTails)}`;
  if (roll < 0.5) return random.pick(placeHeads) + random.pick(placeMiddles) + random.pick(placeTails);
  return random.pick(placeHeads) + random.pick(placeTails);
}

export function districtName(random: Random, county: boolean): string {
  return county ? `${random.pick(countyWords)}县` : `${random.pick(districtWords)}区`;
}

export function streetName(random: Random, kind: StreetKind): string {
  if (kind === 'town') return `${ruralWord(random)}镇`;
  if (kind === 'township') return `${ruralWord(random)}乡`;
  // Big districts have more streets than the table has words; the rest are named after places.
  return `${random.chance(0.8) ? random.pick(streetWords) : ruralWord(random)}街道`;
}

export function communityName(random: Random, village: boolean): string {
  if (village) return `${ruralWord(random)}村`;
  return `${random.chance(0.5) ? random.pick(communityWords) : ruralWord(random)}社区`;
}

export function compoundName(random: Random): string {
  if (random.chance(0.1)) return `${random.pick(workUnitWords)}宿舍`;
  return random.pick(compoundWords) + random.pick(compoundSuffixes);
}
