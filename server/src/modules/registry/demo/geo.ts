import type { Random } from './random.ts';

export interface Point {
  lng: number;
  lat: number;
}

/** The fictional city's centre; everything lies within ±0.3° of it. */
export const cityCentre: Point = { lng: 113.1, lat: 27.8 };
const maxOffset = 0.3;

function within(value: number, centre: number): number {
  const clamped = Math.min(centre + maxOffset, Math.max(centre - maxOffset, value));
  // Six decimals (about 0.1 m) keep coordinates short and byte-for-byte stable in CSV.
  return Math.round(clamped * 1e6) / 1e6;
}

/** A point scattered around `centre` (up to 1.5 × spread in each direction), kept in the city's box. */
export function scatter(random: Random, centre: Point, spread: number): Point {
  return {
    lng: within(centre.lng + random.bell() * spread, cityCentre.lng),
    lat: within(centre.lat + random.bell() * spread, cityCentre.lat),
  };
}
