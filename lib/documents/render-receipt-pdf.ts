/**
 * The itinerary receipt as a PDF (Agreement 4.9): the traveller(s), the reference, every item with its
 * local times and zone, the ticket numbers and vouchers, the price lines and totals, how it was paid,
 * the agreement version and each item's rules, all in the order's language.
 *
 * The text is set in DejaVu Sans, embedded (subset) from the `dejavu-fonts-ttf` package: it covers
 * Latin with Azerbaijani (ə ş ğ ı), Cyrillic with Kazakh (ә ғ қ ң ө ұ ү һ і), and the PDF's text can
 * be copied and searched. The fonts are read from node_modules at run time, never served publicly.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { intlLocale } from '@/lib/i18n/locales';
import type { Itinerary } from './load-itinerary';
import { buildReceiptView, type ReceiptView } from './receipt-view';

const FONT_DIR = path.join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf');

function documentFonts(): { regular: string; bold: string } {
  const regular = path.join(FONT_DIR, 'DejaVuSans.ttf');
  const bold = path.join(FONT_DIR, 'DejaVuSans-Bold.ttf');
  if (!existsSync(regular) || !existsSync(bold)) {
    throw new Error(`receipt fonts not found in ${FONT_DIR}: run npm install (package dejavu-fonts-ttf)`);
  }
  return { regular, bold };
}

export type RenderReceiptPdfOptions = {
  /** shown when the order has no issue date yet */
  now?: Date;
};

const BRAND = '#0b5d5b';
const MUTED = '#475569';
const TEXT = '#1e293b';

export async function renderReceiptPdf(itinerary: Itinerary, options: RenderReceiptPdfOptions = {}): Promise<Buffer> {
  const view = buildReceiptView(itinerary, { locale: itinerary.locale, now: options.now });
  return renderReceiptView(view, itinerary.issuedAt ?? options.now ?? new Date());
}

/** Lays out a receipt already in words. */
export async function renderReceiptView(view: ReceiptView, createdAt: Date): Promise<Buffer> {
  const fonts = documentFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 50, bottom: 60, left: 50, right: 50 },
    font: fonts.regular,
    lang: intlLocale[view.locale],
    displayTitle: true,
    bufferPages: true,
    info: {
      Title: `${view.title} ${view.reference.value}`,
      Author: view.brand,
      Subject: view.reference.value,
      CreationDate: createdAt,
    },
  });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const left = doc.page.margins.left;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;

  const heading = (text: string, size = 13) => {
    ensureSpace(doc, size * 3);
    doc.moveDown(0.6).font('bold').fontSize(size).fillColor(BRAND).text(text, left, doc.y, { width });
    doc.moveDown(0.2).font('regular').fontSize(10).fillColor(TEXT);
  };
  const labelled = (label: string, value: string, indent = 0) => {
    doc.font('bold').fontSize(10).fillColor(TEXT);
    if (!value) {
      doc.text(label, left + indent, doc.y, { width: width - indent });
      return;
    }
    doc.text(`${label}: `, left + indent, doc.y, { width: width - indent, continued: true });
    doc.font('regular').text(value);
  };

  // Header
  doc.font('bold').fontSize(11).fillColor(BRAND).text(view.brand, left, doc.y, { width });
  doc.moveDown(0.3).fontSize(20).fillColor(TEXT).text(view.title, { width });
  doc.moveDown(0.3).font('regular').fontSize(12).text(`${view.reference.label}: `, { continued: true }).font('bold').text(view.reference.value);
  doc.moveDown(0.4);
  for (const fact of view.facts) labelled(fact.label, fact.value);

  heading(view.travellers.heading);
  for (const name of view.travellers.names) doc.font('regular').fontSize(10).text(name, { width });

  heading(view.tripHeading, 15);
  for (const item of view.items) {
    ensureSpace(doc, 80);
    doc.moveDown(0.5).font('bold').fontSize(12).fillColor(TEXT).text(item.heading, left, doc.y, { width });
    if (item.cancelled) doc.font('bold').fontSize(10).fillColor('#b91c1c').text(item.cancelled, { width }).fillColor(TEXT);
    doc.moveDown(0.2);
    for (const d of item.details) labelled(d.label, d.value, 8);
    if (item.travellers) labelled(item.travellers.label, item.travellers.value, 8);
    labelled(item.documents.label, item.documents.value, 8);
    if (item.rules.length) {
      doc.moveDown(0.3).font('bold').fontSize(10).text(view.rulesHeading, left + 8, doc.y, { width: width - 8 });
      doc.font('regular').fontSize(9).fillColor(MUTED);
      doc.list(item.rules, left + 12, doc.y, { width: width - 12, bulletRadius: 1.5, textIndent: 10 });
      doc.fillColor(TEXT);
    }
  }

  heading(view.price.heading, 15);
  drawTable(doc, view, left, width);
  doc.moveDown(0.6);
  if (view.price.charged) {
    doc.font('bold').fontSize(12).text(`${view.price.charged.label}: ${view.price.charged.value}`, left, doc.y, { width });
  }
  doc.font('regular').fontSize(10);
  for (const note of view.price.notes) doc.moveDown(0.2).text(note, left, doc.y, { width });
  if (view.agreement) doc.moveDown(0.6).fillColor(MUTED).text(view.agreement, left, doc.y, { width }).fillColor(TEXT);

  // Page footers: brand, reference and page number on every page.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('regular')
      .fontSize(8)
      .fillColor(MUTED)
      .text(`${view.brand} · ${view.reference.value} · ${i + 1}/${range.count}`, left, doc.page.height - 40, { width, align: 'center', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return finished;
}

function ensureSpace(doc: PDFKit.PDFDocument, height: number) {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

function drawTable(doc: PDFKit.PDFDocument, view: ReceiptView, left: number, width: number) {
  const first = width * 0.22;
  const rest = (width - first) / 4;
  const xs = [left, left + first, left + first + rest, left + first + 2 * rest, left + first + 3 * rest];
  const widths = [first, rest, rest, rest, rest];
  const row = (cells: string[], bold: boolean, shade: boolean, header = false) => {
    doc.font(bold ? 'bold' : 'regular').fontSize(header ? 8 : 9);
    const height = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: widths[i]! - 6 }))) + 6;
    ensureSpace(doc, height);
    const y = doc.y;
    if (shade) doc.rect(left, y, width, height).fill('#f1f5f9');
    doc.fillColor(TEXT);
    cells.forEach((cell, i) => {
      doc.text(cell, xs[i]! + 3, y + 3, { width: widths[i]! - 6, align: i === 0 ? 'left' : 'right' });
    });
    doc.x = left;
    doc.y = y + height;
    doc.moveTo(left, doc.y).lineTo(left + width, doc.y).lineWidth(0.5).strokeColor('#cbd5e1').stroke();
  };
  row(view.price.columns, true, true, true);
  for (const r of view.price.rows) row([r.label, ...r.cells], false, false);
  for (const total of view.price.totals) row([total.label, ...total.cells], true, true);
}
