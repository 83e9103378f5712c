/**
 * Lays a DocumentSpec out on A4 with pdfkit (fonts embedded and subset through fontkit): Noto Serif,
 * a serif with full Vietnamese coverage shipped in an npm package under the OFL (Times New Roman
 * cannot be shipped). Margins and sizes follow Decree 30/2020/NĐ-CP appendix I. Only the render
 * function imports this module.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import type { DocumentSpec } from '../domain/document-spec.js';
import { ENV, optionalEnv } from '../lambda/config.js';
import { FONTS } from './fonts.js';

const MM = 72 / 25.4;

/** In a Lambda the fonts sit beside the bundle (CM_FONT_DIR); locally they come from the package. */
function fontPath(file: string): string {
  const dir = optionalEnv(ENV.fontDir);
  if (dir && existsSync(join(dir, file.split('/')[1]!))) return join(dir, file.split('/')[1]!);
  return createRequire(import.meta.url).resolve(`@expo-google-fonts/noto-serif/${file}`);
}

type Font = ReturnType<typeof fontkit.create>;
let parsed: Record<keyof typeof FONTS, Font> | undefined;

/**
 * The fonts, parsed once per process: fontkit decodes a font's tables on first use (about 40 ms a
 * font), and pdfkit takes a parsed font as it is, subsetting it anew for each document.
 */
function fonts(): Record<keyof typeof FONTS, Font> {
  parsed ??= Object.fromEntries(
    Object.entries(FONTS).map(([name, file]) => [name, fontkit.create(readFileSync(fontPath(file)))]),
  ) as Record<keyof typeof FONTS, Font>;
  // Glyph objects are cached per font and changed by a document's subsetting: each document starts
  // with none, so its text maps back to the right characters (the tables stay parsed).
  for (const f of Object.values(parsed)) (f as unknown as { _glyphs: Record<number, unknown> })._glyphs = {};
  return parsed;
}

