/**
 * The summarise job, once for every runtime (the CLI on local files, Apps Script on the bound spreadsheet, the cloud
 * function on the Sheets API): the input grids through the registry import, the RSVP pipeline, the indicator checks
 * and the summaries, to everything the adapters write. No I/O: each adapter reads the grids, names them for the
 * person who fixes them, and writes what comes back. Every input problem that stops the job is collected before
 * anything is built, so an adapter writes all or nothing.
 */
import { Report } from '../../sheets-schema/report';
import type { Grid } from '../../sheets-schema/cell';
import { prefillTemplateFromUrl, type PrefillTemplate } from '../rsvp/prefilled-links';
import { registrationsSheet } from '../../sheets-schema/registrations';
import { registrationRow } from '../rsvp/registration-row';
import { layoutFromDef, type SheetLayout } from '../../sheets-schema/workbook';
import { catalogFromGrid, type Catalog } from '../indicators/catalog';
import { checkEntryTable } from '../indicators/checks';
import { entryTableFromGrid, type EntryTable } from '../indicators/entries';
import type { EntryWindow } from '../indicators/entry-progress';
import { indicatorProgress } from '../indicators/progress';
import { indicatorReport, type ReportEntry } from '../indicators/report';
import { indicatorNationalSheets, indicatorProvinceSheets } from '../indicators/sheets';
import { registryFromGrid, withBangkok } from '../registry/import';
import { Registry } from '../registry/index';
import { processResponses } from '../rsvp/pipeline';
import { parseSessions, type Session } from '../rsvp/sessions';
import type { AnnotatedResponse } from '../rsvp/types';
import { summarizeRsvp, type AreaCounts, type RsvpSummary } from '../summary/counts';
import { buildReport, reportToCheck } from '../summary/report';
import type { IndicatorCompletion } from '../summary/follow-up';
import { buildSummaryWorkbooks, type SummaryWorkbooks } from '../summary/workbooks';
import { sheetRow } from '../../sheets-schema/table';
import type { ResponseStatus } from '../vocabulary';

export interface JobGrids {
  registry: Grid;
  /** Summarise the workshop registrations. */
  responses?: Grid | null;
  /** The schedule: checks each response's session against its LAO's type. */
  sessions?: Grid | null;
  /** With `entries`: summarise the indicator data. */
  catalog?: Grid | null;
  entries?: Grid | null;
}

export type JobInput = keyof JobGrids;

/**
 * What the person who fixes an input calls it, for each input given: `แผ่นงาน "ทะเบียน อปท."`,
 * `ไฟล์ registry.csv (--registry)`.
 */
export type InputNames = Readonly<Partial<Record<JobInput, string>>>;

export interface InputCounts {
  /** Registry LAOs, Bangkok included. */
  laos: number;
  sessions?: number;
  responses?: number;
  responseStatus?: Record<ResponseStatus, number>;
  /** Registered LAOs, attendees and responses needing review, nationwide. */
  national?: Pick<AreaCounts, 'laosTotal' | 'laosRegistered' | 'attendees' | 'needsReview'>;
  indicatorEntries?: number;
}

/** Times one step (the CLI prints the stages); must return what `work` returns. */
export type StageHook = <T>(name: string, work: () => T) => T;

/** The job's steps as the CLI prints them; adapters time reading and writing around the job. */
export const JOB_STAGES = {
  registry: 'นำเข้าทะเบียน อปท.',
  responses: 'ตรวจและจับคู่คำตอบ',
  indicators: 'ตรวจข้อมูลตัวชี้วัด',
  summaries: 'สรุปผล',
} as const;

