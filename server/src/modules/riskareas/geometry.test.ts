import { describe, expect, it } from 'vitest';
import { type AreaGeometry, containsPoint, geometryBbox, geometryProblem, MAX_POINTS, type Ring } from './geometry.ts';

// A 1° square around (113.5, 27.5) with a 0.2° square hole in its middle.
const outline: Ring = [
  [113, 27],
  [114, 27],
  [114, 28],
  [113, 28],
  [113, 27],
];
const hole: Ring = [
  [113.4, 27.4],
  [113.6, 27.4],
  [113.6, 27.6],
  [113.4, 27.6],
  [113.4, 27.4],
];
const square: AreaGeometry = { type: 'Polygon', coordinates: [outline] };
const withHole: AreaGeometry = { type: 'Polygon', coordinates: [outline, hole] };
const english = (geometry: AreaGeometry) => geometryProblem(geometry)?.[1];

describe('areas drawn on a map', () => {
  it('should find a point inside the outline and outside it', () => {
    expect(containsPoint(square, 113.5, 27.5)).toBe(true);
    expect(containsPoint(square, 112.9, 27.5)).toBe(false);
    expect(containsPoint(square, 113.5, 28.1)).toBe(false);
  });

  it('should leave out the points of a hole', () => {
    expect(containsPoint(withHole, 113.5, 27.5)).toBe(false);
    expect(containsPoint(withHole, 113.2, 27.5)).toBe(true);
  });

  it('should test each polygon of a MultiPolygon', () => {
    const far: Ring = outline.map(([lng = 0, lat = 0]) => [lng + 2, lat]);
    const both: AreaGeometry = { type: 'MultiPolygon', coordinates: [[outline, hole], [far]] };
    expect(containsPoint(both, 115.5, 27.5)).toBe(true);
    expect(containsPoint(both, 113.5, 27.5)).toBe(false);
    expect(containsPoint(both, 114.5, 27.5)).toBe(false);
    expect(geometryBbox(both)).toEqual([113, 27, 116, 28]);
  });

  it('should follow a concave outline', () => {
    // An L shape: the notch at the upper right is outside.
    const ell: AreaGeometry = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [2, 0],
          [2, 1],
          [1, 1],
          [1, 2],
          [0, 2],
          [0, 0],
        ],
      ],
    };
    expect(containsPoint(ell, 0.5, 1.5)).toBe(true);
    expect(containsPoint(ell, 1.5, 0.5)).toBe(true);
    expect(containsPoint(ell, 1.5, 1.5)).toBe(false);
  });

  it('should accept a closed ring of four points or more', () => {
    expect(geometryProblem(withHole)).toBeNull();
  });

  it('should refuse a ring that is not closed', () => {
    expect(english({ type: 'Polygon', coordinates: [outline.slice(0, 4)] })).toMatch(/not closed/);
  });

  it('should refuse a ring of fewer than four points', () => {
    expect(english({ type: 'Polygon', coordinates: [[outline[0]!, outline[1]!, outline[0]!]] })).toMatch(/at least 4/);
    expect(english({ type: 'Polygon', coordinates: [] })).toMatch(/no outline/);
  });

  it('should refuse coordinates outside longitude and latitude', () => {
    const north = outline.map(([lng = 0, lat = 0]) => [lng, lat + 70]);
    expect(english({ type: 'Polygon', coordinates: [north] })).toMatch(/out of range/);
    expect(english({ type: 'Polygon', coordinates: [[[Number.NaN, 0], ...outline]] })).toMatch(/out of range/);
  });

  it('should refuse more points than the cap', () => {
    const many: Ring = Array.from({ length: MAX_POINTS }, (_, i) => [
      Math.cos((i / MAX_POINTS) * 2 * Math.PI),
      Math.sin((i / MAX_POINTS) * 2 * Math.PI),
    ]);
    const ring = [...many, many[0]!];
    expect(english({ type: 'Polygon', coordinates: [ring] })).toMatch(/too many points \(5001/);
  });
});
