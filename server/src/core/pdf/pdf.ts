import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FastifyReply } from 'fastify';
import PDFDocument from 'pdfkit';
import { woffToSfnt } from './woff.ts';

/** The name documents use for Noto Sans SC (simplified Chinese, with Latin letters and digits). */
export const CJK_FONT = 'NotoSansSC';

const FONT_FILE = '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff';
let font: Buffer | undefined;

/** Noto Sans SC as a plain font file, read and converted once per process (about 15 ms, 2.5 MB). */
export function cjkFont(): Buffer {
  font ??= woffToSfnt(readFileSync(createRequire(import.meta.url).resolve(FONT_FILE)));
  return font;
}

/** A new PDF document (A4 unless told) writing in Noto Sans SC; only the glyphs used are embedded. */
export function newPdf(options: PDFKit.PDFDocumentOptions = {}): PDFKit.PDFDocument {
  const doc = new PDFDocument({ size: 'A4', margin: 56, ...options });
  doc.registerFont(CJK_FONT, cjkFont());
  doc.font(CJK_FONT);
  return doc;
}

/** Ends the document and resolves with its bytes. */
export function pdfBuffer(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/** Sends the document as the reply, a download named `filename` (any script: UTF-8 encoded). */
export async function sendPdf(reply: FastifyReply, doc: PDFKit.PDFDocument, filename: string): Promise<FastifyReply> {
  const body = await pdfBuffer(doc);
  return reply
    .type('application/pdf')
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`)
    .send(body);
}
