/**
 * One scheduled rebuild:
 * 1. take the lease on the source spreadsheet (another run holds it: 409, nothing written);
 * 2. read the source sheets in row windows, run the core, read the coordinators and summary-files sheets (any
 *    problem: 422 with Thai messages, nothing written);
 * 3. find the summary files (My Drive: the owner's prepared files by id, none created; shared drive: by key,
 *    missing ones created once);
 * 4. first check sharing of files whose content has not changed (cheap, and a removed coordinator loses access
 *    at once), then write the changed files, those written longest ago first, each swapped in whole, then shared;
 *    no new file is started after the run's deadline: those are reported pending and the next run does them.
 * A file's content fingerprint and write time are kept in its Drive app properties, recorded after the write, so a
 * run that fails or stops before that point writes the file again next time.
 */
import { formatThaiDateTime } from '../core/dates/format';
import { entryWindowFromSettings } from '../core/indicators/entry-progress';
import { summarizeGrids, type InputCounts } from '../core/job/summarize-grids';
import type { WorkbookLayout } from '../sheets-schema/workbook';
import type { Clock } from './clock';
import { storedValue } from '../sheets-schema/workbook';
import { columnLetters, quoteSheetName } from '../sheets-schema/a1';
import { NATIONAL_KEY, readRunSettings, SOURCE_SHEETS, type FunctionEnvironment, type RunSettings } from './config';
import { listPermissions, preparedFiles, recordRendered, shareExactly, sharedDriveFiles, whoAmI, type SummaryFile } from './drive-adapter';
import { httpStatus, type ApiBucket, type GoogleApi } from './google-api';
import { releaseLease, takeLease } from './lease';
import { readRegistrationLinks } from './registration-links';
import { MAX_PAYLOAD_BYTES } from './layout-requests';
import { readSheets, renderWorkbook, writeValues, type ReadStats } from './sheets-adapter';
import { workbookFingerprint } from '../core/summary/fingerprint';

export interface RebuildDeps {
  api: GoogleApi;
  env: FunctionEnvironment;
  clock: Clock;
  /** Render every file even when its content has not changed (after someone edited a file by hand). */
  force?: boolean;
  /** This invocation's id (lease holder, staged sheet titles); random by default. */
  runId?: string;
  /** Largest request or response body we aim for (Google recommends 2 MB). */
  maxBytes?: number;
}

/** The lease outlives the run's deadline by this much, so it also covers a run cut off at the function's timeout. */
export const LEASE_MARGIN_MS = 10 * 60_000;
/** Retries may still run this long after the deadline (a file already started is finished if it can be). */
const RETRY_GRACE_MS = 3 * 60_000;

export interface RequestCounts {
  total: number;
  byMethod: Record<string, number>;
  retries: Record<ApiBucket, number>;
  /** Time spent holding requests back to stay under the per-minute quotas. */
  pacingWaitMs: number;
  /** Time spent waiting before retries. */
  backoffMs: number;
}

export interface RebuildSummary {
  ok: boolean;
  /** Every file is up to date (false when some are pending after the deadline). */
  complete: boolean;
  generatedAt: string;
  durationMs: number;
  setup: 'myDrive' | 'sharedDrive';
  inputs: InputCounts;
  source: { requests: number; largestResponseBytes: number };
  spreadsheets: {
    total: number;
    created: number;
    rendered: number;
    /** Same content as last time: not written (sharing is still checked). */
    unchanged: number;
    cells: number;
    truncatedCells: number;
    national: { id: string; title: string } | null;
    /** Not started before the deadline: the next run writes them. */
    pending: string[];
    /** No usable file (My Drive: not prepared, not shared with the function); nothing was created. */
    missing: Array<{ title: string; message: string }>;
    failed: Array<{ title: string; message: string }>;
  };
  sharing: { added: number; removed: number; inheritedKept: string[]; provincesWithoutCoordinators: string[] };
  requests: RequestCounts;
  warnings: string[];
}

export interface RebuildRefused {
  ok: false;
  /** Thai, for the person who has to fix the source sheets or the settings, or to wait. */
  message: string;
  problems: string[];
  requests: RequestCounts;
}

