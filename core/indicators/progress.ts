import { INDICATOR_RESULTS, type IndicatorResult } from '../vocabulary';
import type { Registry } from '../registry/index';
import type { RegistryEntry } from '../registry/types';
import { compareThai } from '../summary/order';
import type { Catalog, Indicator } from './catalog';
import { EntryChecks, entryChecksOf, type CheckedEntry } from './checks';
import { BELOW_TARGET, MEETS_TARGET, NOT_DONE } from './result';

export type ResultCounts = Record<IndicatorResult, number>;

export interface AreaProgress {
  /** LAOs with at least one applicable indicator. */
  laosExpected: number;
  /** Every applicable indicator entered, and none of the LAO's rows has an error. */
  laosComplete: number;
  /** LAOs with at least one entry row in error. */
  laosWithErrors: number;
  /** Over the (LAO, indicator) pairs entered without error, each pair once. */
  results: ResultCounts;
}

/** One LAO's standing: what it has done and how it scores. */
export interface LaoScorecard {
  lao: RegistryEntry;
  applicable: number;
  /** Applicable indicators entered without error. */
  done: number;
  /** Applicable indicators not entered, or entered with an error, in catalog order. */
  missing: Indicator[];
  /** Entry rows of this LAO with an error / with only warnings. */
  rowsWithErrors: number;
  rowsWithWarnings: number;
  complete: boolean;
  results: ResultCounts;
  /** Meeting the target over the indicators with a service to assess (no-service ones left out); null if none. */
  meetsTargetPct: number | null;
}

/** How the LAOs expected to report one catalog row fared. */
export interface IndicatorTally {
  indicator: Indicator;
  laosExpected: number;
  laosDone: number;
  laosWithErrors: number;
  results: ResultCounts;
}

export interface DistrictProgress extends AreaProgress {
  district: string;
}

export interface ProvinceProgress extends AreaProgress {
  province: string;
  /** Thai order. */
  districts: DistrictProgress[];
  /** Expected LAOs and any LAO with entries, by district then code. */
  laos: LaoScorecard[];
  /** Catalog order. */
  indicators: IndicatorTally[];
  /** Entry rows of this province's LAOs that carry an error or a warning, in row order. */
  problems: CheckedEntry[];
}

export interface IndicatorProgress {
  /** Every registry province, Thai order. */
  provinces: ProvinceProgress[];
  national: AreaProgress & { indicators: IndicatorTally[] };
  /** Rows whose LAO code is not in the registry: no province can see them. */
  unknownLao: CheckedEntry[];
}

const NO_RESULTS = Object.freeze(Object.fromEntries(INDICATOR_RESULTS.map((r) => [r, 0])) as ResultCounts);

/** A copy of one template: cheap for the two per LAO and one per (province, indicator). */
export function emptyResults(): ResultCounts {
  return { ...NO_RESULTS };
}

function emptyArea(): AreaProgress {
  return { laosExpected: 0, laosComplete: 0, laosWithErrors: 0, results: emptyResults() };
}

function addResults(into: ResultCounts, from: ResultCounts): void {
  for (const r of INDICATOR_RESULTS) into[r] += from[r];
}

/**
 * Progress per province, district, LAO and indicator. An (LAO, indicator) pair is done when it has an entered row
 * and none of its rows has an error; its result counts once, however many equal rows repeat it.
 */
