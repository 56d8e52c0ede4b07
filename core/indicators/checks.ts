import { cellText, type Cell } from '../../sheets-schema/cell';
import type { Registry } from '../registry/index';
import type { RegistryEntry } from '../registry/types';
import type { Reason } from '../rsvp/types';
import { cleanText, parseThaiNumber } from '../text/thai';
import { indicatorKey, type Catalog, type Indicator } from './catalog';
import { cellAt, entryTableOfRows, type EntryRow, type EntryTable } from './entries';
import { modifiedZ, outlierScale } from './outliers';
import { formatFigure, indicatorReason } from './reasons';
import { BELOW_TARGET, MEETS_TARGET, ratioPct, resultFor } from './result';
import { INDICATOR_RESULTS, LAO_TYPES, type IndicatorResult, type LaoType } from '../vocabulary';

/**
 * When a figure is reported as an outlier. It must pass two tests: unusual for its group (the modified z-score) and
 * far from the group's median in plain terms (the effect size). Many ratios sit at exactly 100%, which makes the
 * spread tiny, so the z-score alone flagged ordinary results such as 67% (1.8% of the national demo entries, while
 * published real results include 46% and 52%); with the effect size 0.14% are flagged and every planted slip of
 * units or digits still is (npm run demo's data set).
 */
export interface CheckSettings {
  /** Modified z-score above which a figure is unusual for its group (Iglewicz & Hoaglin's 3.5). */
  outlierThreshold: number;
  /** Smallest (indicator, LAO type) group in which outliers are looked for; a median of a handful means little. */
  outlierMinGroup: number;
  /**
   * A ratio must also be more than this many percentage points above or below its group's median. Default 50: so
   * 1 of 2 (50%) against a median of 100% is not an outlier, 5% is.
   */
  outlierMinRatioGap: number;
  /** A frame must also be more than this many times above or below its group's median. Default 10: a slip of units or a digit. */
  outlierMinFrameFactor: number;
}

export const DEFAULT_CHECK_SETTINGS: CheckSettings = { outlierThreshold: 3.5, outlierMinGroup: 5, outlierMinRatioGap: 50, outlierMinFrameFactor: 10 };

/** An entry row after every check: what it is about, its numbers, its result and its reasons. */
export interface CheckedEntry {
  /** 1-based data row of the entries sheet. */
  row: number;
  /** Codes as compared (cleaned); blank when not given. */
  laoCode: string;
  indicatorCode: string;
  lao: RegistryEntry | null;
  /** The catalog row for this LAO's type; null when unknown or not applicable. */
  indicator: Indicator | null;
  /** Parsed numbers; null when blank, `-`, or not a number (then there is an error). */
  frame: number | null;
  delivered: number | null;
  /** Anything typed in either number column. */
  entered: boolean;
  ratioPct: number | null;
  /** Null when not entered or when an error makes it unknowable. */
  result: IndicatorResult | null;
  /** Most entries have none: they share one empty list. */
  reasons: readonly Reason[];
  hasError: boolean;
  /** The first row of the same (LAO, indicator) when this one repeats it with equal values. */
  repeatOf: number | null;
}

const NO_REASONS: readonly Reason[] = Object.freeze([]);

/** An LAO code as compared, with its registry entry; one per distinct code. */
export interface LaoKey {
  code: string;
  lao: RegistryEntry | null;
  /** Position of the LAO's type in LAO_TYPES; -1 without an LAO. */
  type: number;
}

/**
 * Every entry's check as columns, one item per entry in table order: the national job reads 400,000 entries, and
 * typed arrays cost neither an object per entry nor the collector's time (CheckedEntry objects took 50 MB and most
 * of the stage's garbage collection). Null numbers are NaN. `entry(i)` gives one entry as a CheckedEntry, for the
 * few rows shown one by one (those with reasons).
 */
export class EntryChecks {
  readonly length: number;
  /** 1-based data row. */
  readonly row: Int32Array;
  /** Index into `laoKeys` / `indicatorCodes`. */
  readonly laoKey: Int32Array;
  readonly indicatorCode: Int32Array;
  /** Index into the catalog's `indicators`; -1: none (unknown or not applicable). */
  readonly indicator: Int32Array;
  readonly frame: Float64Array;
  readonly delivered: Float64Array;
  readonly ratioPct: Float64Array;
  readonly entered: Uint8Array;
  readonly hasError: Uint8Array;
  /** Index into INDICATOR_RESULTS; -1: none. */
  readonly result: Int8Array;
  /** Index of the entry this one repeats; -1: none. */
  readonly repeatOf: Int32Array;
  /** Only entries with reasons, in the order the reasons were found. */
  readonly reasons = new Map<number, Reason[]>();