export interface JobContext {
  generatedAt: Date;
  /** Thai lines naming the inputs for the "about" sheets, once the counts are known. */
  sources: (counts: InputCounts) => readonly string[];
  /** Bangkok's code (it is outside DLA's registry); default `BKK`. */
  bangkokCode?: string;
  /**
   * `warn`: an unusable sessions grid is a warning and the responses are checked without sessions (Apps Script's
   * clock rebuild goes on rather than fail every few minutes); `stop` (default): it stops the job.
   */
  unusableSessions?: 'stop' | 'warn';
  /** Sheets an adapter adds to each province's workbook, after the job's own (Apps Script's registration links). */
  provinceSheets?: (registry: Registry) => ReadonlyMap<string, readonly SheetLayout[]>;
  /**
   * The form's link template, when known: the follow-up lists give each LAO to chase its prefilled link. Apps Script
   * has the template; the command line has a prefilled link a person made, read once the registry is known.
   */
  prefill?: PrefillTemplate | { url: string } | null;
  /**
   * Without a template: each LAO's registration link by LAO code, as the Apps Script set-up listed them in the
   * source spreadsheet (the cloud function has no Forms access and reads them there).
   */
  registrationLinks?: ReadonlyMap<string, string> | null;
  /**
   * The indicator entry window (the settings' entryWindowStart/entryWindowEnd, the CLI's --entry-window): the
   * progress sheets say the days left. Absent: they say it is not set.
   */
  entryWindow?: EntryWindow;
  /** Build report.json's content: only the CLI writes it (0.8 s at national scale with indicators). */
  report?: boolean;
  stage?: StageHook;
  /**
   * The registry, as soon as it is imported (Bangkok included), before the responses are checked: the command line
   * sends it to the thread that runs the indicator stage meanwhile.
   */
  registryImported?: (registry: Registry) => void;
}

export type JobOutcome =
  | {
      ok: true;
      registry: Registry;
      /** Null when no responses were given. */
      responses: AnnotatedResponse[] | null;
      /** Over the responses (none when none were given: every province, nothing registered). */
      summary: RsvpSummary;
      /** The national workbook (counts only) and one per province (its own people only). */
      workbooks: SummaryWorkbooks;
      /** Every response with its status and reasons; null when no responses were given. */
      registrations: SheetLayout | null;
      /** Validated; present when `context.report`. */
      report?: Report;
      counts: InputCounts;
      /** Problems of inputs that were still usable (rows skipped or doubtful), as Thai lines naming the input. */
      warnings: string[];
    }
  | {
      ok: false;
      /** Every input that cannot be used, as Thai lines naming the input; nothing is built. */
      problems: string[];
    };

export interface InputProblem {
  message: string;
  /** 1-based data row; null or absent for the whole input. */
  row?: number | null;
}

/** At most this many lines per input: the rest are counted (the derived sheets list every row's reasons). */
export const LINES_PER_INPUT = 10;

export function summarizeGrids(grids: JobGrids, names: InputNames, context: JobContext): JobOutcome {
  const started = startJob(grids, names, context);
  if (!started.ok) return started;
  let indicators: IndicatorOutcome | null = null;
  if (grids.catalog && grids.entries) {
    const { catalog, entries } = grids;
    indicators = stage(context, JOB_STAGES.indicators, () => {
      const read = readIndicatorGrids(catalog, entries);
      if (!read.ok) return read;
      // Inputs already unusable: the job stops with their problems, without the checks' cost.
      return started.problems.length ? null : checkedOutcome(read, started.registry, context);
    });
  }
  return finishJob(started, indicators);
}

/**
 * The job up to its indicator stage: the registry, the form's link template, the sessions and the responses. With
 * `finishJob`, what `summarizeGrids` does, for an adapter that runs the indicator stage elsewhere (the command line:
 * on a second thread, meanwhile) and hands its outcome in. The grids' `catalog` and `entries` are not looked at.
 */
export function startJob(grids: JobGrids, names: InputNames, context: JobContext): StartedJob | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const warnings: string[] = [];
  const lines = (input: JobInput, list: readonly InputProblem[]) => namedProblemLines(names[input] ?? input, list);
  const fail = (input: JobInput, list: readonly InputProblem[]) => problems.push(...lines(input, list));
  const note = (input: JobInput, list: readonly InputProblem[]) => warnings.push(...lines(input, list));

  const registryRead = stage(context, JOB_STAGES.registry, () => {
    const read = registryFromGrid(grids.registry);
    return read.ok ? { ...read, registry: new Registry(withBangkok(read.entries, context.bangkokCode)) } : read;
  });
  if (!registryRead.ok) return { ok: false, problems: lines('registry', registryRead.problems) };
  note('registry', registryRead.problems);
  const { registry } = registryRead;
  context.registryImported?.(registry);
  const counts: InputCounts = { laos: registry.entries.length };
  let prefill: PrefillTemplate | null = null;
  if (context.prefill && 'url' in context.prefill) {
    const read = prefillTemplateFromUrl(context.prefill.url, (code) => registry.byCode.get(code));
    if (read.ok) prefill = read.template;
    else problems.push(read.message);
  } else {
    prefill = context.prefill ?? null;
  }

  let sessions: Session[] = [];
  if (grids.sessions) {
    const read = parseSessions(grids.sessions);
    if (read.ok) {
      sessions = read.sessions;
      counts.sessions = sessions.length;
      note('sessions', read.problems);
    } else if (context.unusableSessions === 'warn') {
      note('sessions', read.problems);
    } else {
      fail('sessions', read.problems);
    }
  }

  let responses: AnnotatedResponse[] | null = null;
  if (grids.responses) {
    const grid = grids.responses;
    const processed = stage(context, JOB_STAGES.responses, () => processResponses({ registry, sessions, grid, now: context.generatedAt }));
    if (processed.ok) responses = processed.responses;
    else fail('responses', processed.problems);
  }
  return { ok: true, registry, responses, prefill, counts, problems, warnings, names, context };
}

