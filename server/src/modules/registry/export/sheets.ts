import type { Actor } from '../../../core/auth/actor.ts';
import type { Db } from '../../../core/db/database.ts';
import { countPlacesMatching, placesForExport } from '../places.service.ts';
import { placeTypeLabels } from '../vocabulary.ts';
import type { PlaceQuery, ResidentListItem, ResidentQuery } from '../registry.schema.ts';
import { countResidentsMatching, residentsForExport } from '../residents.service.ts';
import { tagLabels } from '../tags.ts';
import type { StartExportBody } from './exports.schema.ts';

export interface Sheet {
  name: string;
  columns: { header: string; key: string; width: number }[];
  /** How many rows the export will have, read as the requesting user (for its progress bar). */
  count(db: Db, actor: Actor): Promise<number>;
  /** Rows ready for the worksheet, page by page, read as the requesting user. */
  pages(db: Db, actor: Actor, unmasked: boolean): AsyncGenerator<Record<string, unknown>[]>;
}

async function* residentRows(
  db: Db,
  actor: Actor,
  filters: Omit<ResidentQuery, 'page' | 'pageSize'>,
  unmasked: boolean,
) {
  for await (const page of residentsForExport(db, actor, { ...filters, page: 1, pageSize: 20 }, unmasked)) {
    yield page.map(residentSheetRow);
  }
}

/** A resident of a list as a worksheet row (other modules' resident lists use the same layout). */
export const residentSheetRow = (r: ResidentListItem): Record<string, unknown> => ({
  ...r,
  sex: r.sex === 'M' ? '男' : '女',
  grid: r.grid.name,
  tags: r.tags.map((t) => tagLabels[t].zh).join('、'),
});

export const residentColumns: Sheet['columns'] = [
  { header: '姓名 Name', key: 'name', width: 12 },
  { header: '身份证号 ID number', key: 'idNumber', width: 22 },
  { header: '性别 Sex', key: 'sex', width: 8 },
  { header: '年龄 Age', key: 'age', width: 8 },
  { header: '联系电话 Phone', key: 'phone', width: 16 },
  { header: '网格 Grid', key: 'grid', width: 16 },
  { header: '住址 Address', key: 'householdAddress', width: 30 },
  { header: '特殊人群 Special needs', key: 'tags', width: 24 },
];

async function* placeRows(db: Db, actor: Actor, filters: Omit<PlaceQuery, 'page' | 'pageSize'>, unmasked: boolean) {
  for await (const page of placesForExport(db, actor, filters, unmasked)) {
    yield page.map((p) => ({
      ...p,
      type: placeTypeLabels[p.type],
      region: p.region.name,
      attributes: JSON.stringify(p.attributes),
    }));
  }
}

/** What each kind of list looks like as a worksheet. */
export function sheetFor(body: StartExportBody): Sheet {
  switch (body.kind) {
    case 'residents':
      return {
        name: '居民 Residents',
        columns: residentColumns,
        count: (db, actor) => countResidentsMatching(db, actor, { ...body.filters, page: 1, pageSize: 20 }),
        pages: (db, actor, unmasked) => residentRows(db, actor, body.filters, unmasked),
      };
    case 'places':
      return {
        name: '场所 Places',
        columns: [
          { header: '编码 Code', key: 'code', width: 10 },
          { header: '类型 Type', key: 'type', width: 12 },
          { header: '名称 Name', key: 'name', width: 28 },
          { header: '所属区划 Region', key: 'region', width: 16 },
          { header: '地址 Address', key: 'address', width: 30 },
          { header: '联系人 Contact', key: 'contactName', width: 10 },
          { header: '联系电话 Phone', key: 'contactPhone', width: 16 },
          { header: '经度 Lng', key: 'lng', width: 10 },
          { header: '纬度 Lat', key: 'lat', width: 10 },
          { header: '属性 Attributes', key: 'attributes', width: 24 },
        ],
        count: (db, actor) => countPlacesMatching(db, actor, body.filters),
        pages: (db, actor, unmasked) => placeRows(db, actor, body.filters, unmasked),
      };
  }
}
