import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { LaoCard } from '../../core/summary/lao-cards';

/**
 * Sarabun, the face of Thai government letters, from Google Fonts' files as the @expo-google-fonts package ships
 * them: TTFs holding Thai and Latin together (so a card mixing a Thai name, digits and a URL needs one font), which
 * pdfkit subsets and embeds. Resolved through Node so a fresh `npm ci` is all it needs.
 */
export const CARD_FONTS = {
  regular: require.resolve('@expo-google-fonts/sarabun/400Regular/Sarabun_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/sarabun/700Bold/Sarabun_700Bold.ttf'),
} as const;

/**
 * M (15% recovery) keeps a prefilled link with a Thai name (percent-encoded: 9 characters per Thai letter) at a
 * version a phone reads from 4 cm; H would need about a third more modules for the same link.
 */
export const QR_ERROR_CORRECTION = 'M';

// A4 in points; 2 × 4 cards, cut along the dashed lines.
const PAGE = { width: 595.28, height: 841.89, margin: 24, header: 22 };
const GRID = { columns: 2, rows: 4 };
const CARD = {
  width: (PAGE.width - 2 * PAGE.margin) / GRID.columns,
  height: (PAGE.height - 2 * PAGE.margin - PAGE.header) / GRID.rows,
  padding: 10,
  /** 4.4 cm: scanned comfortably from an A4 sheet on a desk. */
  qr: 125,
};
export const CARDS_PER_PAGE = GRID.columns * GRID.rows;

/** Where card `index` of a page sits, in points from the top left; tests crop rendered pages with it. */
export function cardBox(index: number): { x: number; y: number; width: number; height: number } {
  const slot = index % CARDS_PER_PAGE;
  return {
    x: PAGE.margin + (slot % GRID.columns) * CARD.width,
    y: PAGE.margin + PAGE.header + Math.floor(slot / GRID.columns) * CARD.height,
    width: CARD.width,
    height: CARD.height,
  };
}

export interface CardSheet {
  /** `จังหวัดตาก`, printed at the top of every page. */
  heading: string;
  /** What a person types when the QR code cannot be scanned: the form's short link. */
  shortLink: string;
  cards: readonly LaoCard[];
}

/** One A4 PDF of cards, fonts embedded; resolves when the file is complete. */
export async function writeCardsPdf(sheet: CardSheet, path: string, generatedAt: string): Promise<void> {
  const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, info: { Title: `QR ลงทะเบียน ${sheet.heading}`, Creator: 'lao-minstd' } });
  const done = new Promise<void>((resolve, reject) => {
    const out = createWriteStream(path);
    out.on('finish', resolve).on('error', reject);
    doc.on('error', reject);
    doc.pipe(out);
  });
  doc.registerFont('regular', CARD_FONTS.regular);
  doc.registerFont('bold', CARD_FONTS.bold);
  for (const font of ['regular', 'bold']) primeThaiGlyphs(doc, font);
  const pages = Math.max(1, Math.ceil(sheet.cards.length / CARDS_PER_PAGE));
  for (let page = 0; page < pages; page++) {
    doc.addPage();
    doc
      .font('bold')
      .fontSize(11)
      .fillColor('#000')
      .text(`ลิงก์ลงทะเบียนราย อปท. ${sheet.heading}`, PAGE.margin, PAGE.margin - 6, { lineBreak: false });
    doc
      .font('regular')
      .fontSize(8)
      .fillColor('#555')
      .text(`จัดทำเมื่อ ${generatedAt} น.  หน้า ${page + 1}/${pages}`, PAGE.margin, PAGE.margin - 3, {
        width: PAGE.width - 2 * PAGE.margin,
        align: 'right',
        lineBreak: false,
      });
    sheet.cards.slice(page * CARDS_PER_PAGE, (page + 1) * CARDS_PER_PAGE).forEach((card, i) => drawCard(doc, cardBox(i), card, sheet.shortLink));
  }
  doc.end();
  await done;
}

