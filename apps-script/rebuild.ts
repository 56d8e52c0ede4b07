/**
 * Rebuilds everything derived from the responses: the annotated registrations and the national summary in the
 * bound spreadsheet, and one spreadsheet per province (a file can be shared with a province's coordinators; a sheet
 * cannot be hidden from editors of its spreadsheet, so per-province sheets in one file would break PDPA).
 *
 * A national rebuild is more than one 6-minute execution can write (measured with the modelled latencies of
 * testing/latency.ts: about half an hour of service calls at first), so it is a list of targets — the
 * registrations in chunks of rows, each national sheet, each province file — each with a fingerprint of its content
 * (never of the clock) kept in the script properties once written. Every execution reads the inputs, computes
 * everything (seconds), and writes the targets whose fingerprint differs, in order, until its time budget is spent;
 * the next execution (a one-off trigger a minute later, created before any heavy work so that even a killed
 * execution is continued) goes on with those still different. Nothing written is written again unless it changed,
 * and no province file is rewritten before every province's file has been written once (unwritten first, then the
 * longest unwritten). The sheet `สถานะการสร้างสรุป` says which phase a rebuild is in and how far it got.
 *
 * Where the settings sheet says the cloud function writes the province files, Apps Script leaves them to it.
 */
import { summarizeGrids, type JobOutcome } from '../core/job/summarize-grids';
import { formatThaiDateTime } from '../core/dates/format';
import { formatFigure } from '../core/indicators/reasons';
import type { Registry } from '../core/registry/index';
import type { AnnotatedResponse } from '../core/rsvp/types';
import type { SheetLayout, WorkbookLayout } from '../sheets-schema/workbook';
import { layoutFromDef } from '../sheets-schema/workbook';
import { provinceFilesSheet } from '../sheets-schema/province-files';
import { REBUILD_PHASES, rebuildStatusSheet } from '../sheets-schema/rebuild-status';
import { SETTING_KEYS, settingsSheet } from '../sheets-schema/settings';
import { planChunkedWrite, type ChunkedState } from './chunked-writer';
import { UserError } from './errors';
import { sheetFingerprint, workbookFingerprints } from '../core/summary/fingerprint';
import { readGrid } from './grid-reader';
import { findRegistrySheet, findSessionsSheet, listProblems, loadResponsesSheet } from './inputs';
import { openById } from './open-file';
import { layoutShape, rewriteValues, writeLayoutInto, writeSheetLayout } from './layout-writer';
import { ProvinceTemplate } from './province-template';
import { loadPrefillTemplate, rsvpLinksLayout } from './rsvp-form';
import type { Properties } from './google-services';
import type { Services, Sheet, Spreadsheet } from './services';
import { cancelContinuation, scheduleContinuation } from './triggers';

/** Set by a submission, cleared when a rebuild starts. */
export const STALE_PROPERTY = 'summariesStale';
/** The responses sheet's id and data rows when the last complete rebuild read it: more rows mean new responses. */
export const ROWS_SEEN_PROPERTY = 'responseRowsSeen';
/** Work left by the last execution (JSON RebuildState), or absent. */
export const STATE_PROPERTY = 'rebuildState';
const REGISTRATIONS_PROPERTY = 'registrationsWritten';
const NATIONAL_PROPERTY = 'nationalWritten';
const PROVINCE_FILE_PROPERTY = 'provinceFile:';
/**
 * No target is started when it would end past this (by its kind's longest time so far). Four minutes, not 4.5: a
 * target can take longer than the longest before it, and the status and properties are written after the last one;
 * at national scale by the typical model a 4.5-minute budget ended executions at 4.53 minutes.
 */
export const WRITE_BUDGET_MS = 4 * 60 * 1000;
/** A rebuild waits this long for another rebuild to finish; the clock or a continuation tries again later. */
const LOCK_WAIT_MS = 10 * 1000;
/** Before a target of a kind has been timed in this execution, its time is assumed to be this. */
const FIRST_GUESS_MS = { registrations: 10_000, national: 10_000, provinces: 40_000 } as const;

type Phase = keyof typeof FIRST_GUESS_MS;

interface ProvinceFileRecord {
  id: string;
  /** Fingerprint of the whole workbook (the generation time left out). */
  hash: string;
  /** ISO time the file was last written. */
  updatedAt: string;
  /** Per sheet, in workbook order: only changed sheets are rewritten. */
  sheets?: string[];
  /** Per sheet, its set-up (layoutShape): a sheet of the same shape is rewritten without redoing its set-up. */
  shapes?: string[];
  /** Per sheet, its data rows: a sheet of the same shape and rows gets its values only. */
  rows?: number[];
}

