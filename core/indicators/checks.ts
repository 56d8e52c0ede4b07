import { cellText, type Cell } from '../../sheets-schema/cell';
import type { Registry } from '../registry/index';
import type { RegistryEntry } from '../registry/types';
import type { Reason } from '../rsvp/types';
import { cleanText, parseThaiNumber } from '../text/thai';
import { indicatorKey, type Catalog, type Indicator } from './catalog';
import type { EntryRow } from './entries';
import { modifiedZ, outlierScale } from './outliers';
import { formatFigure, indicatorReason } from './reasons';
import { BELOW_TARGET, MEETS_TARGET, ratioPct, resultFor } from './result';
import type { IndicatorResult, LaoType } from '../vocabulary';

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

function addReason(entry: CheckedEntry, reason: Reason): void {
  entry.reasons = entry.reasons.length ? [...entry.reasons, reason] : [reason];
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
  const keys = new CodeKeys(registry.byCode);
  // One scratch list for every row's reasons: most rows have none, and then no list is allocated for them.
  const scratch: Reason[] = [];
  const checked = rows.map((row) => checkOne(row, catalog, keys, scratch));
  markRepeats(checked);
  for (const entry of checked) {
    entry.hasError = entry.reasons.some((r) => r.severity === 'error');
    if (!entry.hasError && entry.entered && entry.indicator && entry.frame !== null) {
      entry.result = resultFor(entry.frame, entry.delivered, entry.indicator.targetPct);
    }
  }
  markOutliers(checked, settings);
  return checked;
}

/**
 * Each distinct code cell cleaned and looked up once: the same few thousand codes repeat down 400,000 rows (the
 * grid readers share equal strings, so a cell is found again by identity).
 */
class CodeKeys {
  private readonly laos = new Map<Cell, { code: string; lao: RegistryEntry | null }>();
  private readonly codes = new Map<Cell, string>();
  constructor(private readonly registry: ReadonlyMap<string, RegistryEntry>) {}

  lao(cell: Cell): { code: string; lao: RegistryEntry | null } {
    let known = this.laos.get(cell);
    if (!known) {
      const code = laoKey(cell);
      this.laos.set(cell, (known = { code, lao: this.registry.get(code) ?? null }));
    }
    return known;
  }

  indicator(cell: Cell): string {
    let code = this.codes.get(cell);
    if (code === undefined) this.codes.set(cell, (code = codeKey(cell)));
    return code;
  }
}