/** The job after `startJob`: registry imported, responses checked; `problems` stop it, `warnings` do not. */
export interface StartedJob {
  ok: true;
  registry: Registry;
  responses: AnnotatedResponse[] | null;
  prefill: PrefillTemplate | null;
  counts: InputCounts;
  problems: string[];
  warnings: string[];
  names: InputNames;
  context: JobContext;
}

/**
 * The rest of the job: the indicator stage's outcome (null when no indicators were given) named for the person who
 * fixes the inputs, then the summaries, unless any input was unusable.
 */
export function finishJob(started: StartedJob, indicatorOutcome: IndicatorOutcome | null): JobOutcome {
  const { registry, responses, prefill, counts, problems, warnings, names, context } = started;
  const lines = (input: JobInput, list: readonly InputProblem[]) => namedProblemLines(names[input] ?? input, list);
  let indicators: IndicatorResults | null = null;
  if (indicatorOutcome && !indicatorOutcome.ok) {
    for (const input of ['catalog', 'entries'] as const) {
      const list = indicatorOutcome.problems[input];
      if (list) problems.push(...lines(input, list));
    }
  } else if (indicatorOutcome && !problems.length) {
    warnings.push(...lines('catalog', indicatorOutcome.catalogWarnings));
    indicators = indicatorOutcome.results;
  }
  if (problems.length) return { ok: false, problems };

  return stage(context, JOB_STAGES.summaries, () => {
    const summary = summarizeRsvp(responses ?? [], registry);
    if (responses) {
      const { laosTotal, laosRegistered, attendees, needsReview } = summary.national;
      counts.responses = responses.length;
      counts.responseStatus = summary.statusCounts;
      counts.national = { laosTotal, laosRegistered, attendees, needsReview };
    }
    if (indicators) counts.indicatorEntries = indicators.entries;
    const rows = responses?.map((r) => registrationRow(r, registry));
    const workbooks = buildSummaryWorkbooks({
      registry,
      generatedAt: context.generatedAt,
      sources: context.sources(counts),
      rsvp: responses && rows ? { responses, rows, summary } : undefined,
      extraSheets: extraSheets(indicators, context.provinceSheets?.(registry)),
      prefill,
      links: context.registrationLinks ?? null,
      indicatorCompletion: indicators?.completion ?? null,
    });
    const registrations = rows ? layoutFromDef(registrationsSheet, rows) : null;
    const report = context.report
      ? validated(buildReport({ generatedAt: context.generatedAt, responses: responses ?? [], summary, indicators: indicators?.report }))
      : undefined;
    return { ok: true, registry, responses, summary, workbooks, registrations, report, counts, warnings };
  });
}

/** What the indicator stage needs of the job's context. */
export interface IndicatorContext extends Pick<JobContext, 'generatedAt' | 'entryWindow' | 'report'> {
  /**
   * With `report`: each of report.json's indicator entries as it is made, instead of all of them in the report (left
   * empty). The command line's indicator thread keeps them as columns rather than as 400,000 objects.
   */
  reportEntry?: (entry: ReportEntry) => void;
}

/** The indicator stage's outcome: what the summaries need, or each unusable input's problems. */
export type IndicatorOutcome =
  | {
      ok: true;
      results: IndicatorResults;
      /** Catalog rows skipped or doubtful (the catalog is still usable). */
      catalogWarnings: InputProblem[];
    }
  | { ok: false; problems: Partial<Record<'catalog' | 'entries', InputProblem[]>> };

