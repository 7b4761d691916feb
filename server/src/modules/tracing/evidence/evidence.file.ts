import { createHash } from 'node:crypto';
import { field, type FieldSpec } from '../../registry/import/fields.ts';

// Headers the health-code system and the carriers actually use, zh-CN first.
export const venueScanColumns: FieldSpec[] = [
  field('placeCode', true, 'Place code', '场所编码', '场所码', '场所代码', 'place_code'),
  field('scannedAt', true, 'Scanned at', '扫码时间', '时间', 'scanned_at', 'time'),
  field('idNumber', true, 'ID number', '身份证号', '身份证号码', '证件号码', 'id_number'),
  field('name', false, 'Name', '姓名'),
  field('phone', false, 'Phone', '手机号', '手机号码', '联系电话'),
];

export const locationColumns: FieldSpec[] = [
  field('phone', true, 'Phone', '手机号', '手机号码'),
  field('cell', true, 'Cell', '基站/网格编码', '基站编码', '网格编码', '基站', '网格', 'cell_code'),
  field('seenAt', true, 'Seen at', '时间', '出现时间', '定位时间', 'seen_at', 'time'),
];

/**
 * The scan id of a file row, which has none: a name-based UUID (RFC 9562 version 8 over SHA-256) of the
 * place, the time and the ID number, so importing the same file again stores nothing twice.
 */
export function fileScanId(placeId: number, at: Date, idNumber: string): string {
  const hash = createHash('sha256').update(`venue_scan|${placeId}|${at.toISOString()}|${idNumber}`).digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x80;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