  constructor(
    length: number,
    readonly laoKeys: LaoKey[],
    readonly indicatorCodes: string[],
    readonly indicators: readonly Indicator[],
  ) {
    this.length = length;
    this.row = new Int32Array(length);
    this.laoKey = new Int32Array(length);
    this.indicatorCode = new Int32Array(length);
    this.indicator = new Int32Array(length).fill(-1);
    this.frame = new Float64Array(length).fill(NaN);
    this.delivered = new Float64Array(length).fill(NaN);
    this.ratioPct = new Float64Array(length).fill(NaN);
    this.entered = new Uint8Array(length);
    this.hasError = new Uint8Array(length);
    this.result = new Int8Array(length).fill(-1);
    this.repeatOf = new Int32Array(length).fill(-1);
  }

  lao(i: number): RegistryEntry | null {
    return this.laoKeys[this.laoKey[i]!]!.lao;
  }

  reasonsOf(i: number): readonly Reason[] {
    return this.reasons.get(i) ?? NO_REASONS;
  }

  addReason(i: number, reason: Reason): void {
    const list = this.reasons.get(i);
    if (list) list.push(reason);
    else this.reasons.set(i, [reason]);
  }

  resultOf(i: number): IndicatorResult | null {
    const r = this.result[i]!;
    return r < 0 ? null : INDICATOR_RESULTS[r]!;
  }

  entry(i: number): CheckedEntry {
    const indicator = this.indicator[i]!;
    const repeatOf = this.repeatOf[i]!;
    return {
      row: this.row[i]!,
      laoCode: this.laoKeys[this.laoKey[i]!]!.code,
      indicatorCode: this.indicatorCodes[this.indicatorCode[i]!]!,
      lao: this.lao(i),
      indicator: indicator < 0 ? null : this.indicators[indicator]!,
      frame: nullable(this.frame[i]!),
      delivered: nullable(this.delivered[i]!),
      entered: this.entered[i] === 1,
      ratioPct: nullable(this.ratioPct[i]!),
      result: this.resultOf(i),
      // A copy, so that a caller's list never changes under the columns.
      reasons: this.reasons.has(i) ? [...this.reasons.get(i)!] : NO_REASONS,
      hasError: this.hasError[i] === 1,
      repeatOf: repeatOf < 0 ? null : this.row[repeatOf]!,
    };
  }

  entries(): CheckedEntry[] {
    return Array.from({ length: this.length }, (_, i) => this.entry(i));
  }
}

/** The columns of entries checked one by one (the entry files' check builds CheckedEntry objects). */
export function entryChecksOf(entries: readonly CheckedEntry[], catalog: Catalog): EntryChecks {
  const laoKeys = new Map<string, number>();
  const codes = new Map<string, number>();
  const laoList: LaoKey[] = [];
  const codeList: string[] = [];
  const indicatorAt = new Map(catalog.indicators.map((ind, i) => [ind, i]));
  const checks = new EntryChecks(entries.length, laoList, codeList, catalog.indicators);
  const repeatedRows = new Set<number>();
  entries.forEach((e, i) => {
    let lao = laoKeys.get(e.laoCode);
    if (lao === undefined) {
      laoKeys.set(e.laoCode, (lao = laoList.length));
      laoList.push({ code: e.laoCode, lao: e.lao, type: e.lao ? LAO_TYPES.indexOf(e.lao.type) : -1 });
    }
    let code = codes.get(e.indicatorCode);
    if (code === undefined) codes.set(e.indicatorCode, (code = codeList.push(e.indicatorCode) - 1));
    checks.row[i] = e.row;
    checks.laoKey[i] = lao;
    checks.indicatorCode[i] = code;
    checks.indicator[i] = e.indicator ? (indicatorAt.get(e.indicator) ?? -1) : -1;
    checks.frame[i] = e.frame ?? NaN;
    checks.delivered[i] = e.delivered ?? NaN;
    checks.ratioPct[i] = e.ratioPct ?? NaN;
    checks.entered[i] = e.entered ? 1 : 0;
    checks.hasError[i] = e.hasError ? 1 : 0;
    checks.result[i] = e.result === null ? -1 : INDICATOR_RESULTS.indexOf(e.result);
    if (e.reasons.length) checks.reasons.set(i, [...e.reasons]);
    if (e.repeatOf !== null) repeatedRows.add(e.repeatOf);
  });
  // A repeat names its first row by number: the first entry of each such row, found in a second pass only when any.
  if (repeatedRows.size) {
    const firstOfRow = new Map<number, number>();
    entries.forEach((e, i) => {
      if (repeatedRows.has(e.row) && !firstOfRow.has(e.row)) firstOfRow.set(e.row, i);
    });
    entries.forEach((e, i) => {
      if (e.repeatOf !== null) checks.repeatOf[i] = firstOfRow.get(e.repeatOf) ?? -1;
    });
  }
  return checks;
}

