/**
 * Progress of indicator entry for the follow-up cascade (province → district → LAO): per district and province, how
 * many LAOs are expected, complete, with errors, partly entered or not started (the four add up to the expected),
 * the LAOs each district must call, and the days left in the entry window. Built on `indicatorProgress`, so an LAO
 * is complete here exactly when it is complete in the summaries.
 */
import type { Cell, Grid } from '../../sheets-schema/cell';
import { ENTRY_LAO_STATES, entryDistrictProgressSheet, entryFollowUpSheet, entryProvinceProgressSheet } from '../../sheets-schema/entry-files';
import { NO_DISTRICT_LABEL } from '../../sheets-schema/summaries';
import { SETTING_KEYS, settingsSheet } from '../../sheets-schema/settings';
import { readTable } from '../../sheets-schema/table';
import { layoutFromDef, storedValue, type SheetLayout } from '../../sheets-schema/workbook';
import { bangkokWallTime, fromBangkokWallTime } from '../dates/bangkok';
import { formatThaiDate, formatThaiDateTime } from '../dates/format';
import { parseDate } from '../dates/parse';
import type { Registry } from '../registry/index';
import { provinceTitle } from '../summary/layout-parts';
import type { Catalog } from './catalog';
import type { CheckedEntry, EntryChecks } from './checks';
import { indicatorProgress, type IndicatorProgress, type LaoScorecard, type ProvinceProgress } from './progress';
import { laoDisplayName } from '../vocabulary';

export type LaoEntryState = keyof typeof ENTRY_LAO_STATES;

/** LAO counts of one area; the four states add up to `expected`. */
export interface EntryCounts {
  expected: number;
  complete: number;
  withErrors: number;
  inProgress: number;
  notStarted: number;
}

export interface FollowUp {
  card: LaoScorecard;
  state: Exclude<LaoEntryState, 'complete'>;
}

export interface DistrictEntryProgress extends EntryCounts {
  district: string;
  /** LAOs not complete, errors first, then not started, then partly entered; by code within each. */
  followUp: FollowUp[];
}

export interface ProvinceEntryProgress extends EntryCounts {
  province: string;
  districts: DistrictEntryProgress[];
}

export interface EntryProgress {
  provinces: ProvinceEntryProgress[];
  national: EntryCounts;
}

/**
 * The state of an LAO with applicable indicators. An entered row either counts (done) or has an error, so an LAO
 * with nothing done and no error has entered nothing that counts: not started.
 */
export function laoEntryState(card: LaoScorecard): LaoEntryState {
  if (card.complete) return 'complete';
  if (card.rowsWithErrors > 0) return 'withErrors';
  if (card.done === 0) return 'notStarted';
  return 'inProgress';
}

const emptyCounts = (): EntryCounts => ({ expected: 0, complete: 0, withErrors: 0, inProgress: 0, notStarted: 0 });

function add(into: EntryCounts, from: EntryCounts): void {
  into.expected += from.expected;
  into.complete += from.complete;
  into.withErrors += from.withErrors;
  into.inProgress += from.inProgress;
  into.notStarted += from.notStarted;
}

const FOLLOW_UP_ORDER: Record<FollowUp['state'], number> = { withErrors: 0, notStarted: 1, inProgress: 2 };

/** One province's cascade progress from its indicator progress: districts as its LAOs name them, each summed up. */
export function provinceEntryProgress(p: ProvinceProgress): ProvinceEntryProgress {
  const districts = new Map<string, DistrictEntryProgress>();
  for (const card of p.laos) {
    if (card.applicable === 0) continue; // an LAO that entered rows no indicator applies to: not expected
    const name = card.lao.district || NO_DISTRICT_LABEL;
    let d = districts.get(name);
    if (!d) districts.set(name, (d = { district: name, ...emptyCounts(), followUp: [] }));
    const state = laoEntryState(card);
    d.expected++;
    d[state]++;
    if (state !== 'complete') d.followUp.push({ card, state });
  }
  const province: ProvinceEntryProgress = { province: p.province, ...emptyCounts(), districts: [...districts.values()] };
  for (const d of province.districts) {
    d.followUp.sort((a, b) => FOLLOW_UP_ORDER[a.state] - FOLLOW_UP_ORDER[b.state] || (a.card.lao.code < b.card.lao.code ? -1 : 1));
    add(province, d);
  }
  return province;
}

/** Cascade progress from indicator progress already built (the summarise job has it): no second pass over the rows. */
export function entryProgressOf(progress: IndicatorProgress): EntryProgress {
  const national = emptyCounts();
  const provinces = progress.provinces.map((p) => {
    const province = provinceEntryProgress(p);
    add(national, province);
    return province;
  });
  return { provinces: provinces.filter((p) => p.expected > 0), national };
}

/** Progress per district, province and nationally; each level is the sum of the one below. */
export function entryProgress(checked: EntryChecks | readonly CheckedEntry[], catalog: Catalog, registry: Registry): EntryProgress {
  return entryProgressOf(indicatorProgress(checked, catalog, registry));
}

/** The entry window from the settings sheet; a bound missing or not a date is null (and said so by the caller). */
export interface EntryWindow {
  start: Date | null;
  end: Date | null;
}

export function entryWindowFromSettings(grid: Grid | null): EntryWindow {
  const window: EntryWindow = { start: null, end: null };
  if (!grid) return window;
  const table = readTable(settingsSheet, grid);
  if (!table.ok) return window;
  for (const row of table.rows) {
    const key = String(row.key ?? '').trim();
    if (key === SETTING_KEYS.entryWindowStart) window.start = parseDate(row.value);
    if (key === SETTING_KEYS.entryWindowEnd) window.end = parseDate(row.value);
  }
  return window;
}

