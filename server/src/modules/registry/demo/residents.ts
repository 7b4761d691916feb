import type { SpecialNeedsTag } from '../vocabulary.ts';
import type { IdNumberAllocator } from './id-numbers.ts';
import type { LaidHousehold } from './layout.ts';
import { composeHousehold, type Member } from './members.ts';
import { givenName, mobileNumber } from './names.ts';
import type { Random } from './random.ts';
import type { DemoResident } from './rows.ts';

/** The residents of one household, members consecutive, with names, ID numbers, phones and tags. */
export function householdResidents(
  random: Random,
  ids: IdNumberAllocator,
  districtIndex: number,
  { household, size }: LaidHousehold,
): DemoResident[] {
  return composeHousehold(random, size).map((member) => {
    const daysAgo = member.age * 365 + Math.floor(member.age / 4) + random.int(365);
    return {
      idNumber: ids.issue(districtIndex, daysAgo, member.sex),
      name: member.surname + givenName(random, member.sex, member.age),
      phone: mobilePhone(random, member.age),
      householdAddress: household.address,
      gridCode: household.gridCode,
      tags: specialNeeds(random, member),
    };
  });
}

/** Most adults have a mobile; fewer of the very old, some teenagers, no young children. */
function mobilePhone(random: Random, age: number): string | null {
  const share = age < 12 ? 0 : age < 18 ? 0.5 : age < 60 ? 0.93 : age < 75 ? 0.75 : 0.45;
  return random.chance(share) ? mobileNumber(random) : null;
}

/**
 * Special-needs tags at rough national rates: disability about 1.5% (higher among the old), pregnancy
 * about 1% of women 20-40, dialysis 0.05%, chemotherapy 0.1%, severe mental illness 0.3%.
 */
function specialNeeds(random: Random, { sex, age, livesAlone }: Member): SpecialNeedsTag[] {
  const tags: SpecialNeedsTag[] = [];
  if (livesAlone === 'elderly') tags.push('elderly_alone');
  if (livesAlone === 'minor') tags.push('minor_alone');
  if (sex === 'F' && age >= 20 && age <= 40 && random.chance(0.01)) tags.push('pregnant');
  if (random.chance(age >= 60 ? 0.04 : 0.009)) tags.push('disabled');
  const roll = random.next();
  if (roll < 0.0005) tags.push('dialysis');
  else if (roll < 0.0015) tags.push('chemotherapy');
  else if (roll < 0.0045) {
    if (age >= 12) tags.push('psychiatric');
  } else if (roll < 0.0065) tags.push('other');
  return tags;
}
