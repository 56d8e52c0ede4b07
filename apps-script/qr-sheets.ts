/**
 * The menu's QR step: into each province's summary file, a sheet with one row per LAO (name, type, district, code,
 * its session's date and time in the Buddhist era, its prefilled registration link) and the link's QR code as an
 * image in the cell, in order of responsibility, so the province's officer and each district's can forward them.
 *
 * Images go in as cell images (`SpreadsheetApp.newCellImage().setSourceUrl('data:image/png;base64,…')`), all of a
 * province in one `setValues` (https://developers.google.com/apps-script/reference/spreadsheet/cell-image: a CellImage
 * is placed by setValue or setValues). The data URL needs no hosting and no Drive file, and the PNG is made here in
 * pure JavaScript (core/qr/qr-png.ts). `Sheet.insertImage(blob, column, row)`
 * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertImage(BlobSource,Integer,Integer))
 * would cost one call per LAO and float
 * over the grid (it does not follow a sort or a filter), so it is not used. Google publishes no latency for either;
 * the fakes charge each placed image on top of the write (testing/latency.ts `cellImageMs`).
 *
 * Resumable and idempotent like the other menu steps: each province's sheet has a fingerprint (file id and content)
 * kept in the script properties once written; a run writes the provinces whose fingerprint differs while the
 * longest one so far still fits in the budget, and the next click goes on. A click with nothing changed opens no
 * file and writes nothing.
 */
import { compareThai } from '../core/summary/order';
import { formatFigure } from '../core/indicators/reasons';
import { qrPngDataUrl } from '../core/qr/qr-png';
import { renderedFingerprint } from '../core/summary/fingerprint';
import { qrSheet, type QrSheet } from '../core/summary/qr-sheet';
import { qrCardsSheet } from '../sheets-schema/qr-cards';
import { NATIONAL_KEY } from '../sheets-schema/summary-files';
import { columnKeys } from '../sheets-schema/define';
import { UserError } from './errors';
import { loadRegistry, loadSessions } from './inputs';
import { layoutShape, writeLayoutInto } from './layout-writer';
import { openById } from './open-file';
import { loadPrefillTemplate } from './rsvp-form';
import type { Services, Spreadsheet } from './services';
import { summaryFileIds } from './summary-files';
import { CAPTIONS, MENU_TITLE } from './ui';

export const QR_SHEET_PROPERTY = 'qrSheet:';
/** Nothing new is started after this much of Apps Script's 6-minute limit (as the rebuild). */
export const QR_BUDGET_MS = 4 * 60 * 1000;
/** Before a province has been timed in this run, one is assumed to take this long (a large province, typical). */
const FIRST_GUESS_MS = 30_000;
/** Rows tall enough for the QR code to be scanned from the screen (the QR column is as wide). */
export const QR_ROW_HEIGHT = 200;
/** Changes whenever the images would come out differently (size, encoder), so every sheet is rewritten once. */
const IMAGE_VERSION = 'png-1bit-scale4-M';

interface QrSheetRecord {
  id: string;
  hash: string;
  /** layoutShape of what was written: a sheet of the same shape is rewritten without its set-up. */
  shape: string;
  laos: number;
}

export interface QrSheetsOutcome {
  written: string[];
  unchanged: number;
  /** Left for the next click (time budget). */
  pending: string[];
  /** Provinces with no summary file yet. */
  withoutFile: string[];
  /** LAOs in the sheets written or already up to date. */
  laos: number;
}

export function writeQrSheets(services: Services, spreadsheet: Spreadsheet): QrSheetsOutcome {
  const started = services.now().getTime();
  const lock = services.lockService.getScriptLock();
  if (!lock.tryLock(20_000)) throw new UserError('กำลังสร้างสรุปหรือทำงานอื่นอยู่ กรุณาลองใหม่อีกครั้งในอีกสักครู่');
  try {
    const registry = loadRegistry(spreadsheet);
    if (!registry.ok) throw new UserError(registry.message);
    const template = loadPrefillTemplate(services);
    if (!template) throw new UserError(`ยังไม่มีลิงก์ลงทะเบียนราย อปท. กรุณาเลือกเมนู ${MENU_TITLE} › ${CAPTIONS.createForm} ก่อน`);
    const sessions = loadSessions(spreadsheet);
    if (!sessions.ok) throw new UserError(sessions.message);
    const files = summaryFileIds(spreadsheet);
    if (files.size === 0) {
      throw new UserError(`ยังไม่มีไฟล์สรุปรายจังหวัด กรุณาเลือกเมนู ${MENU_TITLE} › ${CAPTIONS.rebuild} (หรือ ${CAPTIONS.prepareSummaryFiles}) ก่อน`);
    }
    const properties = services.propertiesService.getScriptProperties();
    const stored = properties.getProperties();
    const outcome: QrSheetsOutcome = { written: [], unchanged: 0, pending: [], withoutFile: [], laos: 0 };
    let longest = 0;
    for (const province of registry.value.provinces().sort(compareThai)) {
      const id = files.get(province);
      if (!id) {
        outcome.withoutFile.push(province);
        continue;
      }
      const sheet = qrSheet(registry.value.inProvince(province), template, sessions.value);
      if (sheet.cards.length === 0) continue;
      const hash = renderedFingerprint([id, IMAGE_VERSION, sheet.layout]);
      const known = parseRecord(stored[QR_SHEET_PROPERTY + province]);
      if (known?.hash === hash) {
        outcome.unchanged++;
        outcome.laos += sheet.cards.length;
        continue;
      }
      if (services.now().getTime() - started + Math.max(longest, FIRST_GUESS_MS) > QR_BUDGET_MS) {
        outcome.pending.push(province);
        continue;
      }
      const began = services.now().getTime();
      const opened = openById(services, 'ไฟล์สรุปรายจังหวัด', id, (fileId) => services.spreadsheetApp.openById(fileId));
      if (opened.status === 'gone') {
        // The rebuild makes a new file for a deleted one; its id will be listed then.
        outcome.withoutFile.push(province);
        continue;
      }
      const shape = layoutShape(sheet.layout);
      writeQrSheet(services, opened.file, sheet, known?.id === id && known.shape === shape);
      properties.setProperty(QR_SHEET_PROPERTY + province, JSON.stringify({ id, hash, shape, laos: sheet.cards.length } satisfies QrSheetRecord));
      outcome.written.push(province);
      outcome.laos += sheet.cards.length;
      longest = Math.max(longest, services.now().getTime() - began);
    }
    return outcome;
  } finally {
    lock.releaseLock();
  }
}