function nullable(x: number): number | null {
  return Number.isNaN(x) ? null : x;
}

const PLAIN_CODE = /^[0-9A-Za-z.\-]*$/;

/** Codes as typed: most are plain ASCII already, which skips the full Thai clean-up on 400,000 rows. */
function laoKey(cell: Cell): string {
  if (typeof cell === 'number') return String(cell);
  const text = cellText(cell).trim();
  return PLAIN_CODE.test(text) ? text : cleanText(text).replace(/\s+/g, '');
}

function codeKey(cell: Cell): string {
  if (typeof cell === 'number') return String(cell);
  const text = cellText(cell).trim();
  return PLAIN_CODE.test(text) ? text.toUpperCase() : indicatorKey(text);
}

/**
 * Checks every entry against the registry and the catalog, computes results, finds repeated and conflicting
 * (LAO, indicator) pairs, then outliers per (indicator, LAO type) among the entries free of errors.
 */
export function checkEntries(
  rows: readonly EntryRow[],
  catalog: Catalog,
  registry: Registry,
  settings: CheckSettings = DEFAULT_CHECK_SETTINGS,
): CheckedEntry[] {
  return checkEntryTable(entryTableOfRows(rows), catalog, registry, settings).entries();
}

/** The same checks on a table read in place, as columns (the national job's path). */
export function checkEntryTable(table: EntryTable, catalog: Catalog, registry: Registry, settings: CheckSettings = DEFAULT_CHECK_SETTINGS): EntryChecks {
  const keys = new CodeKeys(registry.byCode, catalog);
  const checks = new EntryChecks(table.at.length, keys.laoList, keys.codeList, catalog.indicators);
  // One scratch list for every row's reasons: most rows have none, and then no list is allocated for them.
  const scratch: Reason[] = [];
  for (let i = 0; i < checks.length; i++) checkOne(table, i, checks, catalog, keys, scratch);
  markRepeats(checks);
  for (let i = 0; i < checks.length; i++) {
    const reasons = checks.reasons.get(i);
    const hasError = reasons !== undefined && reasons.some((r) => r.severity === 'error');
    checks.hasError[i] = hasError ? 1 : 0;
    const indicator = checks.indicator[i]!;
    const frame = checks.frame[i]!;
    if (!hasError && checks.entered[i] && indicator >= 0 && !Number.isNaN(frame)) {
      const delivered = checks.delivered[i]!;
      const result = resultFor(frame, Number.isNaN(delivered) ? null : delivered, catalog.indicators[indicator]!.targetPct);
      checks.result[i] = INDICATOR_RESULTS.indexOf(result);
    }
  }
  markOutliers(checks, settings);
  return checks;
}

/**
 * Each distinct code cell cleaned and looked up once: the same few thousand codes repeat down 400,000 rows (the
 * grid readers share equal strings, so a cell is found again by identity). Cells that clean to the same code get
 * one key, so a pair of codes is found again by two numbers.
 */
class CodeKeys {
  readonly laoList: LaoKey[] = [];
  readonly codeList: string[] = [];
  private readonly laoOfCell = new Map<Cell, number>();
  private readonly laoOfCode = new Map<string, number>();
  private readonly codeOfCell = new Map<Cell, number>();
  private readonly codeOfText = new Map<string, number>();
  private readonly indicatorAt: Map<Indicator, number>;
  /** Catalog index by (indicator code key, LAO type): -1 none, -2 not looked up yet. */
  private applicable = new Int32Array(0);

  constructor(
    private readonly registry: ReadonlyMap<string, RegistryEntry>,
    private readonly catalog: Catalog,
  ) {
    this.indicatorAt = new Map(catalog.indicators.map((ind, i) => [ind, i]));
  }

