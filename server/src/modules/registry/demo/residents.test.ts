import { describe, expect, it } from 'vitest';
import { parseIdNumber } from '../id-number.ts';
import type { SpecialNeedsTag } from '../vocabulary.ts';
import { demoReferenceDate, generateDemoCity } from './index.ts';
import { givenNameCharacters } from './person-words.ts';

const residents = [...generateDemoCity({ residents: 50_000, seed: 11 }).residents()];
const people = residents.map((resident) => {
  const info = parseIdNumber(resident.idNumber);
  if (typeof info === 'string') throw new Error(`${resident.idNumber}: ${info}`);
  const age = Number(demoReferenceDate.slice(0, 4)) - Number(info.birthDate.slice(0, 4));
  return { ...resident, ...info, age };
});
const share = (part: number, whole: number): number => part / whole;

describe('demo residents', () => {
  it('should carry valid, unique ID numbers born no later than the reference date', () => {
    expect(new Set(residents.map((resident) => resident.idNumber)).size).toBe(residents.length);
    expect(people.every((person) => person.birthDate <= demoReferenceDate)).toBe(true);
    const districts = new Set(
      generateDemoCity({ residents: 50_000, seed: 11 })
        .regions.filter((region) => region.level === 'district')
        .map((region) => region.code),
    );
    expect(people.every((person) => districts.has(person.idNumber.slice(0, 6)))).toBe(true);
  });

  it('should split the sexes about evenly and name people after their sex', () => {
    expect(share(people.filter((person) => person.sex === 'M').length, people.length)).toBeCloseTo(0.5, 1);
    const characters = {
      M: new Set(Object.values(givenNameCharacters.M).flat()),
      F: new Set(Object.values(givenNameCharacters.F).flat()),
    };
    // The last character always belongs to the given name, whatever the length of the surname.
    expect(people.every((person) => characters[person.sex].has(person.name.slice(-1)))).toBe(true);
  });

  it('should have a plausible age structure: children, working age and 15-22% aged 60 or more', () => {
    const elderly = share(people.filter((person) => person.age >= 60).length, people.length);
    const children = share(people.filter((person) => person.age < 15).length, people.length);
    expect(elderly).toBeGreaterThan(0.15);
    expect(elderly).toBeLessThan(0.22);
    expect(children).toBeGreaterThan(0.12);
    expect(children).toBeLessThan(0.22);
    expect(Math.max(...people.map((person) => person.age))).toBeLessThanOrEqual(101);
  });

  it('should give most adults a mobile and young children none', () => {
    const adults = people.filter((person) => person.age >= 18);
    expect(share(adults.filter((person) => person.phone !== null).length, adults.length)).toBeGreaterThan(0.8);
    expect(share(adults.filter((person) => person.phone !== null).length, adults.length)).toBeLessThan(0.92);
    expect(people.filter((person) => person.age < 10 && person.phone !== null)).toHaveLength(0);
    for (const person of people) if (person.phone !== null) expect(person.phone).toMatch(/^1[3-9]\d{9}$/);
  });

  it('should share the surname within most households', () => {
    const surnames = new Map<string, Set<string>>();
    for (const person of people) {
      const set = surnames.get(person.householdAddress) ?? new Set();
      set.add(person.name.slice(0, 1));
      surnames.set(person.householdAddress, set);
    }
    const sizes = [...surnames.values()].map((set) => set.size);
    expect(share(sizes.filter((size) => size <= 2).length, sizes.length)).toBeGreaterThan(0.85);
  });

  it('should tag special needs at plausible rates', () => {
    const tagged = (tag: SpecialNeedsTag) => people.filter((person) => person.tags.includes(tag));
    const rate = (tag: SpecialNeedsTag) => share(tagged(tag).length, people.length);
    expect(rate('disabled')).toBeGreaterThan(0.01);
    expect(rate('disabled')).toBeLessThan(0.02);
    expect(rate('psychiatric')).toBeGreaterThan(0.001);
    expect(rate('psychiatric')).toBeLessThan(0.006);
    expect(rate('dialysis')).toBeLessThan(0.002);
    expect(tagged('chemotherapy').length).toBeGreaterThan(0);
    expect(rate('elderly_alone')).toBeGreaterThan(0.01);
    expect(rate('elderly_alone')).toBeLessThan(0.04);
    expect(tagged('elderly_alone').every((person) => person.age >= 65)).toBe(true);
    expect(tagged('minor_alone').every((person) => person.age < 18)).toBe(true);
    expect(tagged('pregnant').every((person) => person.sex === 'F' && person.age >= 19 && person.age <= 41)).toBe(true);
    const youngWomen = people.filter((person) => person.sex === 'F' && person.age >= 20 && person.age <= 40);
    expect(share(tagged('pregnant').length, youngWomen.length)).toBeGreaterThan(0.005);
    expect(share(tagged('pregnant').length, youngWomen.length)).toBeLessThan(0.02);
    // Everyone living alone at 65 or more is tagged, and they live alone.
    const householdSizes = new Map<string, number>();
    for (const person of people)
      householdSizes.set(person.householdAddress, (householdSizes.get(person.householdAddress) ?? 0) + 1);
    expect(tagged('elderly_alone').every((person) => householdSizes.get(person.householdAddress) === 1)).toBe(true);
  });
});
