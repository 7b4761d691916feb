import { newPdf } from '../../core/pdf/pdf.ts';
import { localDate } from '../../core/time/local-time.ts';
import { severityLabels, wallTime } from './labels.ts';
import type { OrderDetail } from './orders.schema.ts';

const chineseDay = (day: string) => {
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

/** The printable 交办单: number, unit and person, the problem found, the requirement, the deadline, the issuer. */
export function orderPdf(order: OrderDetail, timeZone: string): PDFKit.PDFDocument {
  const doc = newPdf({ info: { Title: `督导检查问题交办单 ${order.displayNumber}` } });
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  doc.fontSize(22).text('督导检查问题交办单', { align: 'center', characterSpacing: 4 });
  doc.moveDown(0.5).fontSize(12).fillColor('#555').text(order.displayNumber, { align: 'center' });
  doc.moveDown(1.5).fillColor('#000').fontSize(13);
  doc.text(`${order.unit.name}：`);
  doc.moveDown(0.5);
  doc.text(
    `${chineseDay(localDate(new Date(order.finding.inspectedAt), timeZone))}，督导检查发现你单位存在以下问题，` +
      `现予交办，请于 ${wallTime(order.deadline, timeZone)} 前整改到位，并将整改情况（附照片）书面反馈。`,
    { width, lineGap: 6, indent: 26 },
  );
  doc.moveDown(1).fontSize(12);
  const rows: [string, string][] = [
    ['发现问题', order.finding.description],
    ['严重程度', severityLabels[order.severity]],
    ['整改要求', order.requirement],
    ['整改期限', wallTime(order.deadline, timeZone)],
    ['责任单位', order.unit.name],
    ['责任人', `${order.responsibleName}${order.responsiblePhone ? `（${order.responsiblePhone}）` : ''}`],
    ['检查人员', order.finding.inspector],
  ];
  for (const [label, value] of rows) doc.text(`${label}：${value}`, { width, lineGap: 6 }).moveDown(0.3);
  doc.moveDown(3).fontSize(13);
  doc.text(`交办人：${order.issuedBy}`, { align: 'right' });
  doc.moveDown(0.5).text(`交办日期：${chineseDay(localDate(new Date(order.issuedAt), timeZone))}`, { align: 'right' });
  doc.moveDown(3).fontSize(12).text('签收人：________________    签收时间：________________');
  return doc;
}