  lao(cell: Cell): number {
    let key = this.laoOfCell.get(cell);
    if (key === undefined) {
      const code = laoKey(cell);
      key = this.laoOfCode.get(code);
      if (key === undefined) {
        const lao = this.registry.get(code) ?? null;
        this.laoOfCode.set(code, (key = this.laoList.length));
        this.laoList.push({ code, lao, type: lao ? LAO_TYPES.indexOf(lao.type) : -1 });
      }
      this.laoOfCell.set(cell, key);
    }
    return key;
  }

  indicator(cell: Cell): number {
    let key = this.codeOfCell.get(cell);
    if (key === undefined) {
      const code = codeKey(cell);
      key = this.codeOfText.get(code);
      if (key === undefined) this.codeOfText.set(code, (key = this.codeList.push(code) - 1));
      this.codeOfCell.set(cell, key);
    }
    return key;
  }

  /** The catalog row of code key `code` for LAO type `type` (its LAO_TYPES index), as a catalog index or -1. */
  lookup(code: number, type: number): number {
    if (type < 0) return -1; // a type outside the vocabulary: no catalog row applies
    const at = code * LAO_TYPES.length + type;
    if (at >= this.applicable.length) {
      const grown = new Int32Array(Math.max((code + 1) * LAO_TYPES.length, this.applicable.length * 2)).fill(-2);
      grown.set(this.applicable);
      this.applicable = grown;
    }
    let found = this.applicable[at]!;
    if (found === -2) {
      const ind = this.catalog.lookup(this.codeList[code]!, LAO_TYPES[type]!);
      this.applicable[at] = found = ind ? this.indicatorAt.get(ind)! : -1;
    }
    return found;
  }
}

/** `reasons` is empty on entry and on return; the entry keeps a copy when it has any. */
function checkOne(table: EntryTable, i: number, checks: EntryChecks, catalog: Catalog, keys: CodeKeys, reasons: Reason[]): void {
  const { columns } = table;
  const source = table.rows[table.at[i]!];
  const laoKey = keys.lao(cellAt(source, columns.laoCode));
  const codeKey = keys.indicator(cellAt(source, columns.indicatorCode));
  const { code: laoCode, lao, type } = keys.laoList[laoKey]!;
  const indicatorCode = keys.codeList[codeKey]!;
  let indicator = -1;
  if (!lao) reasons.push(indicatorReason('unknown_lao', { lao: laoCode || '(ว่าง)' }));
  if (!catalog.has(indicatorCode)) {
    reasons.push(indicatorReason('unknown_indicator', { indicator: indicatorCode || '(ว่าง)' }));
  } else if (lao) {
    indicator = keys.lookup(codeKey, type);
    if (indicator < 0) reasons.push(indicatorReason('indicator_not_applicable', { indicator: indicatorCode, type: lao.type }));
  }

  const frameCell = cellAt(source, columns.frame);
  const deliveredCell = cellAt(source, columns.delivered);
  const frameParsed = parseThaiNumber(frameCell);
  const deliveredParsed = parseThaiNumber(deliveredCell);
  const frame = usable(frameParsed, frameCell, 'frame_not_number', 'frame_negative', reasons);
  const delivered = usable(deliveredParsed, deliveredCell, 'delivered_not_number', 'delivered_negative', reasons);
  if (frameParsed === null && deliveredParsed !== null) reasons.push(indicatorReason('frame_missing'));
  if (indicator >= 0 && catalog.indicators[indicator]!.percentage && frame !== null && delivered !== null && delivered > frame) {
    reasons.push(indicatorReason('delivered_exceeds_frame', { delivered: formatFigure(delivered, 4), frame: formatFigure(frame, 4) }));
  }
  checks.row[i] = table.rowNumber[i]!;
  checks.laoKey[i] = laoKey;
  checks.indicatorCode[i] = codeKey;
  checks.indicator[i] = indicator;
  if (frame !== null) checks.frame[i] = frame;
  if (delivered !== null) checks.delivered[i] = delivered;
  checks.entered[i] = frameParsed !== null || deliveredParsed !== null ? 1 : 0;
  if (frame !== null && delivered !== null) {
    const ratio = ratioPct(frame, delivered);
    if (ratio !== null) checks.ratioPct[i] = ratio;
  }
  if (reasons.length) checks.reasons.set(i, reasons.splice(0));
}