export async function renderPdf(spec: DocumentSpec, createdAt: Date): Promise<Buffer> {
  const f = fonts();
  const margin = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };
  const doc = new PDFDocument({
    size: 'A4',
    margins: margin,
    font: f.regular as unknown as string,
    info: {
      Title: `${spec.title} ${spec.about}`,
      Subject: spec.number,
      Creator: 'Công Minh',
      CreationDate: createdAt,
    },
    lang: spec.locale === 'vi' ? 'vi-VN' : 'en-GB',
    displayTitle: true,
    bufferPages: true,
  });
  for (const [name, font] of Object.entries(f)) doc.registerFont(name, font as unknown as string);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  const width = doc.page.width - margin.left - margin.right;
  const leftW = width * 0.42;
  const rightX = margin.left + leftW;
  const rightW = width - leftW;
  const top = margin.top;

  // Top left: issuing body and number. Top right: national title (or the Party's), then place and date.
  let y = top;
  if (spec.issuer.parent) {
    doc
      .font('regular')
      .fontSize(12)
      .text(spec.issuer.parent, margin.left, y, { width: leftW, align: 'center' });
    y = doc.y;
  }
  doc.font('bold').fontSize(12.5).text(spec.issuer.body, margin.left, y, { width: leftW, align: 'center' });
  y = doc.y;
  const rule = (x: number, w: number, at: number) =>
    doc
      .moveTo(x + w * 0.3, at)
      .lineTo(x + w * 0.7, at)
      .lineWidth(0.6)
      .stroke();
  if (spec.layout === 'party') {
    doc.font('regular').fontSize(13).text('*', margin.left, y, { width: leftW, align: 'center' });
  } else {
    rule(margin.left, leftW, y + 2);
  }
  doc
    .font('regular')
    .fontSize(13)
    .text(spec.number, margin.left, doc.y + 4, { width: leftW, align: 'center' });
  const leftBottom = doc.y;

  doc
    .font('bold')
    .fontSize(12)
    .text(spec.nationalTitle[0] ?? '', rightX, top, { width: rightW, align: 'center' });
  if (spec.nationalTitle[1]) {
    doc
      .font('bold')
      .fontSize(13)
      .text(spec.nationalTitle[1], rightX, doc.y, { width: rightW, align: 'center' });
  }
  rule(rightX, rightW, doc.y + 2);
  doc
    .font('italic')
    .fontSize(13)
    .text(spec.placeDate, rightX, doc.y + 10, { width: rightW, align: 'center' });

  // Title and subject, centred.
  y = Math.max(leftBottom, doc.y) + 24;
  doc.font('bold').fontSize(14).text(spec.title, margin.left, y, { width, align: 'center' });
  doc.font('bold').fontSize(13.5).text(spec.about, { width, align: 'center' });
  rule(margin.left, width, doc.y + 3);
  doc.moveDown(1);

  // Body: preamble, then each part under its heading; first lines indented, justified.
  doc.font('italic').fontSize(13);
  for (const line of spec.preamble)
    doc.text(line, margin.left, doc.y, { width, indent: 28, align: 'justify' });
  doc.moveDown(0.6);
  spec.sections.forEach((s, n) => {
    doc
      .font('bold')
      .fontSize(13)
      .text(`${n + 1}. ${s.heading}`, margin.left, doc.y, { width });
    doc.font('regular').fontSize(13);
    for (const para of s.text.split(/\n+/)) {
      doc.text(para, margin.left, doc.y, { width, indent: 28, align: 'justify', paragraphGap: 3 });
    }
    doc.moveDown(0.4);
  });

  // The operative part of a decision: "QUYẾT ĐỊNH:" then its articles.
  if (spec.articles.length) {
    doc
      .font('bold')
      .fontSize(14)
      .text(spec.locale === 'vi' ? 'QUYẾT ĐỊNH:' : 'DECIDES:', margin.left, doc.y, {
        width,
        align: 'center',
      });
    doc.moveDown(0.4);
    spec.articles.forEach((a, n) => {
      doc
        .font('bold')
        .fontSize(13)
        .text(`${spec.locale === 'vi' ? 'Điều' : 'Article'} ${n + 1}. ${a.heading}`, margin.left, doc.y, {
          width,
          indent: 28,
        });
      doc.font('regular').fontSize(13);
      for (const para of a.text.split(/\n+/)) {
        doc.text(para, margin.left, doc.y, { width, indent: 28, align: 'justify', paragraphGap: 3 });
      }
      doc.moveDown(0.4);
    });
  }

  // What the filer can do next, set apart after the body.
  for (const n of spec.notes) {
    doc.font('boldItalic').fontSize(12.5).text(n.heading, margin.left, doc.y, { width });
    doc.font('italic').fontSize(12.5);
    for (const para of n.text.split(/\n+/))
      doc.text(para, margin.left, doc.y, { width, indent: 28, align: 'justify' });
    doc.moveDown(0.4);
  }

  // Recipients (left) and signer (right), kept together on one page.
  if (doc.y > doc.page.height - margin.bottom - 150) doc.addPage();
  doc.moveDown(1);
  const blockTop = doc.y;
  doc
    .font('boldItalic')
    .fontSize(12)
    .text(spec.locale === 'vi' ? 'Nơi nhận:' : 'Recipients:', margin.left, blockTop, { width: leftW });
  doc.font('regular').fontSize(11);
  for (const r of spec.recipients) doc.text(r, margin.left, doc.y, { width: leftW });
  doc.font('bold').fontSize(13);
  if (spec.signer.capacity)
    doc.text(spec.signer.capacity, rightX, blockTop, { width: rightW, align: 'center' });
  doc.text(spec.signer.title, rightX, spec.signer.capacity ? doc.y : blockTop, {
    width: rightW,
    align: 'center',
  });
  doc.moveDown(spec.signer.name ? 3 : 4);
  if (spec.signer.name) doc.text(spec.signer.name, rightX, doc.y, { width: rightW, align: 'center' });

  // Footer on every page: the case reference, and for a draft the mark that it is not law.
  const range = doc.bufferedPageRange();
  for (let p = range.start; p < range.start + range.count; p++) {
    doc.switchToPage(p);
    // Writing below the bottom margin would open a new page: lift the margin while the footer is drawn.
    doc.page.margins.bottom = 0;
    if (spec.state === 'draft') {
      doc.save();
      doc.rotate(-35, { origin: [doc.page.width / 2, doc.page.height / 2] });
      doc
        .font('bold')
        .fontSize(80)
        .fillColor('#c8c8c8')
        .fillOpacity(0.35)
        .text(spec.locale === 'vi' ? 'DỰ THẢO' : 'DRAFT', 0, doc.page.height / 2 - 50, {
          width: doc.page.width,
          align: 'center',
          lineBreak: false,
        });
      doc.restore();
    }
    doc
      .font('regular')
      .fontSize(9)
      .fillColor('#444444')
      .text([...spec.footer, `${p + 1}/${range.count}`].join(' · '), margin.left, doc.page.height - 14 * MM, {
        width,
        align: 'center',
        lineBreak: false,
      });
    doc.fillColor('black');
  }
  doc.end();
  await done;
  return Buffer.concat(chunks);
}