interface RebuildState {
  /** A forced rebuild (the menu) rewrites every province file written before this ISO time. */
  forceBefore?: string;
}

export interface RebuildOutcome {
  responses: number;
  statusCounts: Record<AnnotatedResponse['status'], number>;
  registrationChunksWritten: number;
  nationalSheetsWritten: number;
  provincesWritten: string[];
  provincesUnchanged: number;
  /** Left for the continuation (time budget). */
  provincesPending: string[];
  /** Anything left for the continuation. */
  pending: boolean;
  /** The cloud function writes the province files (settings sheet). */
  provincesByFunction: boolean;
  warnings: string[];
}

export function markStale(services: Services, extra: Record<string, string> = {}): void {
  services.propertiesService.getScriptProperties().setProperties({ [STALE_PROPERTY]: 'true', ...extra });
}

/**
 * Null when, without `force`, nothing is new and nothing is left, or another execution holds the lock. `force`
 * (the menu) also rewrites the province files whose content did not change.
 */
export function rebuildSummaries(services: Services, spreadsheet: Spreadsheet, options: { force: boolean; budgetMs?: number }): RebuildOutcome | null {
  const started = services.now().getTime();
  const elapsed = () => services.now().getTime() - started;
  const properties = services.propertiesService.getScriptProperties();
  const stored = properties.getProperties();
  let state = parse<RebuildState>(stored[STATE_PROPERTY]) ?? null;
  if (!options.force && !state && stored[STALE_PROPERTY] !== 'true') {
    // Quiet clock run: no submission noted, nothing left, and no row added since (consumer accounts have no
    // form-submit trigger: the row count is how new responses are seen). The responses sheet is found by the id
    // the last complete rebuild kept (three calls), not through the form link.
    const seen = parse<{ sheetId: number; rows: number }>(stored[ROWS_SEEN_PROPERTY]);
    const sheet = seen && spreadsheet.getSheets().find((s) => s.getSheetId() === seen.sheetId);
    if (sheet && Math.max(sheet.getLastRow() - 1, 0) === seen.rows) return null;
  }
  const responsesSheet = loadResponsesSheet(spreadsheet);
  const lock = services.lockService.getScriptLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    if (!options.force) return null; // the clock or the continuation tries again
    throw new UserError('กำลังสร้างสรุปอยู่ กรุณาลองใหม่อีกครั้งในอีกสักครู่');
  }
  try {
    if (options.force) state = { forceBefore: new Date(started).toISOString() };
    // Cleared before the responses are read: a submission arriving during the run marks them stale again.
    properties.setProperties({ [STALE_PROPERTY]: 'false', [STATE_PROPERTY]: JSON.stringify(state ?? {}) });
    // Before any heavy work: if this execution is killed or fails, the continuation still comes.
    scheduleContinuation(services);

    const registrySheet = findRegistrySheet(spreadsheet);
    if (!registrySheet.ok) throw new UserError(registrySheet.message);
    if (!responsesSheet.ok) throw new UserError(responsesSheet.message);
    const sessionsSheet = findSessionsSheet(spreadsheet);
    const generatedAt = services.now();
    const template = loadPrefillTemplate(services);
    const responsesGrid = readGrid(responsesSheet.value);
    const built = summarizeGrids(
      {
        registry: readGrid(registrySheet.value),
        responses: responsesGrid,
        sessions: sessionsSheet.ok ? readGrid(sessionsSheet.value) : null,
      },
      {
        registry: quoted(registrySheet.value.getName()),
        responses: quoted(responsesSheet.value.getName()),
        sessions: sessionsSheet.ok ? quoted(sessionsSheet.value.getName()) : undefined,
      },
      {
        generatedAt,
        // No response count here: it would change every province's file on every submission.
        sources: (counts) => [`คำตอบจากแบบฟอร์ม: ${quoted(responsesSheet.value.getName())}`, `ทะเบียน อปท.: ${counts.laos} แห่ง`],
        unusableSessions: 'warn',
        provinceSheets: template ? (registry) => linksByProvince(registry, template) : undefined,
        // The follow-up lists give each LAO still to chase its registration link.
        prefill: template,
      },
    );
    if (!built.ok) {
      properties.deleteProperty(STATE_PROPERTY);
      cancelContinuation(services);
      throw new UserError(`ยังไม่ได้สร้างสรุป เพราะข้อมูลในสเปรดชีตใช้ไม่ได้:\n${listProblems(built.problems)}`);
    }
    const provincesByFunction = settingIsYes(spreadsheet, SETTING_KEYS.provinceFilesByFunction);
    const outcome: RebuildOutcome = {
      responses: built.responses?.length ?? 0,
      statusCounts: built.summary.statusCounts,
      registrationChunksWritten: 0,
      nationalSheetsWritten: 0,
      provincesWritten: [],
      provincesUnchanged: 0,
      provincesPending: [],
      pending: false,
      provincesByFunction,
      warnings: [...(sessionsSheet.ok ? [] : [sessionsSheet.message]), ...built.warnings],
    };
    const writer = new BudgetedWriter(services, spreadsheet, elapsed, options.budgetMs ?? WRITE_BUDGET_MS);
    const stamp = formatThaiDateTime(generatedAt);
    const finished =
      // The menu rewrites everything once: its first execution forgets what was written.
      writeRegistrations(writer, built, options.force ? null : parse<ChunkedState>(stored[REGISTRATIONS_PROPERTY]), outcome) &&
      writeNational(writer, built, stamp, options.force ? {} : (parse<Record<string, string>>(stored[NATIONAL_PROPERTY]) ?? {}), outcome) &&
      (provincesByFunction || writeProvinces(writer, built, stamp, stored, state?.forceBefore ?? null, generatedAt, outcome));
    outcome.pending = !finished;
    if (finished) {
      properties.deleteProperty(STATE_PROPERTY);
      properties.setProperty(ROWS_SEEN_PROPERTY, JSON.stringify({ sheetId: responsesSheet.value.getSheetId(), rows: Math.max(responsesGrid.length - 1, 0) }));
      cancelContinuation(services);
    }
    writer.status(finished ? REBUILD_PHASES.done : null, outcome);
    return outcome;
  } finally {
    lock.releaseLock();
  }
}

