import ExcelJS from 'exceljs';
import type { Actor } from '../../core/auth/actor.ts';
import { type AuditContext, appendAudit } from '../../core/audit/audit.ts';
import type { Db } from '../../core/db/database.ts';
import * as repo from './checkpoints.repository.ts';
import type { EntryFilter } from './checkpoints.schema.ts';
import { daySpan, toEntry } from './checkpoints.service.ts';
import type { CheckpointAction, HealthCode, TestProof, VehicleKind } from './vocabulary.ts';

// The wording of checkpoint ledgers (卡口登记台账) as districts keep them.
const kindLabels: Record<VehicleKind, string> = {
  car: '小型客车',
  bus: '大中型客车',
  truck: '货车',
  motorcycle: '摩托车/电动车',
  other: '其他车辆',
  pedestrian: '步行',
};
const codeLabels: Record<HealthCode, string> = { green: '绿码', yellow: '黄码', red: '红码', none: '未出示' };
const proofLabels: Record<TestProof, string> = {
  h24: '24小时内阴性',
  h48: '48小时内阴性',
  h72: '72小时内阴性',
  none: '无',
};
const actionLabels: Record<CheckpointAction, string> = {
  passed: '放行',
  turned_back: '劝返',
  quarantined: '转运隔离',
  tested: '现场采样',
};

// A ledger export is a working list of weeks at most; more belongs in a report.
const MAX_ROWS = 50_000;

/** The filtered entries as .xlsx (identifiers masked), times in the platform's zone, with one audit entry. */
export async function entryWorkbook(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  timeZone: string,
  filter: EntryFilter,
): Promise<{ name: string; content: Buffer }> {
  const span = daySpan(filter, timeZone);
  const { rows } = await repo.entryRows(db, actor, span, timeZone, { limit: MAX_ROWS, offset: 0 });
  await appendAudit(db, audit, {
    action: 'checkpoint.entries.export',
    entity: 'checkpoint_entry',
    summary: { rows: rows.length, filters: span },
  });
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('卡口登记台账');
  sheet.columns = [
    { header: '卡口 Checkpoint', key: 'checkpoint', width: 20 },
    { header: '时间 Time', key: 'at', width: 20 },
    { header: '方向 Direction', key: 'direction', width: 8 },
    { header: '车牌 Plate', key: 'plate', width: 12 },
    { header: '车辆类型 Vehicle', key: 'vehicleKind', width: 12 },
    { header: '来源地 Origin', key: 'origin', width: 16 },
    { header: '目的地 Destination', key: 'destination', width: 16 },
    { header: '人数 Persons', key: 'persons', width: 8 },
    { header: '人员 People', key: 'people', width: 40 },
    { header: '健康码 Health code', key: 'healthCode', width: 10 },
    { header: '核酸证明 Test proof', key: 'testProof', width: 14 },
    { header: '处置 Action', key: 'action', width: 10 },
    { header: '备注 Note', key: 'note', width: 20 },
    { header: '登记人 Recorded by', key: 'recordedBy', width: 12 },
  ];
  for (const entry of rows.map(toEntry)) {
    sheet.addRow({
      ...entry,
      checkpoint: entry.checkpoint.name,
      at: new Date(entry.at).toLocaleString('sv-SE', { timeZone }),
      direction: entry.direction === 'in' ? '进' : '出',
      vehicleKind: kindLabels[entry.vehicleKind],
      people: entry.people.map((p) => [p.name, p.idNumber, p.phone].filter(Boolean).join(' ')).join('；'),
      healthCode: codeLabels[entry.healthCode],
      testProof: proofLabels[entry.testProof],
      action: actionLabels[entry.action],
    });
  }
  const name = `卡口登记台账-${span.from}${span.to === span.from ? '' : `至${span.to}`}.xlsx`;
  return { name, content: Buffer.from(await workbook.xlsx.writeBuffer()) };
}
