import { describe, expect, it } from 'vitest';
import { layOutGrid } from './layout.ts';
import type { GridPlan } from './plan.ts';

const grid = (village: boolean, clusters: string[]): GridPlan => ({
  index: 0,
  code: '439902101201-01',
  districtIndex: 0,
  residents: 1_040,
  districtName: '江滨区',
  streetName: '石桥镇',
  communityName: village ? '杨家湾村' : '桂花坪社区',
  addressPrefix: village ? '江滨区石桥镇杨家湾村' : '江滨区石桥镇桂花坪社区',
  village,
  clusters,
  location: { lng: 113.1, lat: 27.8 },
});

const households = (buildings: ReturnType<typeof layOutGrid>) => buildings.flatMap((building) => building.households);

describe('grid layout', () => {
  it('should house exactly the grid residents in households of 1-6', () => {
    for (const plan of [grid(false, ['金桂小区', '纺织厂宿舍']), grid(true, ['一组', '二组'])]) {
      const laid = households(layOutGrid(1, plan));
      expect(laid.reduce((sum, household) => sum + household.size, 0)).toBe(1_040);
      expect(laid.every((household) => household.size >= 1 && household.size <= 6)).toBe(true);
    }
  });

  it('should stand every building within a kilometre or so of its grid, compounds together', () => {
    const plan = grid(false, ['金桂小区', '纺织厂宿舍']);
    const buildings = layOutGrid(1, plan).map(({ building }) => building);
    for (const { lng, lat } of buildings) {
      expect(Math.abs(lng - plan.location.lng)).toBeLessThan(0.01);
      expect(Math.abs(lat - plan.location.lat)).toBeLessThan(0.01);
    }
    // The same seed stands the same buildings on the same points.
    expect(layOutGrid(1, plan).map(({ building }) => building)).toEqual(buildings);
    expect(new Set(buildings.map(({ lng, lat }) => `${lng},${lat}`)).size).toBe(buildings.length);
  });

  it('should address flats by compound, building, unit and room', () => {
    const buildings = layOutGrid(1, grid(false, ['金桂小区', '纺织厂宿舍']));
    expect(buildings[0]?.building).toMatchObject({
      address: '江滨区石桥镇桂花坪社区金桂小区1栋',
      gridCode: '439902101201-01',
      name: '1栋',
    });
    for (const { household } of households(buildings)) {
      expect(household.address).toMatch(/^江滨区石桥镇桂花坪社区(金桂小区|纺织厂宿舍)\d+栋\d单元\d{1,2}0\d$/);
    }
  });

  it('should number village houses within their group, one household each', () => {
    const buildings = layOutGrid(1, grid(true, ['一组', '二组']));
    for (const {
      building,
      households: [household, ...others],
    } of buildings) {
      expect(building.address).toMatch(/^江滨区石桥镇杨家湾村[一二]组\d+号$/);
      expect(others).toHaveLength(0);
      expect(household?.household.address).toBe(building.address);
    }
  });

  it('should lay out the same grid the same way every time', () => {
    expect(layOutGrid(5, grid(false, ['金桂小区']))).toEqual(layOutGrid(5, grid(false, ['金桂小区'])));
  });
});