export type RebuildOutcome = { status: 200 | 500; body: RebuildSummary } | { status: 409 | 422; body: RebuildRefused };

export async function runRebuild(deps: RebuildDeps): Promise<RebuildOutcome> {
  const { api, env, clock } = deps;
  const started = clock.now();
  const deadline = started + env.runMs;
  api.deadline = deadline + RETRY_GRACE_MS;
  const runId = deps.runId ?? Math.random().toString(36).slice(2, 10);
  const self = await whoAmI(api);
  let taken: Awaited<ReturnType<typeof takeLease>>;
  try {
    taken = await takeLease(api, env.sourceSpreadsheetId, runId, deadline + LEASE_MARGIN_MS);
  } catch (e) {
    const status = httpStatus(e);
    if (status !== 403 && status !== 404) throw e;
    // The lease is written into the source, so the function needs to be its editor: the usual first-run slip.
    return refuse(api, [
      `เปิดหรือแก้ไขสเปรดชีตต้นทาง (${env.sourceSpreadsheetId}) ไม่ได้: กรุณาตรวจสอบรหัสสเปรดชีต และแชร์สเปรดชีตต้นทางให้บัญชีบริการของฟังก์ชัน ${self} เป็น "ผู้แก้ไข"`,
    ]);
  }
  if (!taken.ok) {
    const until = formatThaiDateTime(new Date(taken.heldBy.until));
    const message = `มีการสร้างสรุปอีกรอบหนึ่งกำลังทำงานอยู่ (จองไว้ถึง ${until} น.) รอบนี้จึงไม่เขียนไฟล์ใด ๆ`;
    return { status: 409, body: { ok: false, message, problems: [message], requests: requestCounts(api) } };
  }
  try {
    return await rebuildHoldingLease(deps, runId, self, deadline, started);
  } finally {
    // If this fails the lease simply expires.
    await releaseLease(api, env.sourceSpreadsheetId, taken.lease).catch(() => undefined);
  }
}