export function indicatorProgress(checked: EntryChecks | readonly CheckedEntry[], catalog: Catalog, registry: Registry): IndicatorProgress {
  const checks = checked instanceof EntryChecks ? checked : entryChecksOf(checked, catalog);
  // Each LAO's entries as a run of indexes, LAOs in registry order (a counting sort: no list per LAO).
  const laoAt = new Map(registry.entries.map((lao, i) => [lao, i]));
  const registryIndexOfKey = checks.laoKeys.map((k) => (k.lao ? (laoAt.get(k.lao) ?? -1) : -1));
  const runStart = new Int32Array(registry.entries.length + 1);
  const unknownLao: CheckedEntry[] = [];
  for (let i = 0; i < checks.length; i++) {
    const at = registryIndexOfKey[checks.laoKey[i]!]!;
    if (at >= 0) runStart[at + 1]!++;
    else if (!checks.lao(i)) unknownLao.push(checks.entry(i));
  }
  for (let l = 1; l < runStart.length; l++) runStart[l]! += runStart[l - 1]!;
  const next = runStart.slice();
  const rowsOfLao = new Int32Array(runStart[registry.entries.length]!);
  for (let i = 0; i < checks.length; i++) {
    const at = registryIndexOfKey[checks.laoKey[i]!]!;
    if (at >= 0) rowsOfLao[next[at]!++] = i;
  }

  const provinces = new Map<string, { area: AreaProgress; districts: Map<string, AreaProgress>; laos: LaoScorecard[]; tallies: number }>();
  const tallies = new Tallies(catalog.indicators);
  const nationalTallies = tallies.area();
  const scratch = new ScorecardScratch(catalog.indicators.length);
  registry.entries.forEach((lao, l) => {
    const rows = rowsOfLao.subarray(runStart[l]!, runStart[l + 1]!);
    const applicable = catalog.applicable(lao.type);
    let p = provinces.get(lao.province);
    if (!p) provinces.set(lao.province, (p = { area: emptyArea(), districts: new Map(), laos: [], tallies: tallies.area() }));
    if (applicable.length === 0 && rows.length === 0) return;
    const card = scorecard(lao, applicable, checks, rows, scratch, tallies, p.tallies, nationalTallies);
    p.laos.push(card);
    let d = p.districts.get(lao.district);
    if (!d) p.districts.set(lao.district, (d = emptyArea()));
    for (const area of [p.area, d]) {
      if (applicable.length) area.laosExpected++;
      if (card.complete) area.laosComplete++;
      if (card.rowsWithErrors) area.laosWithErrors++;
      addResults(area.results, card.results);
    }
  });

  const inCatalogOrder = (area: number) => tallies.of(area);
  const byRow = (a: CheckedEntry, b: CheckedEntry) => a.row - b.row;
  // Only entries with reasons become objects (about 1% nationally), in entry order as the sort below expects.
  const problemsOf = new Map<string, CheckedEntry[]>();
  for (const i of [...checks.reasons.keys()].sort((a, b) => a - b)) {
    const lao = checks.lao(i);
    if (!lao) continue;
    const list = problemsOf.get(lao.province);
    if (list) list.push(checks.entry(i));
    else problemsOf.set(lao.province, [checks.entry(i)]);
  }

  const provinceList: ProvinceProgress[] = [...provinces.entries()]
    .sort(([a], [b]) => compareThai(a, b))
    .map(([province, p]) => ({
      province,
      ...p.area,
      districts: [...p.districts.entries()].sort(([a], [b]) => compareThai(a, b)).map(([district, d]) => ({ district, ...d })),
      laos: p.laos.sort((a, b) => compareThai(a.lao.district, b.lao.district) || compareCodes(a.lao.code, b.lao.code)),
      indicators: inCatalogOrder(p.tallies),
      problems: (problemsOf.get(province) ?? []).sort(byRow),
    }));
  const national = emptyArea();
  for (const p of provinceList) {
    national.laosExpected += p.laosExpected;
    national.laosComplete += p.laosComplete;
    national.laosWithErrors += p.laosWithErrors;
    addResults(national.results, p.results);
  }
  return { provinces: provinceList, national: { ...national, indicators: inCatalogOrder(nationalTallies) }, unknownLao };
}

function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Every area's tally of every indicator as counters, one row of the catalog's length per area (each province, the
 * country): 400,000 (LAO, indicator) pairs nationally are counted without an object or a map look-up each.
 */
class Tallies {
  private areas = 0;
  /** Per (area, catalog index): expected, done, with errors, then one counter per result. */
  private counts = new Int32Array(0);
  private static readonly WIDTH = 3 + INDICATOR_RESULTS.length;

  constructor(private readonly indicators: readonly Indicator[]) {}

  /** A new area's number. */
  area(): number {
    const size = (this.areas + 1) * this.indicators.length * Tallies.WIDTH;
    if (size > this.counts.length) {
      const grown = new Int32Array(Math.max(size, this.counts.length * 2));
      grown.set(this.counts);
      this.counts = grown;
    }
    return this.areas++;
  }