/** Writes targets while the time budget allows: each kind's longest time so far must still fit. */
class BudgetedWriter {
  /** The longest time a target of each kind took in this execution (null: none yet, the first guess stands). */
  private readonly longest: Record<Phase, number | null> = { registrations: null, national: null, provinces: null };
  phase: Phase = 'registrations';
  done = 0;
  total = 0;
  readonly properties: Properties;

  constructor(
    readonly services: Services,
    readonly spreadsheet: Spreadsheet,
    private readonly elapsed: () => number,
    private readonly budgetMs: number,
  ) {
    this.properties = services.propertiesService.getScriptProperties();
  }

  enter(phase: Phase, total: number, done: number): void {
    this.phase = phase;
    this.total = total;
    this.done = done;
  }

  /** Runs `write` if it fits in the budget; false (nothing done) when it does not. */
  attempt(write: () => void): boolean {
    if (!this.fits(this.longest[this.phase] ?? FIRST_GUESS_MS[this.phase])) return false;
    const before = this.elapsed();
    write();
    this.longest[this.phase] = Math.max(this.longest[this.phase] ?? 0, this.elapsed() - before);
    this.done++;
    return true;
  }

  /** Work expected to take `ms` would still end within the budget. */
  fits(ms: number): boolean {
    return this.elapsed() + ms <= this.budgetMs;
  }

  /** The status sheet: the phase and how far it got (null: the current phase, unfinished). */
  status(finishedPhase: string | null, outcome: RebuildOutcome): void {
    const phaseName = finishedPhase ?? REBUILD_PHASES[this.phase];
    const lines: Array<[string, string]> = [
      ['ขั้นตอน', phaseName],
      ['ความคืบหน้า', finishedPhase ? 'ครบทุกส่วน' : `${formatFigure(this.done, 0)} จาก ${formatFigure(this.total, 0)} ส่วน จะทำต่อโดยอัตโนมัติในอีกประมาณ 1 นาที`],
      ['คำตอบทั้งหมด', `${formatFigure(outcome.responses, 0)} รายการ`],
      ['ไฟล์สรุปรายจังหวัด', outcome.provincesByFunction ? 'ฟังก์ชันคลาวด์เป็นผู้เขียน' : `รอบนี้ปรับปรุง ${outcome.provincesWritten.length} จังหวัด`],
      ['ปรับปรุงสถานะล่าสุด', formatThaiDateTime(this.services.now())],
    ];
    const existing = this.spreadsheet.getSheetByName(rebuildStatusSheet.name);
    if (!existing) {
      writeSheetLayout(
        this.spreadsheet,
        layoutFromDef(
          rebuildStatusSheet,
          lines.map(([item, value]) => ({ item, value })),
        ),
        this.services.spreadsheetApp,
      );
      return;
    }
    // Both columns are plain text (set up by the layout writer): strings go in as they are, no apostrophe.
    existing.getRange(2, 1, lines.length, 2).setValues(lines);
  }
}

