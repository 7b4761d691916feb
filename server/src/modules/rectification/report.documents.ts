import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { newPdf } from '../../core/pdf/pdf.ts';
import { percent, severityLabels, statusLabels, wallTime } from './labels.ts';
import type { Report } from './reports.schema.ts';

/** The report's sections as plain text: the same wording in the PDF and the DOCX. */
function sections(report: Report, timeZone: string) {
  const f = report.figures;
  const summary = [
    `检查 ${f.inspections} 次，发现问题 ${f.findings} 个，其中现场整改 ${f.fixedOnSpot} 个；`,
    `下发交办单 ${f.orders} 份，已销号 ${f.closed} 份，按期销号 ${f.closedOnTime} 份，超期 ${f.overdue} 份。`,
    `平均每次检查发现问题 ${f.problemsPerInspection ?? '—'} 个，按期销号率 ${percent(f.closedOnTimeShare)}。`,
  ].join('');
  const inspections = {
    headers: ['序号', '检查对象', '检查人', '检查时间', '问题数'],
    rows: report.inspections.map((i, n) => [
      String(n + 1),
      i.target,
      i.inspector,
      wallTime(i.checkedInAt, timeZone),
      String(i.findings),
    ]),
  };
  const orders = {
    headers: ['交办单号', '责任单位', '问题', '程度', '状态', '期限', '销号时间'],
    rows: report.orders.map((o) => [
      o.displayNumber,
      o.unit,
      o.problem,
      severityLabels[o.severity],
      statusLabels[o.status],
      wallTime(o.deadline, timeZone),
      wallTime(o.closedAt, timeZone),
    ]),
  };
  const lead = [
    report.plan ? `检查计划：${report.plan.code} ${report.plan.title}` : null,
    report.team.length > 0 ? `督导组成员：${report.team.join('、')}` : null,
    report.from && report.to ? `时段：${report.from} 至 ${report.to}` : null,
  ].filter((line): line is string => line !== null);
  return { lead, summary, inspections, orders };
}

/** The report as an A4 PDF. */
export function reportPdf(report: Report, timeZone: string): PDFKit.PDFDocument {
  const s = sections(report, timeZone);
  const doc = newPdf({ info: { Title: report.title } });
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  doc.fontSize(18).text(report.title, { align: 'center' }).moveDown(1).fontSize(11);
  for (const line of s.lead) doc.text(line);
  doc.moveDown(0.5).fontSize(12).text(s.summary, { width, lineGap: 5, indent: 24 });
  const table = (title: string, t: { headers: string[]; rows: string[][] }) => {
    doc.moveDown(1).fontSize(14).text(title).moveDown(0.3).fontSize(9);
    doc.text(t.headers.join(' ｜ '), { width });
    for (const row of t.rows) doc.text(row.join(' ｜ '), { width, lineGap: 2 });
    if (t.rows.length === 0) doc.text('（无）');
  };
  table('一、检查情况', s.inspections);
  table('二、交办整改情况', s.orders);
  return doc;
}

const cell = (text: string, bold = false) =>
  new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold, font: 'SimSun', size: 20 })] })] });

const docxTable = (t: { headers: string[]; rows: string[][] }) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: t.headers.map((h) => cell(h, true)) }),
      ...t.rows.map((row) => new TableRow({ children: row.map((text) => cell(text)) })),
    ],
  });

/** The report as a Word document (.docx), for the office to edit into its own bulletin. */
export function reportDocx(report: Report, timeZone: string): Promise<Buffer> {
  const s = sections(report, timeZone);
  const para = (text: string) => new Paragraph({ children: [new TextRun({ text, font: 'SimSun', size: 24 })] });
  const document = new Document({
    creator: 'Fangkong',
    title: report.title,
    sections: [
      {
        children: [
          new Paragraph({ text: report.title, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
          ...s.lead.map(para),
          para(s.summary),
          new Paragraph({ text: '一、检查情况', heading: HeadingLevel.HEADING_1 }),
          docxTable(s.inspections),
          new Paragraph({ text: '二、交办整改情况', heading: HeadingLevel.HEADING_1 }),
          docxTable(s.orders),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
