import { surnameWeights } from './person-words.ts';
import { weightedTable, type Random } from './random.ts';

export type Sex = 'M' | 'F';

/** Who lives in a household, before names and numbers are given. */
export interface Member {
  sex: Sex;
  age: number;
  surname: string;
  livesAlone: 'elderly' | 'minor' | null;
}

type Range = readonly [number, number];

/** A household shape: one or two adults (a couple), their children and the elders living with them. */
interface Shape {
  adults: 1 | 2;
  age: Range;
  children?: number;
  elders?: number;
  /** Age gap to the children: about a generation, two for grandparents raising grandchildren. */
  childGap?: Range;
  alone?: 'elderly' | 'minor';
}

const generation: Range = [22, 34];
const couple = (age: Range, children = 0, elders = 0): Shape => ({ adults: 2, age, children, elders });

/** Shapes by household size with weights, tuned so that about 18% of people are 60 or over. */
const shapesBySize: readonly (readonly (readonly [Shape, number])[])[] = [
  [
    [{ adults: 1, age: [65, 92], alone: 'elderly' }, 20],
    [{ adults: 1, age: [14, 17], alone: 'minor' }, 0.5],
    [{ adults: 1, age: [20, 40] }, 50],
    [{ adults: 1, age: [41, 64] }, 29.5],
  ],
  [
    [couple([60, 85]), 33],
    [couple([22, 59]), 33],
    [{ adults: 1, age: [28, 55], children: 1 }, 14],
    [{ adults: 1, age: [55, 75], children: 1, childGap: [45, 60] }, 5],
    [{ adults: 1, age: [30, 58], elders: 1 }, 15],
  ],
  [
    [couple([25, 55], 1), 82],
    [couple([28, 50], 0, 1), 18],
  ],
  [
    [couple([28, 50], 2), 55],
    [couple([28, 50], 1, 1), 45],
  ],
  [
    [couple([26, 45], 1, 2), 50],
    [couple([28, 48], 2, 1), 40],
    [couple([30, 45], 3), 10],
  ],
  [
    [couple([26, 45], 2, 2), 80],
    [couple([28, 45], 3, 1), 20],
  ],
];
const shapeTables = shapesBySize.map((shapes) => weightedTable(shapes, 1024));
const surnames = weightedTable(surnameWeights, 8192);

export function drawSurname(random: Random): string {
  return random.pick(surnames);
}

/** The members of a household of `size` (1-6): sexes, ages and surnames that fit together. */
export function composeHousehold(random: Random, size: number): Member[] {
  const shape = random.pick(shapeTables[Math.min(size, shapeTables.length) - 1] ?? []);
  const age = random.between(...shape.age);
  const surname = drawSurname(random);
  const members: Member[] = [];
  let motherSurname = surname;
  if (shape.adults === 2) {
    // The husband is usually a little older; the wife keeps her own surname.
    motherSurname = drawSurname(random);
    members.push({ sex: 'M', age: Math.min(99, age + random.between(0, 3)), surname, livesAlone: null });
    members.push({ sex: 'F', age: Math.max(20, age - random.between(0, 2)), surname: motherSurname, livesAlone: null });
  } else {
    const sex = shape.alone === 'elderly' ? (random.chance(0.6) ? 'F' : 'M') : randomSex(random);
    members.push({ sex, age, surname, livesAlone: shape.alone ?? null });
  }
  const gap = shape.childGap ?? generation;
  for (let i = 0; i < (shape.children ?? 0); i += 1) {
    const childAge = age - random.between(...gap);
    // Parents too young for the drawn gap have younger children, not negative ages.
    const fitted = childAge >= 0 ? childAge : random.int(Math.max(1, age - gap[0] + 1));
    members.push({
      sex: randomSex(random),
      age: fitted,
      surname: random.chance(0.9) ? surname : motherSurname,
      livesAlone: null,
    });
  }
  const elders = shape.elders ?? 0;
  // His parents more often than hers; an elder's surname follows the father's side.
  const elderSurname = random.chance(0.75) ? surname : motherSurname;
  for (let i = 0; i < elders; i += 1) {
    const sex: Sex = elders === 2 ? (i === 0 ? 'M' : 'F') : random.chance(0.6) ? 'F' : 'M';
    const elderAge = Math.min(99, age + random.between(...generation));
    members.push({ sex, age: elderAge, surname: sex === 'M' ? elderSurname : drawSurname(random), livesAlone: null });
  }
  return members;
}

function randomSex(random: Random): Sex {
  return random.chance(0.5) ? 'M' : 'F';
}
