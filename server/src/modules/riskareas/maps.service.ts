import type { Actor } from '../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db } from '../../core/db/database.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { type Bbox, bboxOf, type Position, validPosition } from './geometry.ts';
import * as repo from './maps.repository.ts';
import type { GeometryType, ImportMapBody } from './maps.schema.ts';

// How deep positions sit in each geometry's coordinates (a Point's coordinates are one position).
const depth: Record<GeometryType, number> = {
  Point: 0,
  MultiPoint: 1,
  LineString: 1,
  MultiLineString: 2,
  Polygon: 2,
  MultiPolygon: 3,
};

const isPosition = (value: unknown): value is Position =>
  Array.isArray(value) && value.length >= 2 && value.every((n) => typeof n === 'number') && validPosition(value);

/** The positions of coordinates nested `levels` deep, or null when any is not a WGS 84 position. */
function positionsOf(coordinates: unknown, levels: number): Position[] | null {
  if (levels === 0) return isPosition(coordinates) ? [coordinates] : null;
  if (!Array.isArray(coordinates)) return null;
  const positions: Position[] = [];
  for (const part of coordinates) {
    const inner = positionsOf(part, levels - 1);
    if (inner === null) return null;
    positions.push(...inner);
  }
  return positions;
}

function mapBbox(body: ImportMapBody): Bbox {
  const boxes: Bbox[] = [];
  body.features.features.forEach((feature, index) => {
    const positions = positionsOf(feature.geometry.coordinates, depth[feature.geometry.type]);
    const box = positions && bboxOf(positions);
    if (!box) {
      const path = `body.features.features[${index}].geometry.coordinates`;
      throw new AppError(
        'VALIDATION_FAILED',
        { details: `${path}: not ${feature.geometry.type} coordinates in WGS 84 (longitude ±180, latitude ±90)` },
        [{ path, message: 'invalid coordinates' }],
      );
    }
    boxes.push(box);
  });
  return (
    bboxOf(
      boxes.flatMap(([w, s, e, n]) => [
        [w, s],
        [e, n],
      ]),
    ) ?? [0, 0, 0, 0]
  );
}

/** Stores an imported boundary map (GeoJSON) to draw areas on; one audit entry. */
export async function importMap(db: Db, actor: Actor, audit: AuditContext, body: ImportMapBody) {
  const bbox = mapBbox(body);
  return db.transaction().execute(async (trx) => {
    const map = await repo.insertMap(trx, { ...body, bbox, createdBy: actor.userId || null });
    await appendAudit(trx, audit, {
      action: 'riskarea.map.import',
      entity: 'risk_area_map',
      entityId: map.id,
      summary: { name: body.name, features: map.featureCount },
    });
    return map;
  });
}

export const listMaps = (db: Db) => repo.listMaps(db);

export async function getMap(db: Db, id: number) {
  const map = await repo.findMap(db, id);
  if (!map) throw notFound();
  return map;
}

export async function deleteMap(db: Db, audit: AuditContext, id: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const name = await repo.deleteMap(trx, id);
    if (name === null) throw notFound();
    await appendAudit(trx, audit, {
      action: 'riskarea.map.delete',
      entity: 'risk_area_map',
      entityId: id,
      summary: { name },
    });
  });
}
