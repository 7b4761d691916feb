import { newPdf } from '../../../core/pdf/pdf.ts';

/** What a release certificate (解除隔离证明) states. */
export interface CertificateFacts {
  number: string;
  name: string;
  /** Masked: the certificate is shown at gates and workplaces. */
  idNumber: string | null;
  /** Local days (YYYY-MM-DD) of the start and the release. */
  from: string;
  to: string;
  mode: 'centralized' | 'home';
  /** The isolation site (and room), or null at home. */
  place: string | null;
  group: string;
  protocol: { name: string; version: number };
  rules: string[];
  issuingUnit: string;
}

const chineseDay = (day: string) => {
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

const modeWords = { centralized: '集中隔离医学观察', home: '居家隔离医学观察' } as const;

/** The certificate as a one-page A4 PDF in Noto Sans SC. */
export function certificatePdf(c: CertificateFacts): PDFKit.PDFDocument {
  const doc = newPdf({ info: { Title: `解除隔离证明 ${c.number}` } });
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  doc.fontSize(10).fillColor('#555').text(`编号 No. ${c.number}`, { align: 'right' });
  doc.moveDown(2).fontSize(26).fillColor('#000').text('解除隔离证明', { align: 'center', characterSpacing: 6 });
  doc.fontSize(11).fillColor('#555').text('Certificate of Release from Quarantine', { align: 'center' });
  doc.moveDown(2).fontSize(14).fillColor('#000');
  const where = c.place ? `在${c.place}` : '在居所';
  doc.text(
    `兹有 ${c.name}（身份证号 ${c.idNumber ?? '—'}），作为${c.group}，于 ${chineseDay(c.from)} 至 ${chineseDay(c.to)} ` +
      `${where}接受${modeWords[c.mode]}。经核查，隔离期满，符合解除隔离条件，予以解除隔离。`,
    { width, lineGap: 8, indent: 28 },
  );
  doc.moveDown(1.5).fontSize(12);
  const rows: [string, string][] = [
    ['姓名', c.name],
    ['身份证号', c.idNumber ?? '—'],
    ['隔离期限', `${chineseDay(c.from)} — ${chineseDay(c.to)}`],
    ['隔离地点', c.place ?? '居家'],
    ['依据', `${c.protocol.name}（第 ${c.protocol.version} 版）`],
    ['规则', c.rules.join('；')],
  ];
  for (const [label, value] of rows) doc.text(`${label}：${value}`, { width, lineGap: 6 });
  doc.moveDown(3).fontSize(14);
  doc.text(`出具单位：${c.issuingUnit}（盖章）`, { align: 'right' });
  doc.moveDown(0.5).text(`出具日期：${chineseDay(c.to)}`, { align: 'right' });
  return doc;
}
