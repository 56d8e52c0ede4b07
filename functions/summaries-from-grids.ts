/**
 * The source sheets, read as Grids, through the core: registry, the RSVP pipeline, the indicator checks, then the
 * summary workbooks. No I/O and no logic of its own: it connects the core's steps (in the order the local job in
 * scripts/cli/summarize-job.ts uses) and collects their problems as Thai lines.
 */
import { checkEntries } from '../core/indicators/checks';
import { catalogFromGrid } from '../core/indicators/catalog';
import { entriesFromGrid } from '../core/indicators/entries';
import { indicatorProgress } from '../core/indicators/progress';
import { indicatorNationalSheets, indicatorProvinceSheets } from '../core/indicators/sheets';
import { registryFromGrid, withBangkok } from '../core/registry/import';
import { Registry } from '../core/registry/index';
import { processResponses } from '../core/rsvp/pipeline';
import { parseSessions } from '../core/rsvp/sessions';
import type { ResponseStatus } from '../core/rsvp/types';
import { summarizeRsvp, type AreaCounts } from '../core/summary/counts';
import { buildSummaryWorkbooks, type SummaryWorkbooksInput, type SummaryWorkbooks } from '../core/summary/workbooks';
import type { Grid } from '../sheets-schema/cell';
import type { SheetLayout } from '../sheets-schema/workbook';

export interface SourceGrids {
  registry: Grid;
  /** With `sessions`: summarise the workshop registrations. */
  responses?: Grid;
  sessions?: Grid;
  /** With `entries`: summarise the indicator data. */
  catalog?: Grid;
  entries?: Grid;
}

export interface NamedSheets {
  registry: string;
  responses: string;
  sessions: string;
  catalog: string;
  entries: string;
}

export interface InputCounts {
  laos: number;
  responses?: number;
  responseStatus?: Record<ResponseStatus, number>;
  /** Registered LAOs, attendees and responses needing review, nationwide. */
  national?: Pick<AreaCounts, 'laosTotal' | 'laosRegistered' | 'attendees' | 'needsReview'>;
  indicatorEntries?: number;
}

export type SummariesBuilt =
  | { ok: true; registry: Registry; workbooks: SummaryWorkbooks; counts: InputCounts; warnings: string[] }
  | { ok: false; problems: string[] };

interface Problem {
  message: string;
  severity?: string;
  row?: number | null;
}

/** At most this many problem lines per sheet in the run summary; the sheets themselves list every one. */
const LINES_PER_SHEET = 5;

export function summariesFromGrids(
  grids: SourceGrids,
  names: NamedSheets,
  context: { generatedAt: Date; sources: readonly string[]; bangkokCode?: string },
): SummariesBuilt {
  const problems: string[] = [];
  const warnings: string[] = [];
  const note = (sheet: string, list: readonly Problem[]) => {
    const errors = list.filter((p) => p.severity !== 'warning');
    if (errors.length) warnings.push(...describe(sheet, errors));
  };

  const registryRead = registryFromGrid(grids.registry);
  if (!registryRead.ok) return { ok: false, problems: describe(names.registry, registryRead.problems) };
  note(names.registry, registryRead.problems);
  const registry = new Registry(withBangkok(registryRead.entries, context.bangkokCode));
  const counts: InputCounts = { laos: registry.entries.length };

  let rsvp: SummaryWorkbooksInput['rsvp'];
  if (grids.responses && grids.sessions) {
    const sessionsRead = parseSessions(grids.sessions);
    if (!sessionsRead.ok) problems.push(...describe(names.sessions, sessionsRead.problems));
    else note(names.sessions, sessionsRead.problems);
    const sessions = sessionsRead.ok ? sessionsRead.sessions : [];
    const processed = processResponses({ registry, sessions, grid: grids.responses, now: context.generatedAt });
    if (!processed.ok) problems.push(...describe(names.responses, processed.problems));
    else if (sessionsRead.ok) {
      const summary = summarizeRsvp(processed.responses, registry);
      rsvp = { responses: processed.responses, summary };
      const { laosTotal, laosRegistered, attendees, needsReview } = summary.national;
      counts.responses = processed.responses.length;
      counts.responseStatus = summary.statusCounts;
      counts.national = { laosTotal, laosRegistered, attendees, needsReview };
    }
  }

  let extraSheets: { national: SheetLayout[]; byProvince: Map<string, SheetLayout[]> } | undefined;
  if (grids.catalog && grids.entries) {
    const catalogRead = catalogFromGrid(grids.catalog);
    const entriesRead = entriesFromGrid(grids.entries);
    if (!catalogRead.ok) problems.push(...describe(names.catalog, catalogRead.problems));
    if (!entriesRead.ok) problems.push(...describe(names.entries, entriesRead.problems));
    if (catalogRead.ok && entriesRead.ok) {
      note(names.catalog, catalogRead.problems);
      const checked = checkEntries(entriesRead.rows, catalogRead.catalog, registry);
      const progress = indicatorProgress(checked, catalogRead.catalog, registry);
      counts.indicatorEntries = checked.length;
      extraSheets = {
        national: indicatorNationalSheets(progress, context.generatedAt),
        byProvince: new Map(progress.provinces.map((p) => [p.province, indicatorProvinceSheets(p, context.generatedAt)])),
      };
    }
  }
  if (problems.length) return { ok: false, problems };

  const workbooks = buildSummaryWorkbooks({ registry, generatedAt: context.generatedAt, sources: context.sources, rsvp, extraSheets });
  return { ok: true, registry, workbooks, counts, warnings };
}

function describe(sheet: string, list: readonly Problem[]): string[] {
  const lines = list.slice(0, LINES_PER_SHEET).map((p) => `แผ่นงาน "${sheet}"${p.row ? ` แถว ${p.row}` : ''}: ${p.message}`);
  if (list.length > LINES_PER_SHEET) lines.push(`แผ่นงาน "${sheet}": และอีก ${list.length - LINES_PER_SHEET} รายการ`);
  return lines;
}