/** `reasons` is empty on entry and on return; the row keeps a copy when it has any. */
function checkOne(row: EntryRow, catalog: Catalog, keys: CodeKeys, reasons: Reason[]): CheckedEntry {
  const { code: laoCode, lao } = keys.lao(row.laoCode);
  const indicatorCode = keys.indicator(row.indicatorCode);
  let indicator: Indicator | null = null;
  if (!lao) reasons.push(indicatorReason('unknown_lao', { lao: laoCode || '(ว่าง)' }));
  if (!catalog.has(indicatorCode)) {
    reasons.push(indicatorReason('unknown_indicator', { indicator: indicatorCode || '(ว่าง)' }));
  } else if (lao) {
    indicator = catalog.lookup(indicatorCode, lao.type) ?? null;
    if (!indicator) reasons.push(indicatorReason('indicator_not_applicable', { indicator: indicatorCode, type: lao.type }));
  }

  const frameParsed = parseThaiNumber(row.frame);
  const deliveredParsed = parseThaiNumber(row.delivered);
  const frame = usable(frameParsed, row.frame, 'frame_not_number', 'frame_negative', reasons);
  const delivered = usable(deliveredParsed, row.delivered, 'delivered_not_number', 'delivered_negative', reasons);
  if (frameParsed === null && deliveredParsed !== null) reasons.push(indicatorReason('frame_missing'));
  if (indicator?.percentage && frame !== null && delivered !== null && delivered > frame) {
    reasons.push(indicatorReason('delivered_exceeds_frame', { delivered: formatFigure(delivered, 4), frame: formatFigure(frame, 4) }));
  }
  return {
    row: row.row,
    laoCode,
    indicatorCode,
    lao,
    indicator,
    frame,
    delivered,
    entered: frameParsed !== null || deliveredParsed !== null,
    ratioPct: frame !== null && delivered !== null ? ratioPct(frame, delivered) : null,
    result: null,
    reasons: reasons.length ? reasons.splice(0) : NO_REASONS,
    hasError: false,
    repeatOf: null,
  };
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
function markRepeats(checked: CheckedEntry[]): void {
  // Nested maps and a list only for pairs seen twice: no per-entry key strings or arrays on 400,000 rows.
  const firstByPair = new Map<string, Map<string, CheckedEntry>>();
  const repeated = new Map<CheckedEntry, CheckedEntry[]>();
  for (const entry of checked) {
    if (!entry.entered || !entry.laoCode || !entry.indicatorCode) continue;
    let perLao = firstByPair.get(entry.laoCode);
    if (!perLao) firstByPair.set(entry.laoCode, (perLao = new Map()));
    const first = perLao.get(entry.indicatorCode);
    if (!first) perLao.set(entry.indicatorCode, entry);
    else {
      const list = repeated.get(first);
      if (list) list.push(entry);
      else repeated.set(first, [first, entry]);
    }
  }
  for (const list of repeated.values()) {
    const first = list[0]!;
    if (list.every((e) => sameValues(e, first))) {
      for (const e of list.slice(1)) {
        e.repeatOf = first.row;
        addReason(e, indicatorReason('entry_repeated', { first: first.row }));
      }
      continue;
    }
    const rows = list.map((e) => e.row).join(', ');
    for (const e of list) addReason(e, indicatorReason('entry_conflict', { lao: e.laoCode, indicator: e.indicatorCode, rows }));
  }
}

/** Parsed values, so `1,000` and `1000` agree; a non-number never equals anything (it is an error anyway). */
function sameValues(a: CheckedEntry, b: CheckedEntry): boolean {
  const clean = (e: CheckedEntry) => !e.reasons.some((r) => r.code.endsWith('_not_number') || r.code.endsWith('_negative'));
  return clean(a) && clean(b) && a.frame === b.frame && a.delivered === b.delivered;
}

/**
 * Outliers per (indicator, LAO type), among entries free of errors and not repeats. The ratio is scored as it is,
 * only where a service was delivered (no-service and not-done are categories, not measurements). The frame is
 * scored on a log scale: frames grow multiplicatively with an LAO's size (2 km to 13,000 km of road), so on a
 * linear scale every large town would be flagged, while on a log scale what stands out is a slip of units or digits.
 */
function markOutliers(checked: CheckedEntry[], settings: CheckSettings): void {
  // Keyed by the catalog row (one per code and group of types), then by type: no key strings per entry. Each figure
  // is taken in this one pass over the entries, as a row index and a number: scoring then reads plain arrays
  // instead of 400,000 entries scattered in memory, and touches an entry again only to flag it.
  const groups = new Map<Indicator, Map<LaoType, ScoredGroup>>();
  for (let i = 0; i < checked.length; i++) {
    const e = checked[i]!;
    if (e.hasError || e.repeatOf !== null || !e.entered || !e.lao || !e.indicator) continue;
    let perType = groups.get(e.indicator);
    if (!perType) groups.set(e.indicator, (perType = new Map()));
    let group = perType.get(e.lao.type);
    if (!group) perType.set(e.lao.type, (group = { ratio: { at: [], values: [] }, frame: { at: [], values: [] } }));
    if (e.result === MEETS_TARGET || e.result === BELOW_TARGET) {
      group.ratio.at.push(i);
      group.ratio.values.push(e.ratioPct!);
    }
    if (e.frame !== null && e.frame > 0) {
      group.frame.at.push(i);
      group.frame.values.push(Math.log10(e.frame));
    }
  }
  const ratio: Scoring = {
    code: 'ratio_outlier',
    shown: (e) => e.ratioPct!,
    shownMedian: (m) => m,
    minGap: settings.outlierMinRatioGap,
  };
  const frame: Scoring = {
    code: 'frame_outlier',
    shown: (e) => e.frame!,
    shownMedian: (m) => 10 ** m,
    minGap: Math.log10(settings.outlierMinFrameFactor),
  };
  for (const perType of groups.values()) {
    for (const [type, group] of perType) {
      score(checked, group.ratio, ratio, type, settings);
      score(checked, group.frame, frame, type, settings);
    }
  }
}

/** One figure of one (indicator, LAO type) group: the entries' indexes and their figures on the scored scale. */
interface Figures {
  at: number[];
  values: number[];
}

interface ScoredGroup {
  ratio: Figures;
  frame: Figures;
}

/** How one figure is shown. */
interface Scoring {
  code: 'ratio_outlier' | 'frame_outlier';
  /** The figure shown, and the scored median back on the shown scale. */
  shown(e: CheckedEntry): number;
  shownMedian(median: number): number;
  /** Distance from the group's median, on the scored scale, that an outlier must exceed (the effect size). */
  minGap: number;
}

function score(checked: CheckedEntry[], figures: Figures, scoring: Scoring, type: LaoType, settings: CheckSettings): void {
  const { outlierThreshold: threshold, outlierMinGroup: minGroup } = settings;
  if (figures.at.length < minGroup) return;
  const values = new Float64Array(figures.values);
  const scale = outlierScale(values);
  for (let i = 0; i < values.length; i++) {
    if (Math.abs(values[i]! - scale.median) <= scoring.minGap) continue;
    const z = modifiedZ(values[i]!, scale);
    if (z === null || Math.abs(z) <= threshold) continue;
    const entry = checked[figures.at[i]!]!;
    addReason(
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
