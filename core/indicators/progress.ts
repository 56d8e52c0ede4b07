import { INDICATOR_RESULTS, type IndicatorResult } from '../vocabulary';
import type { Registry } from '../registry/index';
import type { RegistryEntry } from '../registry/types';
import { compareThai } from '../summary/order';
import type { Catalog, Indicator } from './catalog';
import type { CheckedEntry } from './checks';
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
export function indicatorProgress(checked: readonly CheckedEntry[], catalog: Catalog, registry: Registry): IndicatorProgress {
  const rowsOfLao = new Map<RegistryEntry, CheckedEntry[]>();
  const unknownLao: CheckedEntry[] = [];
  for (const e of checked) {
    if (!e.lao) {
      unknownLao.push(e);
      continue;
    }
    const list = rowsOfLao.get(e.lao);
    if (list) list.push(e);
    else rowsOfLao.set(e.lao, [e]);
  }

  const nationalTallies = new Map<Indicator, IndicatorTally>();
  const provinces = new Map<
    string,
    { area: AreaProgress; districts: Map<string, AreaProgress>; laos: LaoScorecard[]; tallies: Map<Indicator, IndicatorTally> }
  >();
  for (const lao of registry.entries) {
    const rows = rowsOfLao.get(lao) ?? [];
    const applicable = catalog.applicable(lao.type);
    let p = provinces.get(lao.province);
    if (!p) provinces.set(lao.province, (p = { area: emptyArea(), districts: new Map(), laos: [], tallies: new Map() }));
    if (applicable.length === 0 && rows.length === 0) continue;
    const card = scorecard(lao, applicable, rows, p.tallies, nationalTallies);
    p.laos.push(card);
    let d = p.districts.get(lao.district);
    if (!d) p.districts.set(lao.district, (d = emptyArea()));
    for (const area of [p.area, d]) {
      if (applicable.length) area.laosExpected++;
      if (card.complete) area.laosComplete++;
      if (card.rowsWithErrors) area.laosWithErrors++;
      addResults(area.results, card.results);
    }
  }

  const inCatalogOrder = (tallies: Map<Indicator, IndicatorTally>) => catalog.indicators.flatMap((ind) => (tallies.has(ind) ? [tallies.get(ind)!] : []));
  const byRow = (a: CheckedEntry, b: CheckedEntry) => a.row - b.row;
  const problemsOf = new Map<string, CheckedEntry[]>();
  for (const e of checked) {
    if (!e.lao || e.reasons.length === 0) continue;
    const list = problemsOf.get(e.lao.province);
    if (list) list.push(e);
    else problemsOf.set(e.lao.province, [e]);
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

/** Counts one expected LAO in the indicator's tally; `result` when it is done. */
function tally(tallies: Map<Indicator, IndicatorTally>, ind: Indicator, result: IndicatorResult | undefined, error: boolean): void {
  let t = tallies.get(ind);
  if (!t) tallies.set(ind, (t = { indicator: ind, laosExpected: 0, laosDone: 0, laosWithErrors: 0, results: emptyResults() }));
  t.laosExpected++;
  if (result !== undefined) {
    t.laosDone++;
    t.results[result]++;
  }
  if (error) t.laosWithErrors++;
}

function scorecard(
  lao: RegistryEntry,
  applicable: readonly Indicator[],
  rows: readonly CheckedEntry[],
  provinceTallies: Map<Indicator, IndicatorTally>,
  nationalTallies: Map<Indicator, IndicatorTally>,
): LaoScorecard {
  // Per applicable indicator of this LAO (a row's catalog row is the one for its code and this LAO's type): whether
  // any of its rows errs, and the first result (a row has one only when entered without error).
  const errs = new Set<Indicator>();
  const resultOf = new Map<Indicator, IndicatorResult>();
  let rowsWithErrors = 0;
  let rowsWithWarnings = 0;
  for (const e of rows) {
    if (e.hasError) rowsWithErrors++;
    else if (e.reasons.length) rowsWithWarnings++;
    if (!e.indicator) continue;
    if (e.hasError) errs.add(e.indicator);
    if (e.result !== null && !resultOf.has(e.indicator)) resultOf.set(e.indicator, e.result);
  }
  const results = emptyResults();
  const missing: Indicator[] = [];
  for (const ind of applicable) {
    const error = errs.has(ind);
    const result = error ? undefined : resultOf.get(ind);
    if (result !== undefined) results[result]++;
    else missing.push(ind);
    tally(provinceTallies, ind, result, error);
    tally(nationalTallies, ind, result, error);
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
