import type { PlacementNote, RoomKind } from './vocabulary.ts';

/*
 * Room suggestions for persons entering a site (DOMAIN.md "Quarantine"): a household stays together (one
 * room with enough beds, else adjacent rooms on one floor), a disabled or elderly person gets an
 * accessible room, and a child or a very old person shares a room with a carer of their household.
 * Pure planning: the caller loads the rooms and persons, and books what it accepts.
 */

/** Below this age a person needs a carer in the room. */
const CHILD_BELOW = 14;
/** From this age a person needs a carer in the room. */
const CARED_FROM = 80;
/** From this age a person gets an accessible room. */
const ACCESSIBLE_FROM = 65;
/** A carer is an adult who needs no carer themselves. */
const ADULT_FROM = 18;
/** Resident tags (特殊人群) that call for an accessible room. */
const accessibleTags = new Set(['disabled', 'elderly_alone']);

export interface PlacementPerson {
  /** The caller's key for the person. */
  ref: string;
  householdId: number | null;
  /** Whole years at the start of quarantine; null when unknown. */
  age: number | null;
  tags: readonly string[];
}

export interface PlacementRoom {
  id: number;
  floor: number;
  number: string;
  kind: RoomKind;
  beds: number;
  /** Empty and free: only such rooms are suggested (strangers do not share a room). */
  available: boolean;
}

export interface SuggestedPlace {
  ref: string;
  roomId: number | null;
  notes: PlacementNote[];
}

const needsCarer = (p: PlacementPerson) => p.age !== null && (p.age < CHILD_BELOW || p.age >= CARED_FROM);
const canCare = (p: PlacementPerson) => p.age !== null && p.age >= ADULT_FROM && p.age < CARED_FROM;
const needsAccessible = (p: PlacementPerson) =>
  p.tags.some((tag) => accessibleTags.has(tag)) || (p.age !== null && p.age >= ACCESSIBLE_FROM);

/** Persons who must share one room: the dependants of a household with one carer, or one person. */
interface Unit {
  members: PlacementPerson[];
  accessible: boolean;
  notes: PlacementNote[];
}

function unitOf(members: PlacementPerson[], notes: PlacementNote[] = []): Unit {
  return { members, accessible: members.some(needsAccessible), notes };
}

function unitsOf(household: PlacementPerson[]): Unit[] {
  const dependants = household.filter(needsCarer);
  if (dependants.length === 0) return household.map((p) => unitOf([p]));
  const carer = household.find(canCare);
  const rest = household.filter((p) => !needsCarer(p) && p !== carer);
  const cared = carer ? unitOf([...dependants, carer], ['with_carer']) : unitOf(dependants, ['no_carer']);
  return [cared, ...rest.map((p) => unitOf([p]))];
}

/** Households in input order, the hardest to place (largest, then needing accessibility) first. */
function householdsOf(persons: PlacementPerson[]): PlacementPerson[][] {
  const byHousehold = new Map<string, PlacementPerson[]>();
  for (const person of persons) {
    const key = person.householdId === null ? `p:${person.ref}` : `h:${person.householdId}`;
    byHousehold.set(key, [...(byHousehold.get(key) ?? []), person]);
  }
  const needs = (h: PlacementPerson[]) => (h.some(needsAccessible) ? 1 : 0);
  return [...byHousehold.values()].sort((a, b) => b.length - a.length || needs(b) - needs(a));
}

const byPosition = (a: PlacementRoom, b: PlacementRoom) =>
  a.floor - b.floor || a.number.localeCompare(b.number, 'en', { numeric: true });

class Rooms {
  private readonly used = new Set<number>();
  readonly floors: PlacementRoom[][];

  constructor(rooms: PlacementRoom[]) {
    const sorted = [...rooms].sort(byPosition);
    const floors = new Map<number, PlacementRoom[]>();
    for (const room of sorted) floors.set(room.floor, [...(floors.get(room.floor) ?? []), room]);
    this.floors = [...floors.values()];
  }

  open(room: PlacementRoom): boolean {
    return room.available && !this.used.has(room.id);
  }

  take(rooms: PlacementRoom[]): void {
    for (const room of rooms) this.used.add(room.id);
  }

