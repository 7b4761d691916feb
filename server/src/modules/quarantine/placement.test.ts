import { describe, expect, it } from 'vitest';
import { ageOn, type PlacementPerson, type PlacementRoom, suggestRooms } from './placement.ts';

let nextId = 1;
function room(number: string, kind: PlacementRoom['kind'] = 'single', beds = 1, available = true): PlacementRoom {
  return { id: nextId++, floor: Number(number.slice(0, -2)), number, kind, beds, available };
}
function person(ref: string, age: number, householdId: number | null = null, tags: string[] = []): PlacementPerson {
  return { ref, householdId, age, tags };
}
const roomOf = (places: ReturnType<typeof suggestRooms>, ref: string) => places.find((p) => p.ref === ref)?.roomId;

describe('room suggestions', () => {
  it('should keep a household in one multi room with enough beds, sparing single rooms', () => {
    const rooms = [room('301'), room('302'), room('303', 'multi', 3)];
    const places = suggestRooms([person('a', 40, 1), person('b', 38, 1), person('c', 30)], rooms);
    expect(roomOf(places, 'a')).toBe(rooms[2]!.id);
    expect(roomOf(places, 'b')).toBe(rooms[2]!.id);
    expect(places[0]!.notes).toEqual(['household_room']);
    expect(roomOf(places, 'c')).toBe(rooms[0]!.id);
  });

  it('should put a household in adjacent rooms on one floor when no room holds it', () => {
    // 402 is taken, so 401/403 are not side by side; 501 and 502 are.
    const rooms = [room('401'), room('402', 'single', 1, false), room('403'), room('501'), room('502')];
    const places = suggestRooms([person('a', 40, 7), person('b', 41, 7)], rooms);
    expect([roomOf(places, 'a'), roomOf(places, 'b')].sort()).toEqual([rooms[3]!.id, rooms[4]!.id].sort());
    expect(places[0]!.notes).toEqual(['household_adjacent']);
  });

  it('should keep a child and an elderly person in one room with a carer of their household', () => {
    const rooms = [room('301'), room('302'), room('303', 'multi', 3)];
    const family = [person('child', 6, 2), person('granny', 84, 2), person('mother', 35, 2), person('father', 37, 2)];
    const places = suggestRooms(family, rooms);
    const shared = roomOf(places, 'child');
    expect(shared).toBe(rooms[2]!.id);
    expect(roomOf(places, 'granny')).toBe(shared);
    expect([roomOf(places, 'mother'), roomOf(places, 'father')]).toContain(shared);
    // The grandmother (84) would have an accessible room, but the site has none.
    expect(places.find((p) => p.ref === 'child')?.notes).toEqual([
      'household_adjacent',
      'with_carer',
      'accessible_unavailable',
    ]);
  });

  it('should say when a child has no carer in the list', () => {
    const places = suggestRooms([person('kid', 9, 3)], [room('301')]);
    expect(places[0]).toMatchObject({ roomId: expect.any(Number), notes: ['no_carer'] });
  });

  it('should give accessible rooms to disabled and elderly persons, and keep them for those who need them', () => {
    const rooms = [room('101', 'accessible'), room('102'), room('103', 'accessible')];
    const places = suggestRooms(
      [person('young', 30), person('old', 70), person('wheelchair', 40, null, ['disabled'])],
      rooms,
    );
    expect(roomOf(places, 'young')).toBe(rooms[1]!.id);
    expect(places.find((p) => p.ref === 'old')?.notes).toEqual(['accessible']);
    expect(places.find((p) => p.ref === 'wheelchair')?.notes).toEqual(['accessible']);
  });

  it('should place an elderly person in an ordinary room when no accessible room is free, and say so', () => {
    const places = suggestRooms([person('old', 66)], [room('201')]);
    expect(places[0]).toMatchObject({ roomId: expect.any(Number), notes: ['accessible_unavailable'] });
  });

  it('should leave persons unplaced when rooms run out, and never use an occupied room', () => {
    const rooms = [room('301', 'multi', 2, false), room('302')];
    const places = suggestRooms([person('a', 30), person('b', 31)], rooms);
    expect(places.map((p) => p.roomId)).toEqual([rooms[1]!.id, null]);
  });

  it('should split a household over rooms when nothing keeps it together', () => {
    const rooms = [room('301'), room('401')];
    const places = suggestRooms([person('a', 30, 9), person('b', 31, 9)], rooms);
    expect(places.map((p) => p.notes)).toEqual([['household_split'], ['household_split']]);
    expect(new Set(places.map((p) => p.roomId)).size).toBe(2);
  });
});

describe('age', () => {
  it('should count whole years to the day', () => {
    expect(ageOn('2008-06-15', '2022-06-14')).toBe(13);
    expect(ageOn('2008-06-15', '2022-06-15')).toBe(14);
  });
});
