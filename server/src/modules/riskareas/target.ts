import type { Actor } from '../../core/auth/actor.ts';
import type { Executor } from '../../core/db/database.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { getRegion, pathInScope } from '../regions/regions.service.ts';
import { type AreaGeometry, geometryProblem } from './geometry.ts';
import { findBuilding } from './riskareas.repository.ts';
import type { DesignateBody } from './riskareas.schema.ts';

/** What an area is drawn on, where it sits in the region tree, and the name it gets by default. */
export interface Target {
  regionId: number | null;
  buildingId: number | null;
  polygon: AreaGeometry | null;
  path: string;
  defaultName: string;
}

const invalid = (zh: string, en: string) => new AppError('RISK_AREA_TARGET_INVALID', { reasonZh: zh, reasonEn: en });

async function regionTarget(db: Executor, actor: Actor, regionId: number) {
  // Outside the jurisdiction is the same answer as absent.
  const scoped = await pathInScope(db, actor, regionId);
  if (!scoped) throw notFound();
  const { region } = await getRegion(db, actor, regionId);
  return { path: scoped.path, name: region.name };
}

/**
 * Resolves an area's target: exactly one of a region, a building, or a polygon drawn within a region
 * that holds it (its path is the area's jurisdiction). Each must lie within the caller's jurisdiction.
 */
export async function resolveTarget(db: Executor, actor: Actor, body: DesignateBody): Promise<Target> {
  const { regionId, buildingId, polygon } = body;
  if (buildingId !== undefined) {
    if (regionId !== undefined || polygon !== undefined)
      throw invalid('楼栋、区划、地图范围只能选择其一', 'choose one of a region, a building or a drawn area');
    const building = await findBuilding(db, actor, buildingId);
    if (!building) throw notFound();
    const name = building.name ?? building.address;
    return { regionId: null, buildingId, polygon: null, path: building.path, defaultName: name };
  }
  if (regionId === undefined) {
    throw polygon === undefined
      ? invalid('请选择区划、楼栋或在地图上划定范围', 'choose a region or a building, or draw an area')
      : invalid('地图划定的范围须指定所属区划', 'a drawn area needs the region that holds it');
  }
  if (polygon !== undefined) {
    const problem = geometryProblem(polygon);
    if (problem) throw invalid(...problem);
  }
  const region = await regionTarget(db, actor, regionId);
  return polygon === undefined
    ? { regionId, buildingId: null, polygon: null, path: region.path, defaultName: region.name }
    : { regionId: null, buildingId: null, polygon, path: region.path, defaultName: `${region.name}划定区域` };
}