async function rebuildHoldingLease(deps: RebuildDeps, runId: string, self: string, deadline: number, started: number): Promise<RebuildOutcome> {
  const { api, env, clock, force = false } = deps;
  const maxBytes = deps.maxBytes ?? MAX_PAYLOAD_BYTES;
  const myDrive = env.sharedDriveFolderId === undefined;
  const source: ReadStats = { requests: 0, largestResponseBytes: 0 };
  const read = await readSheets(
    api,
    env.sourceSpreadsheetId,
    [SOURCE_SHEETS.registry],
    [
      SOURCE_SHEETS.coordinators,
      ...(myDrive ? [SOURCE_SHEETS.summaryFiles] : []),
      SOURCE_SHEETS.sessions,
      SOURCE_SHEETS.responses,
      SOURCE_SHEETS.catalog,
      SOURCE_SHEETS.entries,
      SOURCE_SHEETS.settings,
      SOURCE_SHEETS.rsvpLinks,
    ],
    maxBytes,
    source,
  );
  if (!read.ok) return refuse(api, [read.message]);
  const grids = read.grids;
  const indicators = grids.has(SOURCE_SHEETS.catalog) && grids.has(SOURCE_SHEETS.entries);
  const rsvp = grids.has(SOURCE_SHEETS.responses);
  if (!rsvp && !indicators) {
    return refuse(api, [
      `ไม่พบข้อมูลที่จะสรุป: ต้องมีแผ่นงาน "${SOURCE_SHEETS.responses}" หรือแผ่นงาน "${SOURCE_SHEETS.catalog}" และ "${SOURCE_SHEETS.entries}" ในสเปรดชีตต้นทาง`,
    ]);
  }

  const generatedAt = new Date(clock.now());
  const sheet = (name: string) => `แผ่นงาน "${name}"`;
  // The links are no input of the figures: not listed among the sources.
  const links = readRegistrationLinks(grids.get(SOURCE_SHEETS.rsvpLinks));
  const sources = [...grids.keys()].filter((n) => n !== SOURCE_SHEETS.rsvpLinks).map((n) => `แผ่นงาน "${n}" ในสเปรดชีต ${env.sourceSpreadsheetId}`);
  const built = summarizeGrids(
    {
      registry: grids.get(SOURCE_SHEETS.registry)!,
      responses: rsvp ? grids.get(SOURCE_SHEETS.responses) : undefined,
      sessions: rsvp ? grids.get(SOURCE_SHEETS.sessions) : undefined,
      catalog: indicators ? grids.get(SOURCE_SHEETS.catalog) : undefined,
      entries: indicators ? grids.get(SOURCE_SHEETS.entries) : undefined,
    },
    {
      registry: sheet(SOURCE_SHEETS.registry),
      responses: sheet(SOURCE_SHEETS.responses),
      sessions: sheet(SOURCE_SHEETS.sessions),
      catalog: sheet(SOURCE_SHEETS.catalog),
      entries: sheet(SOURCE_SHEETS.entries),
    },
    {
      generatedAt,
      sources: () => sources,
      // The follow-up lists carry each LAO's link, and each province file its LAOs' links, as from Apps Script.
      registrationLinks: links.links?.byCode ?? null,
      provinceSheets: links.links?.provinceSheets,
      // The days left in the summaries' indicator sheets come from the same settings rows the entry check reads.
      ...(indicators ? { entryWindow: entryWindowFromSettings(grids.get(SOURCE_SHEETS.settings) ?? null) } : {}),
    },
  );
  if (!built.ok) return refuse(api, built.problems);
  const settingsRead = readRunSettings(
    { coordinators: grids.get(SOURCE_SHEETS.coordinators), summaryFiles: grids.get(SOURCE_SHEETS.summaryFiles) },
    built.registry.provinces(),
    { myDrive },
  );
  if (!settingsRead.ok) return refuse(api, settingsRead.problems);
  const settings = settingsRead.settings;
  // The source's cells are not needed any more: let them go before the files are written.
  grids.clear();

  const targets: Array<{ key: string; workbook: WorkbookLayout; viewers: string[]; province: string | null }> = [
    { key: NATIONAL_KEY, workbook: built.workbooks.national, viewers: settings.viewers.get(NATIONAL_KEY) ?? [], province: null },
    ...built.workbooks.provinces.map((p) => ({ key: p.province, workbook: p.workbook, viewers: settings.viewers.get(p.province) ?? [], province: p.province })),
  ];
  const summaryTargets = targets.map((t) => ({ key: t.key, title: t.workbook.title }));
  const found = myDrive
    ? await preparedFiles(api, summaryTargets, settings.summaryFiles)
    : await sharedDriveFiles(api, env.sharedDriveFolderId!, summaryTargets);

  const summary: RebuildSummary = {
    ok: true,
    complete: true,
    generatedAt: generatedAt.toISOString(),
    durationMs: 0,
    setup: myDrive ? 'myDrive' : 'sharedDrive',
    inputs: built.counts,
    source,
    spreadsheets: {
      total: targets.length,
      created: [...found.files.values()].filter((f) => f.created).length,
      rendered: 0,
      unchanged: 0,
      cells: 0,
      truncatedCells: 0,
      national: null,
      pending: [],
      missing: found.missing.map((m) => ({ title: m.title, message: m.message })),
      failed: [],
    },
    sharing: {
      added: 0,
      removed: 0,
      inheritedKept: [],
      provincesWithoutCoordinators: targets.filter((t) => t.province !== null && t.viewers.length === 0).map((t) => t.province!),
    },
    requests: requestCounts(api),
    warnings: [...built.warnings, ...(links.warning ? [links.warning] : []), ...found.warnings],
  };

  type Job = (typeof targets)[number] & { file: SummaryFile; hash: string; changed: boolean };
  const jobs: Job[] = [];
  for (const target of targets) {
    const file = found.files.get(target.key);
    if (!file) continue;
    if (target.province === null) summary.spreadsheets.national = { id: file.id, title: target.workbook.title };
    const hash = workbookFingerprint(target.workbook, generatedAt);
    jobs.push({ ...target, file, hash, changed: force || file.created || file.contentHash !== hash });
  }
  // Sharing-only files first (a removed coordinator loses access early), then the files written longest ago.
  jobs.sort((a, b) => Number(a.changed) - Number(b.changed) || (a.file.writtenAt ?? '').localeCompare(b.file.writtenAt ?? ''));

  const written = new Map<string, Date>();
  for (const job of jobs) {
    const title = job.workbook.title;
    if (clock.now() >= deadline) {
      summary.complete = false;
      summary.spreadsheets.pending.push(title);
      continue;
    }
    try {
      if (job.changed) {
        const stats = await renderWorkbook(api, job.file.id, job.workbook, { maxBytes, tag: runId });
        summary.spreadsheets.rendered++;
        summary.spreadsheets.cells += stats.cells;
        summary.spreadsheets.truncatedCells += stats.truncatedCells;
      } else {
        summary.spreadsheets.unchanged++;
      }
      // Shared only once its content is in place, so nobody is invited to an empty or stale file.
      const permissions = await listPermissions(api, job.file.id);
      const change = await shareExactly(api, job.file.id, permissions, job.viewers, settings.shareRole, { self, notify: settings.notifyNewViewers });
      summary.sharing.added += change.added.length;
      summary.sharing.removed += change.removed.length;
      summary.sharing.inheritedKept.push(...change.inheritedKept.map((who) => `${title}: ${who}`));
      if (job.changed) {
        const at = new Date(clock.now());
        await recordRendered(api, job.file.id, job.hash, at);
        written.set(job.key, at);
      }
    } catch (e) {
      summary.spreadsheets.failed.push({ title, message: `เขียนหรือแชร์ไฟล์ไม่สำเร็จ (เนื้อหาเดิมของไฟล์ยังอยู่): ${(e as Error).message}` });
    }
  }
  if (written.size && settings.updatedAtCells) {
    try {
      await recordUpdatedAt(api, env.sourceSpreadsheetId, settings.updatedAtCells, written);
    } catch (e) {
      summary.warnings.push(`บันทึกเวลาปรับปรุงในแผ่นงาน "${SOURCE_SHEETS.summaryFiles}" ไม่สำเร็จ: ${(e as Error).message}`);
    }
  }
  if (summary.spreadsheets.failed.length || summary.spreadsheets.missing.length) summary.ok = false;
  if (summary.spreadsheets.pending.length) summary.complete = false;
  summary.requests = requestCounts(api);
  summary.durationMs = clock.now() - started;
  return { status: summary.ok ? 200 : 500, body: summary };
}