function writeRegistrations(writer: BudgetedWriter, built: Extract<JobOutcome, { ok: true }>, known: ChunkedState | null, outcome: RebuildOutcome): boolean {
  if (!built.registrations) return true;
  const plan = planChunkedWrite(writer.spreadsheet, built.registrations, writer.services.spreadsheetApp, known);
  writer.enter('registrations', plan.total, plan.total - plan.pending.length);
  for (const chunk of plan.pending) {
    const ok = writer.attempt(() => {
      const state = plan.write(chunk);
      writer.properties.setProperty(REGISTRATIONS_PROPERTY, JSON.stringify(state));
    });
    if (!ok) return false;
    outcome.registrationChunksWritten++;
  }
  return true;
}

function writeNational(
  writer: BudgetedWriter,
  built: Extract<JobOutcome, { ok: true }>,
  stamp: string,
  known: Record<string, string>,
  outcome: RebuildOutcome,
): boolean {
  const sheets = built.workbooks.national.sheets;
  const hashes = sheets.map((s) => sheetFingerprint(s, stamp));
  const pending = sheets.map((_, i) => i).filter((i) => known[sheets[i]!.name] !== hashes[i]);
  const shapes = sheets.map(layoutShape);
  writer.enter('national', sheets.length, sheets.length - pending.length);
  const written = { ...known };
  for (const i of pending) {
    const ok = writer.attempt(() => {
      const layout = sheets[i]!;
      const sameShape = known[`${layout.name}#shape`] === shapes[i];
      const existing = writer.spreadsheet.getSheetByName(layout.name);
      if (existing && sameShape && known[`${layout.name}#rows`] === String(layout.rows.length)) rewriteValues(existing, layout);
      else writeLayoutInto(existing, writer.spreadsheet, layout, writer.services.spreadsheetApp, { sameShape });
      written[layout.name] = hashes[i]!;
      written[`${layout.name}#shape`] = shapes[i]!;
      written[`${layout.name}#rows`] = String(layout.rows.length);
      writer.properties.setProperty(NATIONAL_PROPERTY, JSON.stringify(written));
    });
    if (!ok) return false;
    outcome.nationalSheetsWritten++;
  }
  return true;
}

function writeProvinces(
  writer: BudgetedWriter,
  built: Extract<JobOutcome, { ok: true }>,
  stamp: string,
  stored: Record<string, string>,
  forceBefore: string | null,
  generatedAt: Date,
  outcome: RebuildOutcome,
): boolean {
  const records = new Map<string, ProvinceFileRecord>();
  const todo: Array<{ province: string; workbook: WorkbookLayout; hash: string; sheets: string[]; known: ProvinceFileRecord | null }> = [];
  for (const { province, workbook } of built.workbooks.provinces) {
    const known = parse<ProvinceFileRecord>(stored[PROVINCE_FILE_PROPERTY + province]);
    if (known) records.set(province, known);
    const { workbook: hash, sheets } = workbookFingerprints(workbook, stamp);
    const forced = known !== null && forceBefore !== null && known.updatedAt < forceBefore;
    if (known && known.hash === hash && !forced) {
      outcome.provincesUnchanged++;
      continue;
    }
    // Forced (the menu, also the way to repair a file someone changed): every sheet rewritten whole.
    todo.push({ province, workbook, hash, sheets, known: forced ? { ...known!, sheets: [], rows: [] } : known });
  }
  // Every province's file is written once before any is rewritten: unwritten first, then the longest unwritten.
  todo.sort((a, b) => (a.known ? 1 : 0) - (b.known ? 1 : 0) || (a.known?.updatedAt ?? '').localeCompare(b.known?.updatedAt ?? ''));
  writer.enter('provinces', built.workbooks.provinces.length, outcome.provincesUnchanged);
  // New files are copies of one template (province-template.ts), made or opened before the first of them.
  const template = new ProvinceTemplate(
    writer.services,
    stored,
    built.workbooks.provinces.map((p) => p.workbook),
  );
  const needsTemplate = todo.some((t) => !t.known && template.fits(t.workbook));
  let finished = true;
  if (needsTemplate && !template.prepare((ms) => writer.fits(ms))) {
    // Made over more than one execution: the next goes on with it.
    outcome.provincesPending.push(...todo.map((t) => t.province));
    return false;
  }
  for (const t of todo) {
    const ok = writer.attempt(() => {
      const record = writeProvinceFile(writer.services, t.workbook, t.known, t.hash, t.sheets, generatedAt, template);
      writer.properties.setProperty(PROVINCE_FILE_PROPERTY + t.province, JSON.stringify(record));
      records.set(t.province, record);
    });
    if (!ok) {
      finished = false;
      outcome.provincesPending.push(t.province);
      continue;
    }
    outcome.provincesWritten.push(t.province);
  }
  if (outcome.provincesWritten.length || !writer.spreadsheet.getSheetByName(provinceFilesSheet.name)) {
    writeSheetLayout(
      writer.spreadsheet,
      provinceFilesLayout(
        built.workbooks.provinces.map((p) => p.province),
        records,
      ),
      writer.services.spreadsheetApp,
    );
  }
  return finished;
}