/** A usable number, or null with the reason when it is not one; blank and `-` are null without a reason. */
function usable(
  value: number | null,
  cell: Cell,
  notNumber: 'frame_not_number' | 'delivered_not_number',
  negative: 'frame_negative' | 'delivered_negative',
  reasons: Reason[],
): number | null {
  if (value === null) return null;
  if (Number.isNaN(value)) {
    reasons.push(indicatorReason(notNumber, { value: cellText(cell).trim() }));
    return null;
  }
  if (value < 0) {
    reasons.push(indicatorReason(negative, { value: formatFigure(value, 4) }));
    return null;
  }
  return value;
}

/**
 * The same (LAO, indicator) entered on several rows: equal values are a repeat (warning, counted once);
 * different values are a conflict on every one of those rows, never resolved by picking one.
 */
function markRepeats(checks: EntryChecks): void {
  // LAO by LAO (entries in order within each), with one slot per indicator code for the first entry of each pair:
  // no key per entry, and a list only for pairs seen twice.
  const byLao = entriesByLao(checks);
  const firstOfCode = new Int32Array(checks.indicatorCodes.length).fill(-1);
  const repeated = new Map<number, number[]>();
  for (let k = 0; k < checks.laoKeys.length; k++) {
    const run = byLao.order.subarray(byLao.start[k]!, byLao.start[k + 1]!);
    if (!checks.laoKeys[k]!.code) continue;
    for (const i of run) {
      const code = checks.indicatorCode[i]!;
      if (!checks.entered[i] || !checks.indicatorCodes[code]) continue;
      const first = firstOfCode[code]!;
      if (first < 0) firstOfCode[code] = i;
      else {
        const list = repeated.get(first);
        if (list) list.push(i);
        else repeated.set(first, [first, i]);
      }
    }
    for (const i of run) firstOfCode[checks.indicatorCode[i]!] = -1;
  }
  for (const list of repeated.values()) {
    const first = list[0]!;
    if (list.every((i) => sameValues(checks, i, first))) {
      for (const i of list.slice(1)) {
        checks.repeatOf[i] = first;
        checks.addReason(i, indicatorReason('entry_repeated', { first: checks.row[first]! }));
      }
      continue;
    }
    const rows = list.map((i) => checks.row[i]!).join(', ');
    for (const i of list) {
      const lao = checks.laoKeys[checks.laoKey[i]!]!.code;
      const indicator = checks.indicatorCodes[checks.indicatorCode[i]!]!;
      checks.addReason(i, indicatorReason('entry_conflict', { lao, indicator, rows }));
    }
  }
}

/** Entry indexes grouped by LAO key, in entry order within each: key k's are `order[start[k]]` to `order[start[k + 1]]`. */
function entriesByLao(checks: EntryChecks): { order: Int32Array; start: Int32Array } {
  const start = new Int32Array(checks.laoKeys.length + 1);
  for (let i = 0; i < checks.length; i++) start[checks.laoKey[i]! + 1]!++;
  for (let k = 1; k < start.length; k++) start[k]! += start[k - 1]!;
  const next = start.slice();
  const order = new Int32Array(checks.length);
  for (let i = 0; i < checks.length; i++) order[next[checks.laoKey[i]!]!++] = i;
  return { order, start };
}

/** Parsed values, so `1,000` and `1000` agree; a non-number never equals anything (it is an error anyway). */
function sameValues(checks: EntryChecks, a: number, b: number): boolean {
  const clean = (i: number) => !checks.reasonsOf(i).some((r) => r.code.endsWith('_not_number') || r.code.endsWith('_negative'));
  return clean(a) && clean(b) && sameNumber(checks.frame[a]!, checks.frame[b]!) && sameNumber(checks.delivered[a]!, checks.delivered[b]!);
}

/** Null (NaN in the columns) equals null. */
function sameNumber(a: number, b: number): boolean {
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}

/**
 * Outliers per (indicator, LAO type), among entries free of errors and not repeats. The ratio is scored as it is,
 * only where a service was delivered (no-service and not-done are categories, not measurements). The frame is
 * scored on a log scale: frames grow multiplicatively with an LAO's size (2 km to 13,000 km of road), so on a
 * linear scale every large town would be flagged, while on a log scale what stands out is a slip of units or digits.
 */