  /** The best open room for a unit among `candidates`: fewest empty beds, sparing accessible rooms. */
  best(unit: Unit, candidates: PlacementRoom[], strict: boolean): PlacementRoom | null {
    let best: PlacementRoom | null = null;
    let bestCost = Infinity;
    for (const room of candidates) {
      if (!this.open(room) || room.beds < unit.members.length) continue;
      if (strict && unit.accessible && room.kind !== 'accessible') continue;
      const spared = room.kind === 'accessible' && !unit.accessible ? 100 : 0;
      const cost = room.beds - unit.members.length + spared;
      if (cost < bestCost) [best, bestCost] = [room, cost];
    }
    return best;
  }

  /** Rooms for every unit, chosen one after another from `candidates` (nothing taken unless all fit). */
  fit(units: Unit[], candidates: PlacementRoom[], strict: boolean): PlacementRoom[] | null {
    const chosen: PlacementRoom[] = [];
    const rest = candidates.filter((room) => this.open(room));
    for (const unit of units) {
      const room = this.best(unit, rest, strict);
      if (!room) return null;
      chosen.push(room);
      rest.splice(rest.indexOf(room), 1);
    }
    return chosen;
  }

  /** Rooms for the units side by side on one floor: the first run of adjacent open rooms that fits. */
  adjacent(units: Unit[], strict: boolean): PlacementRoom[] | null {
    for (const floor of this.floors) {
      for (let start = 0; start + units.length <= floor.length; start += 1) {
        const run = floor.slice(start, start + units.length);
        if (!run.every((room) => this.open(room))) continue;
        const chosen = this.fit(units, run, strict);
        if (chosen) return chosen;
      }
    }
    return null;
  }
}

function accessibleNotes(unit: Unit, room: PlacementRoom): PlacementNote[] {
  if (!unit.accessible) return [];
  return [room.kind === 'accessible' ? 'accessible' : 'accessible_unavailable'];
}

function placed(units: Unit[], rooms: PlacementRoom[], together: PlacementNote | null): SuggestedPlace[] {
  return units.flatMap((unit, i) => {
    const room = rooms[i]!;
    const notes = [...(together ? [together] : []), ...unit.notes, ...accessibleNotes(unit, room)];
    return unit.members.map((p) => ({ ref: p.ref, roomId: room.id, notes }));
  });
}

/** One household: together in one room, else adjacent rooms, else wherever each unit fits. */
function placeHousehold(household: PlacementPerson[], rooms: Rooms): SuggestedPlace[] {
  const units = unitsOf(household);
  const whole = unitOf(
    household,
    units.flatMap((u) => u.notes),
  );
  const shared: PlacementNote | null = household.length > 1 ? 'household_room' : null;
  for (const strict of [true, false]) {
    const room = rooms.best(whole, rooms.floors.flat(), strict);
    if (room) {
      rooms.take([room]);
      return placed([whole], [room], shared);
    }
    const side = units.length > 1 ? rooms.adjacent(units, strict) : null;
    if (side) {
      rooms.take(side);
      return placed(units, side, 'household_adjacent');
    }
  }
  return units.flatMap((unit) => {
    const room = rooms.best(unit, rooms.floors.flat(), true) ?? rooms.best(unit, rooms.floors.flat(), false);
    if (!room) return unit.members.map((p) => ({ ref: p.ref, roomId: null, notes: unit.notes }));
    rooms.take([room]);
    return placed([unit], [room], household.length > 1 ? 'household_split' : null);
  });
}

/** Suggests a room for each person (null when none fits), in the order the persons were given. */
export function suggestRooms(persons: PlacementPerson[], rooms: PlacementRoom[]): SuggestedPlace[] {
  const state = new Rooms(rooms);
  const byRef = new Map<string, SuggestedPlace>();
  for (const household of householdsOf(persons)) {
    for (const place of placeHousehold(household, state)) byRef.set(place.ref, place);
  }
  return persons.map((p) => byRef.get(p.ref) ?? { ref: p.ref, roomId: null, notes: [] });
}

/** Whole years from a birth date (YYYY-MM-DD) to a day (YYYY-MM-DD). */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = day.split('-').map(Number);
  return y! - by! - (m! < bm! || (m === bm && d! < bd!) ? 1 : 0);
}