const quoted = (sheetName: string) => `แผ่นงาน "${sheetName}"`;

function writeProvinceFile(
  services: Services,
  workbook: WorkbookLayout,
  known: ProvinceFileRecord | null,
  hash: string,
  sheetHashes: string[],
  generatedAt: Date,
  template: ProvinceTemplate,
): ProvinceFileRecord {
  const app = services.spreadsheetApp;
  const opened = known ? openProvinceFile(services, known.id) : null;
  const shapes = workbook.sheets.map(layoutShape);
  if (!opened && template.fits(workbook)) {
    const copy = template.copyFor(workbook);
    return { id: copy.getId(), hash, updatedAt: generatedAt.toISOString(), sheets: sheetHashes, shapes, rows: workbook.sheets.map((l) => l.rows.length) };
  }
  const file = opened ?? app.create(workbook.title);
  const byName = new Map<string, Sheet>(file.getSheets().map((s) => [s.getName(), s]));
  workbook.sheets.forEach((layout, i) => {
    // Only changed sheets of a file that was already there are rewritten.
    if (opened && known?.sheets?.[i] === sheetHashes[i] && byName.has(layout.name)) return;
    const sameShape = opened !== null && known?.shapes?.[i] === shapes[i];
    const existing = byName.get(layout.name) ?? null;
    // Same shape and as many rows as last time: only the values change.
    if (existing && sameShape && known?.rows?.[i] === layout.rows.length) rewriteValues(existing, layout);
    else writeLayoutInto(existing, file, layout, app, { sameShape });
  });
  if (!opened) {
    // A new spreadsheet's empty first sheet.
    const wanted = new Set(workbook.sheets.map((s) => s.name));
    for (const [name, sheet] of byName) if (!wanted.has(name)) file.deleteSheet(sheet);
  }
  return { id: file.getId(), hash, updatedAt: generatedAt.toISOString(), sheets: sheetHashes, shapes, rows: workbook.sheets.map((l) => l.rows.length) };
}

/**
 * The province file of that id, or null when it no longer exists (a new one is then made). A file that exists but
 * could not be opened just now (a transient "Service Spreadsheets failed") fails the execution with a Thai "try
 * again" (open-file.ts): the continuation tries again rather than making a second file.
 */
function openProvinceFile(services: Services, id: string): Spreadsheet | null {
  const opened = openById(services, 'ไฟล์สรุปรายจังหวัด', id, (fileId) => services.spreadsheetApp.openById(fileId));
  return opened.status === 'open' ? opened.file : null;
}

/** A settings row (`ตั้งค่า`) whose value is yes (ใช่ / yes / true). Absent sheet or row: no. */
function settingIsYes(spreadsheet: Spreadsheet, key: string): boolean {
  const sheet = spreadsheet.getSheetByName(settingsSheet.name);
  if (!sheet) return false;
  const row = readGrid(sheet).find((r) => String(r[0] ?? '').trim() === key);
  return /^(ใช่|yes|true)$/i.test(String(row?.[1] ?? '').trim());
}

function parse<T>(text: string | undefined): T | null {
  if (!text) return null;
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

/** Each province file gets its own LAOs' registration links (no personal data), once the form exists. */
function linksByProvince(registry: Registry, template: NonNullable<ReturnType<typeof loadPrefillTemplate>>): Map<string, SheetLayout[]> {
  return new Map(registry.provinces().map((province) => [province, [rsvpLinksLayout(template, registry.inProvince(province))]]));
}

function provinceFilesLayout(provinces: readonly string[], records: ReadonlyMap<string, ProvinceFileRecord>): SheetLayout {
  return layoutFromDef(
    provinceFilesSheet,
    provinces.map((province) => {
      const record = records.get(province);
      return {
        province,
        link: record ? `https://docs.google.com/spreadsheets/d/${record.id}/edit` : 'ยังไม่ได้สร้าง (จะสร้างในรอบถัดไป)',
        updatedAt: record ? new Date(record.updatedAt) : null,
      };
    }),
  );
}