function markOutliers(checks: EntryChecks, settings: CheckSettings): void {
  // A group is (catalog index, LAO type index), one number. Two passes over the columns: count each group's figures,
  // then lay every group's out side by side in one typed array (entry order within a group, as the sums need).
  const types = LAO_TYPES.length;
  const groups = checks.indicators.length * types;
  const groupOf = new Int32Array(checks.length).fill(-1);
  const ratioCount = new Int32Array(groups + 1);
  const frameCount = new Int32Array(groups + 1);
  for (let i = 0; i < checks.length; i++) {
    const indicator = checks.indicator[i]!;
    if (checks.hasError[i] || checks.repeatOf[i]! >= 0 || !checks.entered[i] || indicator < 0) continue;
    const group = indicator * types + checks.laoKeys[checks.laoKey[i]!]!.type;
    groupOf[i] = group;
    if (isRatioScored(checks.result[i]!)) ratioCount[group + 1]!++;
    if (checks.frame[i]! > 0) frameCount[group + 1]!++;
  }
  const ratio = figures(ratioCount);
  const frame = figures(frameCount);
  for (let i = 0; i < checks.length; i++) {
    const group = groupOf[i]!;
    if (group < 0) continue;
    if (isRatioScored(checks.result[i]!)) ratio.add(group, i, checks.ratioPct[i]!);
    if (checks.frame[i]! > 0) frame.add(group, i, Math.log10(checks.frame[i]!));
  }
  const ratioScoring: Scoring = {
    code: 'ratio_outlier',
    shown: (i) => checks.ratioPct[i]!,
    shownMedian: (m) => m,
    minGap: settings.outlierMinRatioGap,
  };
  const frameScoring: Scoring = {
    code: 'frame_outlier',
    shown: (i) => checks.frame[i]!,
    shownMedian: (m) => 10 ** m,
    minGap: Math.log10(settings.outlierMinFrameFactor),
  };
  for (let group = 0; group < groups; group++) {
    const type = LAO_TYPES[group % types]!;
    score(checks, ratio.of(group), ratioScoring, type, settings);
    score(checks, frame.of(group), frameScoring, type, settings);
  }
}

const RATIO_SCORED = [MEETS_TARGET, BELOW_TARGET].map((r) => INDICATOR_RESULTS.indexOf(r));

function isRatioScored(result: number): boolean {
  return result === RATIO_SCORED[0] || result === RATIO_SCORED[1];
}

/** One figure of every group: the entries' indexes and their figures on the scored scale, group after group. */
interface Figures {
  at: Int32Array;
  values: Float64Array;
}

/** Room for each group's figures from their counts (`counts[g + 1]`: group g's); then `add` fills and `of` reads. */
function figures(counts: Int32Array) {
  const start = new Int32Array(counts.length);
  for (let g = 1; g < counts.length; g++) start[g] = start[g - 1]! + counts[g]!;
  const next = start.slice();
  const total = start[counts.length - 1]!;
  const at = new Int32Array(total);
  const values = new Float64Array(total);
  return {
    add(group: number, entry: number, value: number): void {
      const k = next[group]!++;
      at[k] = entry;
      values[k] = value;
    },
    of(group: number): Figures {
      return { at: at.subarray(start[group]!, start[group + 1]!), values: values.subarray(start[group]!, start[group + 1]!) };
    },
  };
}

/** How one figure is shown. */
interface Scoring {
  code: 'ratio_outlier' | 'frame_outlier';
  /** The figure shown (of entry `i`), and the scored median back on the shown scale. */
  shown(i: number): number;
  shownMedian(median: number): number;
  /** Distance from the group's median, on the scored scale, that an outlier must exceed (the effect size). */
  minGap: number;
}

function score(checks: EntryChecks, figures: Figures, scoring: Scoring, type: LaoType, settings: CheckSettings): void {
  const { outlierThreshold: threshold, outlierMinGroup: minGroup } = settings;
  const { values } = figures;
  if (values.length < minGroup || values.length === 0) return;
  const scale = outlierScale(values);
  for (let i = 0; i < values.length; i++) {
    if (Math.abs(values[i]! - scale.median) <= scoring.minGap) continue;
    const z = modifiedZ(values[i]!, scale);
    if (z === null || Math.abs(z) <= threshold) continue;
    const entry = figures.at[i]!;
    checks.addReason(
      entry,
      indicatorReason(scoring.code, {
        value: formatFigure(scoring.shown(entry)),
        median: formatFigure(scoring.shownMedian(scale.median)),
        type,
        z: formatFigure(z, 1),
        threshold: formatFigure(threshold, 2),
      }),
    );
  }
}
