/**
 * A template spreadsheet for new province files. Setting up a sheet (widths per run of columns, number formats per
 * run of columns, header bold and background, freeze, sizing) is about twenty calls that change nothing of the
 * content, and every province file has the same sheets of the same shapes: at national scale that set-up was 33 of
 * the first rebuild's 60 modelled minutes (77 files × 7 sheets). The template holds the set-up once, with as many
 * empty data rows as the largest province needs; each new province file is a copy of it (`Spreadsheet.copy`, one
 * call priced like creating a file, https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#copy(String))
 * whose sheets are cut to size, filled and filtered in three calls each (layout-writer.ts `fillFromTemplate`).
 *
 * The template lives in the owner's Drive beside the province files, is made again (and the old one trashed) when
 * the sheets' shapes or the largest province outgrow it, and holds no data. A province whose workbook does not fit
 * it is written the long way, as before.
 */
import type { SheetLayout, WorkbookLayout } from '../sheets-schema/workbook';
import { renderedFingerprint } from '../core/summary/fingerprint';
import type { Properties } from './google-services';
import { fillFromTemplate, layoutShape, writeLayoutInto, writeTemplateSheet } from './layout-writer';
import { openById } from './open-file';
import type { Services, Spreadsheet } from './services';

export const TEMPLATE_PROPERTY = 'provinceTemplate';
const TEMPLATE_TITLE = 'แม่แบบไฟล์สรุปรายจังหวัด (ระบบใช้สร้างไฟล์ใหม่ กรุณาอย่าแก้ไขหรือลบ)';
/** A new spreadsheet's own first sheet, renamed so that no layout's sheet can clash with it; deleted at the end. */
const BLANK_SHEET = '__ว่าง__';
/** Setting up one template sheet before one has been timed: about twenty calls. */
const SHEET_GUESS_MS = 10_000;

interface TemplateRecord {
  id: string;
  /** Sheet names and shapes, in order. */
  key: string;
  /** Empty data rows per sheet. */
  rows: number[];
  /** Sheets set up so far (the template is made over several executions when it must); absent: all. */
  sheetsDone?: number;
}

/**
 * What a template must hold for these workbooks: their common sheet names, per sheet the most common shape (a
 * sheet's columns can differ by province: the LAO types it has) and the most rows among the workbooks of that shape.
 */
interface Wanted {
  key: string;
  names: string;
  shapes: string[];
  rows: number[];
  layouts: SheetLayout[];
}

export class ProvinceTemplate {
  private readonly wanted: Wanted | null;
  private record: TemplateRecord | null;
  private file: Spreadsheet | null = null;

  constructor(
    private readonly services: Services,
    stored: Record<string, string>,
    workbooks: readonly WorkbookLayout[],
  ) {
    this.wanted = wantedFor(workbooks);
    this.record = parse(stored[TEMPLATE_PROPERTY]);
  }

  /** A new file for this workbook can be a copy of the template (its sheets of another shape are set up anew). */
  fits(workbook: WorkbookLayout): boolean {
    return this.wanted !== null && namesOf(workbook.sheets) === this.wanted.names;
  }

  /**
   * Opens the template, or makes it when it is missing or no longer fits, one sheet at a time while `fits` says a
   * sheet's set-up still fits in the execution (the id and each sheet done are kept at once: an execution stopped
   * half-way leaves a template the next one finishes, never a second file). True when the template is ready.
   */
  prepare(fits: (ms: number) => boolean = () => true): boolean {
    const w = this.wanted;
    if (!w) return false;
    if (this.file && this.record?.sheetsDone === undefined) return true;
    const properties = this.services.propertiesService.getScriptProperties();
    const app = this.services.spreadsheetApp;
    const known = this.record;
    if (known && known.key === w.key && w.rows.every((n, i) => n <= known.rows[i]!)) {
      const opened = this.file ? null : openById(this.services, 'แม่แบบไฟล์สรุปรายจังหวัด', known.id, (id) => app.openById(id));
      if (opened?.status === 'open') this.file = opened.file;
      if (opened?.status === 'gone') this.start(properties);
    } else {
      if (known) trash(this.services, known.id);
      this.start(properties);
    }
    const record = this.record!;
    let done = record.sheetsDone;
    let longest = 0;
    while (done !== undefined) {
      if (!fits(Math.max(longest, SHEET_GUESS_MS))) return false;
      const before = this.services.now().getTime();
      writeTemplateSheet(this.file!, w.layouts[done]!, record.rows[done]!, app);
      longest = Math.max(longest, this.services.now().getTime() - before);
      done++;
      if (done === w.layouts.length) {
        // The new file's own first sheet goes once the template's sheets exist.
        const blank = this.file!.getSheetByName(BLANK_SHEET);
        if (blank) this.file!.deleteSheet(blank);
        done = undefined;
      }
      this.record = { ...record, sheetsDone: done };
      properties.setProperty(TEMPLATE_PROPERTY, JSON.stringify(this.record));
    }
    return true;
  }