  /** Counts one expected LAO in the indicator's tally; `result` (an INDICATOR_RESULTS index, -1 none) when it is done. */
  add(area: number, at: number, result: number, error: boolean): void {
    const base = (area * this.indicators.length + at) * Tallies.WIDTH;
    this.counts[base]!++;
    if (result >= 0) {
      this.counts[base + 1]!++;
      this.counts[base + 3 + result]!++;
    }
    if (error) this.counts[base + 2]!++;
  }

  /** The area's tallies in catalog order, for each indicator it expects. */
  of(area: number): IndicatorTally[] {
    const list: IndicatorTally[] = [];
    this.indicators.forEach((indicator, at) => {
      const base = (area * this.indicators.length + at) * Tallies.WIDTH;
      if (this.counts[base] === 0) return;
      const results = emptyResults();
      INDICATOR_RESULTS.forEach((r, k) => (results[r] = this.counts[base + 3 + k]!));
      list.push({ indicator, laosExpected: this.counts[base]!, laosDone: this.counts[base + 1]!, laosWithErrors: this.counts[base + 2]!, results });
    });
    return list;
  }
}

/** Per catalog index, for the LAO being scored: whether a row errs, and the first result (-1 none). Reset after each LAO. */
class ScorecardScratch {
  readonly errs: Uint8Array;
  readonly result: Int8Array;
  constructor(indicators: number) {
    this.errs = new Uint8Array(indicators);
    this.result = new Int8Array(indicators).fill(-1);
  }
}

/** Catalog indexes of each type's applicable indicators, found once per catalog. */
const applicableIndexes = new WeakMap<readonly Indicator[], number[]>();

function indexesOf(applicable: readonly Indicator[], all: readonly Indicator[]): number[] {
  let found = applicableIndexes.get(applicable);
  if (!found) applicableIndexes.set(applicable, (found = applicable.map((ind) => all.indexOf(ind))));
  return found;
}

function scorecard(
  lao: RegistryEntry,
  applicable: readonly Indicator[],
  checks: EntryChecks,
  rows: Int32Array,
  scratch: ScorecardScratch,
  tallies: Tallies,
  provinceTallies: number,
  nationalTallies: number,
): LaoScorecard {
  // Per applicable indicator of this LAO (a row's catalog row is the one for its code and this LAO's type): whether
  // any of its rows errs, and the first result (a row has one only when entered without error).
  const { errs, result: resultOf } = scratch;
  let rowsWithErrors = 0;
  let rowsWithWarnings = 0;
  for (const i of rows) {
    const hasError = checks.hasError[i] === 1;
    if (hasError) rowsWithErrors++;
    else if (checks.reasons.has(i)) rowsWithWarnings++;
    const ind = checks.indicator[i]!;
    if (ind < 0) continue;
    if (hasError) errs[ind] = 1;
    if (checks.result[i]! >= 0 && resultOf[ind]! < 0) resultOf[ind] = checks.result[i]!;
  }
  const results = emptyResults();
  const missing: Indicator[] = [];
  const indexes = indexesOf(applicable, checks.indicators);
  for (let k = 0; k < applicable.length; k++) {
    const ind = applicable[k]!;
    const at = indexes[k]!;
    const error = errs[at] === 1;
    const result = error ? -1 : resultOf[at]!;
    if (result >= 0) results[INDICATOR_RESULTS[result]!]++;
    else missing.push(ind);
    tallies.add(provinceTallies, at, result, error);
    tallies.add(nationalTallies, at, result, error);
  }
  for (const i of rows) {
    const ind = checks.indicator[i]!;
    if (ind >= 0) {
      errs[ind] = 0;
      resultOf[ind] = -1;
    }
  }
  const assessed = results[MEETS_TARGET] + results[BELOW_TARGET] + results[NOT_DONE];
  const doneCount = applicable.length - missing.length;
  return {
    lao,
    applicable: applicable.length,
    done: doneCount,
    missing,
    rowsWithErrors,
    rowsWithWarnings,
    complete: applicable.length > 0 && missing.length === 0 && rowsWithErrors === 0,
    results,
    meetsTargetPct: assessed ? (results[MEETS_TARGET] / assessed) * 100 : null,
  };
}