/**
 * fontkit keeps the first glyph object it makes for each glyph id, with the characters it came from, and pdfkit's
 * text map (what copy, search and pdftotext read) takes them from there. Sarabun draws sara am (ำ) as nikhahit plus
 * the sara aa glyph, the latter made with no character: if an ำ came first, every later า would copy as a space.
 * Laying out each other Thai character alone first gives every glyph its own character, so ำ copies as its
 * compatibility decomposition ํา (U+0E4D U+0E32: NFKC reads them as one), as most Thai PDFs do.
 */
function primeThaiGlyphs(doc: PDFKit.PDFDocument, font: string): void {
  doc.font(font);
  for (let c = 0x0e01; c <= 0x0e5b; c++) if (c !== 0x0e33) doc.widthOfString(String.fromCharCode(c));
}

function drawCard(doc: PDFKit.PDFDocument, box: ReturnType<typeof cardBox>, card: LaoCard, shortLink: string): void {
  doc.save().lineWidth(0.5).dash(3, { space: 3 }).strokeColor('#999').rect(box.x, box.y, box.width, box.height).stroke().restore();
  const left = box.x + CARD.padding;
  const top = box.y + CARD.padding;
  drawQr(doc, card.link, left, top, CARD.qr);

  const textX = left + CARD.qr + 8;
  const textWidth = box.x + box.width - CARD.padding - textX;
  doc.fillColor('#000').font('bold').fontSize(13).text(card.title, textX, top, { width: textWidth });
  doc.font('regular').fontSize(9.5).fillColor('#222');
  doc.text(card.typeLong, { width: textWidth });
  if (card.district) doc.text(card.district, { width: textWidth });
  doc.font('bold').text(`รหัส อปท. ${card.code}`, { width: textWidth });
  if (card.sessions.length) {
    doc.font('regular').fontSize(8.5).fillColor('#000').text('วันประชุม', { width: textWidth });
    for (const line of card.sessions) doc.text(line, { width: textWidth });
  }

  const footY = top + CARD.qr + 6;
  doc
    .font('regular')
    .fontSize(8)
    .fillColor('#333')
    // The link on a line of its own, so it is not broken after `https://`.
    .text(`สแกน QR เพื่อลงทะเบียน (ข้อมูล อปท. กรอกไว้ให้แล้ว) หรือเปิดลิงก์\n${shortLink}\nแล้วกรอกรหัส อปท. ${card.code}`, left, footY, {
      width: box.width - 2 * CARD.padding,
      height: box.y + box.height - footY - 4,
      ellipsis: true,
    });
}

/** The QR code as filled squares (vector: sharp at any printer resolution), quiet zone included in `size`. */
function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: QR_ERROR_CORRECTION });
  const quiet = 4;
  const cell = size / (modules.size + 2 * quiet);
  doc.save().fillColor('#000');
  for (let r = 0; r < modules.size; r++) {
    // Each run of dark modules in a row as one rectangle: a third of the path operators, so of the time and the size.
    for (let c = 0; c < modules.size; c++) {
      if (!modules.get(r, c)) continue;
      const start = c;
      while (c + 1 < modules.size && modules.get(r, c + 1)) c++;
      // Overlap by a hair so anti-aliased viewers show no seams between modules.
      doc.rect(x + (start + quiet) * cell, y + (r + quiet) * cell, (c - start + 1) * cell + 0.05, cell + 0.05);
    }
  }
  doc.fill().restore();
}

/** One PNG per LAO (to paste into a letter or a chat), `<code> <name>.png`; returns the paths. */
export async function writeCardPngs(cards: readonly LaoCard[], dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const paths: string[] = [];
  for (const card of cards) {
    const path = join(dir, `${card.code} ${safeFileName(card.title)}.png`);
    // 360 pixels: about 5 per module for a full prefilled link, sharp in a letter or a chat, and half the encoding time
    // of 480.
    await QRCode.toFile(path, card.link, { type: 'png', errorCorrectionLevel: QR_ERROR_CORRECTION, width: 360, margin: 4 });
    paths.push(path);
  }
  return paths;
}

/** Thai names are kept; only characters no file system accepts are replaced. */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_');
}
