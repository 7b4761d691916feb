import ExcelJS from 'exceljs';
import type { Db } from '../../core/db/database.ts';
import { localDate } from '../../core/time/local-time.ts';
import { levelRules } from '../protocol/risk-levels.ts';
import { levelLabel } from './levels.ts';
import { areaContext, protocolOf, regionNamesOf } from './present.ts';
import { activeAreas } from './riskareas.repository.ts';
import type { PublicArea, PublicList } from './riskareas.schema.ts';

// The published list is read by everyone at once when areas change (DOMAIN.md "Load lessons"): it is
// built at most once per this many milliseconds per process, and rebuilt at once after an approval here.
// Another API process sees an approval at most this late.
const FRESH_MS = 10_000;
const cache = new WeakMap<Db, { at: number; list: Promise<PublicList> }>();

/** Drops the cached list after a decision changed what is published. */
export function forgetPublicList(db: Db): void {
  cache.delete(db);
}

async function buildList(db: Db): Promise<PublicList> {
  const rows = await activeAreas(db);
  const ctx = await areaContext(db, rows);
  const items = rows.map((row): PublicArea => ({
    code: row.code,
    name: row.name,
    level: row.level,
    levelLabel: levelLabel(row.level),
    closure: levelRules(protocolOf(row, ctx), row.level)?.closure ?? null,
    regionNames: regionNamesOf(row.path, ctx),
    since: (row.level_since ?? row.starts_at).toISOString(),
  }));
  return { items, updatedAt: new Date().toISOString() };
}

/**
 * The risk areas in force, as published (风险区名单): code, name, level and where — nothing about the
 * persons in them, nor the reasons (which may name a case).
 */
export function publicList(db: Db): Promise<PublicList> {
  const cached = cache.get(db);
  if (cached && Date.now() - cached.at < FRESH_MS) return cached.list;
  const list = buildList(db);
  cache.set(db, { at: Date.now(), list });
  // A failed build is not kept: the next reader tries again.
  list.catch(() => cache.delete(db));
  return list;
}

const columns = [
  { header: '序号', key: 'no', width: 6 },
  { header: '编号', key: 'code', width: 12 },
  { header: '风险区名称', key: 'name', width: 30 },
  { header: '风险等级', key: 'level', width: 12 },
  { header: '所在区域', key: 'region', width: 40 },
  { header: '起始时间', key: 'since', width: 18 },
];

const localDateTime = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));

/** The published list as an .xlsx (风险区名单), times in the platform's zone. */
export async function publicWorkbook(db: Db, timeZone: string): Promise<{ name: string; content: Buffer }> {
  const { items } = await publicList(db);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('风险区名单');
  sheet.columns = columns;
  items.forEach((area, index) =>
    sheet.addRow({
      no: index + 1,
      code: area.code,
      name: area.name,
      level: area.levelLabel.zh,
      region: area.regionNames.join(''),
      since: localDateTime(area.since, timeZone),
    }),
  );
  const content = Buffer.from(await workbook.xlsx.writeBuffer());
  return { name: `风险区名单-${localDate(new Date(), timeZone)}.xlsx`, content };
}