const DAY_MS = 86_400_000;

/** Bangkok midnight of the day `now` falls on in Bangkok. */
function bangkokDay(now: Date): Date {
  const t = bangkokWallTime(now);
  return fromBangkokWallTime({ ...t, hour: 0, minute: 0, second: 0 })!;
}

/** Days left counting today, when the last day is `end` (both Bangkok calendar days): on the last day, 1. */
export function daysLeft(now: Date, end: Date): number {
  return Math.round((bangkokDay(end).getTime() - bangkokDay(now).getTime()) / DAY_MS) + 1;
}

/** One Thai line on where the window stands today, Buddhist-era dates. */
export function entryWindowLine(window: EntryWindow, now: Date): string {
  const { start, end } = window;
  if (!end) return `ยังไม่ได้กำหนด "${SETTING_KEYS.entryWindowEnd}" ในแผ่นงาน "${settingsSheet.name}"`;
  const left = daysLeft(now, end);
  if (start && daysLeft(now, start) > 1) {
    return `ยังไม่เปิดให้บันทึก เปิด ${formatThaiDate(start)} ถึง ${formatThaiDate(end)} (อีก ${daysLeft(now, start) - 1} วันจะเปิด)`;
  }
  if (left < 1) return `ปิดการบันทึกแล้ว (วันสุดท้าย ${formatThaiDate(end)})`;
  return `เหลือเวลาบันทึก ${left} วัน (ถึงวันที่ ${formatThaiDate(end)} รวมวันนี้)`;
}

/**
 * The window line of the summary workbooks, whose job may be given no window at all (the CLI without
 * `--entry-window`, the cloud function's rebuild): then it says so rather than name a settings sheet.
 */
export function summaryWindowLine(window: EntryWindow | undefined, now: Date): string {
  return window ? entryWindowLine(window, now) : 'ระยะเวลาบันทึกตัวชี้วัด: ไม่ได้กำหนด';
}

function areaRow(area: string, c: EntryCounts): Record<keyof typeof entryDistrictProgressSheet.columns, Cell> {
  return {
    area,
    laosExpected: c.expected,
    laosComplete: c.complete,
    laosWithErrors: c.withErrors,
    laosInProgress: c.inProgress,
    laosNotStarted: c.notStarted,
    completePct: c.expected ? Math.round((c.complete / c.expected) * 10_000) / 100 : null,
  };
}

function lines(title: string, window: EntryWindow, now: Date): string[] {
  return [title, `ตรวจข้อมูล ณ ${formatThaiDateTime(now)} น.`, entryWindowLine(window, now)];
}

/** A province's progress sheets, written into its entry file: districts with the province total, and the follow-up list. */
export function provinceProgressLayouts(p: ProvinceEntryProgress, window: EntryWindow, now: Date): SheetLayout[] {
  const title = `ความคืบหน้าการบันทึกตัวชี้วัด ${provinceTitle(p.province)}`;
  return [
    layoutFromDef(entryDistrictProgressSheet, [...p.districts.map((d) => areaRow(d.district, d)), areaRow('รวมทั้งจังหวัด', p)], {
      preamble: lines(title, window, now),
    }),
    layoutFromDef(
      entryFollowUpSheet,
      p.districts.flatMap((d) =>
        d.followUp.map(({ card, state }) => ({
          district: d.district,
          laoCode: card.lao.code,
          laoName: laoDisplayName(card.lao.type, card.lao.name),
          state: ENTRY_LAO_STATES[state],
          applicable: card.applicable,
          done: card.done,
          rowsToFix: card.rowsWithErrors,
          missing: card.missing.map((i) => i.code).join(', '),
        })),
      ),
      { preamble: lines(`อปท. ที่ยังกรอกไม่ครบ รายอำเภอ ${provinceTitle(p.province)}`, window, now) },
    ),
  ];
}

/** The national progress sheet, per province with the national total (counts only). */
export function nationalProgressLayout(progress: EntryProgress, window: EntryWindow, now: Date): SheetLayout {
  return layoutFromDef(entryProvinceProgressSheet, [...progress.provinces.map((p) => areaRow(p.province, p)), areaRow('รวมทั้งประเทศ', progress.national)], {
    preamble: lines('ความคืบหน้าการบันทึกตัวชี้วัด ทั้งประเทศ', window, now),
  });
}

/** A layout's cells as they read back (UNFORMATTED): what to compare with the sheet to skip an unchanged write. */
export function progressGrid(layout: SheetLayout): Cell[][] {
  const width = layout.columns.length;
  const kinds = layout.columns.map((c) => c.kind ?? 'text');
  const value = (cell: Cell, c: number) => {
    const v = storedValue(cell, kinds[c]);
    return v === null ? '' : v;
  };
  return [
    ...(layout.preamble ?? []).map((line) => [line, ...new Array<Cell>(width - 1).fill('')]),
    layout.columns.map((c) => c.header),
    ...layout.rows.map((row) => layout.columns.map((_, c) => value(row[c] ?? null, c))),
  ];
}

/** The "checked at" line (second preamble line) changes every run; it alone is no change. */
export function sameProgress(a: readonly Cell[][], b: readonly Cell[][]): boolean {
  const norm = (g: readonly Cell[][]) => {
    const rows = g.map((row, r) => (r === 1 ? [] : trimRow(row)));
    while (rows.length && rows[rows.length - 1]!.length === 0) rows.pop();
    return JSON.stringify(rows);
  };
  return norm(a) === norm(b);
}

function trimRow(row: readonly Cell[]): Cell[] {
  const copy = row.map((c) => (c === null ? '' : c));
  while (copy.length && copy[copy.length - 1] === '') copy.pop();
  return copy;
}
