import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../../test/world.ts';

const community = {
  type: 'Feature',
  properties: { name: '钟鼓岭社区' },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [113.0, 27.7],
        [113.2, 27.7],
        [113.2, 27.9],
        [113.0, 27.9],
        [113.0, 27.7],
      ],
    ],
  },
};
const road = {
  type: 'Feature',
  properties: null,
  geometry: {
    type: 'LineString',
    coordinates: [
      [112.9, 27.8],
      [113.3, 27.85],
    ],
  },
};

describe('boundary maps imported to draw areas on', () => {
  let world: World;

  beforeAll(async () => {
    world = await openWorld(
      { residents: 200, seed: 33 },
      { proposer: { roles: ['tracing_staff'] }, worker: { roles: ['grid_worker'] } },
    );
  });
  afterAll(() => world.t.close());

  it('should store a FeatureCollection with its bounding box, and give it back whole', async () => {
    const features = { type: 'FeatureCollection', features: [community, road] };
    const created = await world.call('proposer', 'POST', '/risk-areas/maps', { name: '芦淞区边界', features });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ name: '芦淞区边界', featureCount: 2, bbox: [112.9, 27.7, 113.3, 27.9] });
    const list = (await world.call('worker', 'GET', '/risk-areas/maps')).json();
    expect(list.items).toHaveLength(1);
    const map = (await world.call('worker', 'GET', `/risk-areas/maps/${created.json().id}`)).json();
    expect(map.features).toEqual(features);
  });

  it('should refuse coordinates that are not WGS 84 positions of the stated geometry', async () => {
    const projected = {
      ...road,
      geometry: {
        type: 'LineString',
        coordinates: [
          [3_500_000, 12_000_000],
          [3_500_100, 12_000_000],
        ],
      },
    };
    const flat = {
      ...community,
      geometry: {
        type: 'Polygon',
        coordinates: [
          [113, 27.7],
          [113.2, 27.7],
        ],
      },
    };
    for (const feature of [projected, flat]) {
      const refused = await world.call('proposer', 'POST', '/risk-areas/maps', {
        name: '错误',
        features: { type: 'FeatureCollection', features: [community, feature] },
      });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().errors).toEqual([
        { path: 'body.features.features[1].geometry.coordinates', message: 'invalid coordinates' },
      ]);
    }
  });

  it('should let only those who propose areas import or remove maps', async () => {
    const features = { type: 'FeatureCollection', features: [community] };
    expect((await world.call('worker', 'POST', '/risk-areas/maps', { name: '网格', features })).statusCode).toBe(403);
    const { id } = (await world.call('proposer', 'POST', '/risk-areas/maps', { name: '网格', features })).json();
    expect((await world.call('worker', 'DELETE', `/risk-areas/maps/${id}`)).statusCode).toBe(403);
    expect((await world.call('proposer', 'DELETE', `/risk-areas/maps/${id}`)).statusCode).toBe(204);
    expect((await world.call('proposer', 'GET', `/risk-areas/maps/${id}`)).statusCode).toBe(404);
  });
});