  /** A new, empty template file, its id kept the moment it exists. */
  private start(properties: Properties): void {
    const w = this.wanted!;
    const file = this.services.spreadsheetApp.create(TEMPLATE_TITLE);
    file.getSheets()[0]!.setName(BLANK_SHEET);
    this.file = file;
    this.record = { id: file.getId(), key: w.key, rows: w.rows, sheetsDone: 0 };
    properties.setProperty(TEMPLATE_PROPERTY, JSON.stringify(this.record));
  }

  /** A new province file for `workbook` (which `fits`), filled. */
  copyFor(workbook: WorkbookLayout): Spreadsheet {
    if (!this.prepare()) throw new Error('the province template is not ready');
    const record = this.record!;
    const file = this.file!.copy(workbook.title);
    const sheets = file.getSheets();
    workbook.sheets.forEach((layout, i) => {
      const sheet = sheets[i]!;
      if (layoutShape(layout) === this.wanted!.shapes[i] && layout.rows.length <= record.rows[i]!) fillFromTemplate(sheet, layout, record.rows[i]!);
      else writeLayoutInto(sheet, file, layout, this.services.spreadsheetApp);
    });
    return file;
  }
}

function wantedFor(workbooks: readonly WorkbookLayout[]): Wanted | null {
  const first = workbooks[0];
  // Protections are set per file (their editors); a template would carry the wrong ones.
  if (!first || first.sheets.some((s) => s.protect)) return null;
  const names = namesOf(first.sheets);
  const same = workbooks.filter((w) => namesOf(w.sheets) === names);
  // Worth it from two files with the same sheets.
  if (same.length < 2) return null;
  const layouts = first.sheets.map((_, i) => mostCommonShape(same.map((w) => w.sheets[i]!)));
  const shapes = layouts.map(layoutShape);
  const rows = shapes.map((shape, i) =>
    Math.max(
      0,
      ...same
        .map((w) => w.sheets[i]!)
        .filter((l) => layoutShape(l) === shape)
        .map((l) => l.rows.length),
    ),
  );
  // With the render version: a template written by an older writer is made again, as the files are.
  return { key: renderedFingerprint([names, shapes]), names, shapes, rows, layouts };
}

/** A layout of the shape most of these have (the first such one). */
function mostCommonShape(layouts: readonly SheetLayout[]): SheetLayout {
  const count = new Map<string, number>();
  for (const l of layouts) count.set(layoutShape(l), (count.get(layoutShape(l)) ?? 0) + 1);
  const best = [...count].sort((a, b) => b[1] - a[1])[0]![0];
  return layouts.find((l) => layoutShape(l) === best)!;
}

function namesOf(sheets: readonly SheetLayout[]): string {
  return JSON.stringify(sheets.map((s) => s.name));
}

/** Best effort: an old template left in Drive is clutter, not harm. */
function trash(services: Services, id: string): void {
  try {
    services.driveApp.getFileById(id).setTrashed(true);
  } catch {
    // already gone, or not reachable now
  }
}

function parse(text: string | undefined): TemplateRecord | null {
  if (!text) return null;
  try {
    return JSON.parse(text) as TemplateRecord;
  } catch {
    return null;
  }
}