/**
 * The indicator stage on its own: the catalog and the entries read and checked against the registry. Pure, like the
 * rest of the job; the command line runs it on a second thread while the responses are checked, and hands its
 * outcome to `finishJob`.
 */
export function indicatorStage(grids: { catalog: Grid; entries: Grid }, registry: Registry, context: IndicatorContext): IndicatorOutcome {
  const read = readIndicatorGrids(grids.catalog, grids.entries);
  return read.ok ? checkedOutcome(read, registry, context) : read;
}

type IndicatorGrids = { ok: true; catalog: Catalog; table: EntryTable; catalogWarnings: InputProblem[] } | Extract<IndicatorOutcome, { ok: false }>;

function readIndicatorGrids(catalogGrid: Grid, entriesGrid: Grid): IndicatorGrids {
  const catalogRead = catalogFromGrid(catalogGrid);
  const entriesRead = entryTableFromGrid(entriesGrid);
  if (catalogRead.ok && entriesRead.ok) return { ok: true, catalog: catalogRead.catalog, table: entriesRead.table, catalogWarnings: catalogRead.problems };
  return {
    ok: false,
    problems: { ...(catalogRead.ok ? {} : { catalog: catalogRead.problems }), ...(entriesRead.ok ? {} : { entries: entriesRead.problems }) },
  };
}

function checkedOutcome(read: Extract<IndicatorGrids, { ok: true }>, registry: Registry, context: IndicatorContext): IndicatorOutcome {
  const { catalog, table, catalogWarnings } = read;
  // Columns straight from the grid: no object per entry (see EntryChecks).
  const checked = checkEntryTable(table, catalog, registry);
  const progress = indicatorProgress(checked, catalog, registry);
  const results: IndicatorResults = {
    entries: checked.length,
    report: context.report ? indicatorReport(checked, progress, context.reportEntry) : undefined,
    national: indicatorNationalSheets(progress, context.generatedAt, context.entryWindow),
    byProvince: new Map(progress.provinces.map((p) => [p.province, indicatorProvinceSheets(p, context.generatedAt, context.entryWindow)])),
    completion: new Map(progress.provinces.flatMap((p) => p.laos.map((c) => [c.lao.code, c]))),
  };
  return { ok: true, results, catalogWarnings };
}

/** Runs `work` through the context's stage hook, if any. */
function stage<T>(context: JobContext, name: string, work: () => T): T {
  return context.stage ? context.stage(name, work) : work();
}

/** Checks report.json's content against its strict schema before anything is written (what of it: reportToCheck). */
function validated(report: Report): Report {
  Report.parse(reportToCheck(report));
  return report;
}

/** What the summaries take from the indicator stage. */
export interface IndicatorResults {
  /** How many entries were checked. */
  entries: number;
  report: Report['indicators'];
  national: SheetLayout[];
  byProvince: Map<string, SheetLayout[]>;
  /** Each expected LAO's entry so far, by code. */
  completion: Map<string, IndicatorCompletion>;
}

/** The indicator sheets, then the adapter's own, per province. */
function extraSheets(
  indicators: IndicatorResults | null,
  adapter: ReadonlyMap<string, readonly SheetLayout[]> | undefined,
): { national: readonly SheetLayout[]; byProvince: ReadonlyMap<string, readonly SheetLayout[]> } | undefined {
  if (!adapter) return indicators ?? undefined;
  if (!indicators) return { national: [], byProvince: adapter };
  const byProvince = new Map<string, readonly SheetLayout[]>(indicators.byProvince);
  for (const [province, sheets] of adapter) byProvince.set(province, [...(byProvince.get(province) ?? []), ...sheets]);
  return { national: indicators.national, byProvince };
}

/**
 * One input's problems as self-contained Thai lines, `แผ่นงาน "ทะเบียน อปท." แถว 12: …`, at most LINES_PER_INPUT of
 * them, then how many more.
 */
export function namedProblemLines(name: string, list: readonly InputProblem[], limit = LINES_PER_INPUT): string[] {
  const lines = list.slice(0, limit).map((p) => `${name}${p.row ? ` แถว ${sheetRow(p.row)}` : ''}: ${p.message}`);
  if (list.length > limit) lines.push(`${name}: และอีก ${list.length - limit} รายการ`);
  return lines;
}
