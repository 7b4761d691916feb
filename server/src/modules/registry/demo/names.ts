import type { Sex } from './members.ts';
import { givenNameCharacters, mobilePrefixWeights } from './person-words.ts';
import { weightedTable, type Random } from './random.ts';

const mobilePrefixes = weightedTable(mobilePrefixWeights, 1024);

/** A given name of one or two characters in the fashion of the person's birth years. */
export function givenName(random: Random, sex: Sex, age: number): string {
  const era = age >= 60 ? 'elder' : age >= 25 ? 'middle' : 'young';
  const characters = givenNameCharacters[sex][era];
  const first = random.pick(characters);
  return random.chance(0.15) ? first : first + random.pick(characters);
}

/** An 11-digit mobile number with a real operator prefix. */
export function mobileNumber(random: Random): string {
  return random.pick(mobilePrefixes) + String(random.int(100_000_000)).padStart(8, '0');
}