function refuse(api: GoogleApi, problems: string[]): RebuildOutcome {
  return {
    status: 422,
    body: {
      ok: false,
      message: ['ยังไม่ได้สร้างสรุป เพราะข้อมูลต้นทางหรือการตั้งค่ามีปัญหา (ไม่มีการเขียนไฟล์ใด ๆ):', ...problems].join('\n'),
      problems,
      requests: requestCounts(api),
    },
  };
}

function requestCounts(api: GoogleApi): RequestCounts {
  return { total: api.requestCount, byMethod: { ...api.calls }, retries: { ...api.retries }, pacingWaitMs: api.waitedMs, backoffMs: api.backoffMs };
}

/** The owner's summary-files sheet shows when each file was last written (Buddhist-era text, as every date we write). */
async function recordUpdatedAt(
  api: GoogleApi,
  sourceId: string,
  cells: NonNullable<RunSettings['updatedAtCells']>,
  written: ReadonlyMap<string, Date>,
): Promise<void> {
  const data = [...written].flatMap(([key, at]) => {
    const row = cells.rows.get(key);
    if (row === undefined) return [];
    const cell = `${columnLetters(cells.column)}${row + 1}`;
    return [{ range: `${quoteSheetName(SOURCE_SHEETS.summaryFiles)}!${cell}:${cell}`, values: [[storedValue(at, 'datetime')]] }];
  });
  if (!data.length) return;
  await writeValues(api, sourceId, data);
}