/** The text through the layout writer, then every row's QR code in one setValues, then the rows' height. */
function writeQrSheet(services: Services, file: Spreadsheet, sheet: QrSheet, sameShape: boolean): void {
  const app = services.spreadsheetApp;
  const written = writeLayoutInto(file.getSheetByName(sheet.layout.name), file, sheet.layout, app, { sameShape });
  const qrColumn = columnKeys(qrCardsSheet).indexOf('qr') + 1;
  const images = sheet.cards.map((card) => [app.newCellImage().setSourceUrl(qrPngDataUrl(card.link)).setAltTextTitle(`QR ลงทะเบียน ${card.title}`).build()]);
  written.getRange(2, qrColumn, images.length, 1).setValues(images);
  written.setRowHeights(2, images.length, QR_ROW_HEIGHT);
}

function parseRecord(text: string | undefined): QrSheetRecord | null {
  if (!text) return null;
  try {
    return JSON.parse(text) as QrSheetRecord;
  } catch {
    return null;
  }
}

/**
 * ตรวจสอบระบบ's line on the QR sheets, from what the menu recorded (no file is opened): how many province files
 * listed in ไฟล์สรุปรายจังหวัด got their sheet, counting only records for the file listed now. A sheet deleted by
 * hand inside a file is not noticed here, since no file is opened.
 */
export function qrSheetsHealthLine(stored: Record<string, string>, files: ReadonlyMap<string, string>): string {
  const provinces = [...files.keys()].filter((p) => p !== NATIONAL_KEY);
  const done = provinces.filter((p) => parseRecord(stored[QR_SHEET_PROPERTY + p])?.id === files.get(p));
  const menu = `${MENU_TITLE} › ${CAPTIONS.qrSheets}`;
  if (provinces.length === 0) return `ℹ️ QR ลงทะเบียนในไฟล์สรุป: ยังไม่มีไฟล์สรุปรายจังหวัด`;
  if (done.length === 0) return `ℹ️ QR ลงทะเบียนในไฟล์สรุป: ยังไม่ได้ใส่ (ไม่บังคับ) ใช้เมนู ${menu}`;
  const laos = done.reduce((sum, p) => sum + (parseRecord(stored[QR_SHEET_PROPERTY + p])?.laos ?? 0), 0);
  if (done.length < provinces.length) {
    return `⚠️ QR ลงทะเบียนในไฟล์สรุป: ใส่แล้ว ${done.length} จาก ${provinces.length} จังหวัด เลือกเมนู ${menu} อีกครั้งเพื่อทำต่อ`;
  }
  return `✅ QR ลงทะเบียนในไฟล์สรุป: ครบทั้ง ${provinces.length} จังหวัด (${formatFigure(laos, 0)} อปท.)`;
}

/** The menu's Thai report. */
export function describeQrSheets(o: QrSheetsOutcome): string {
  const lines = [
    o.pending.length ? 'ใส่ QR code ลงทะเบียนในไฟล์สรุปรายจังหวัดได้บางส่วน' : 'QR code ลงทะเบียนในไฟล์สรุปรายจังหวัดพร้อมแล้ว',
    `ปรับปรุง ${o.written.length} จังหวัด ไม่มีการเปลี่ยนแปลง ${o.unchanged} จังหวัด (รวม ${formatFigure(o.laos, 0)} อปท.)`,
    `แต่ละไฟล์มีแผ่นงาน "${qrCardsSheet.name}": อปท. ที่จังหวัดส่งหนังสือเองก่อน แล้วทีละอำเภอ พร้อมวันประชุม ลิงก์ และ QR code`,
  ];
  if (o.pending.length) {
    lines.push(
      `ยังเหลือ ${o.pending.length} จังหวัด (${o.pending.slice(0, 5).join(', ')}${o.pending.length > 5 ? ' …' : ''}) กรุณาเลือกเมนู ${MENU_TITLE} › ${CAPTIONS.qrSheets} อีกครั้งเพื่อทำต่อ`,
    );
  }
  if (o.withoutFile.length) {
    lines.push(
      `ยังไม่มีไฟล์สรุปของ ${o.withoutFile.length} จังหวัด (${o.withoutFile.slice(0, 5).join(', ')}${o.withoutFile.length > 5 ? ' …' : ''}) จะใส่ให้เมื่อมีไฟล์แล้ว: เลือกเมนู ${CAPTIONS.rebuild} แล้วเลือกเมนูนี้อีกครั้ง`,
    );
  }
  return lines.join('\n');
}
