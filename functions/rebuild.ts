/**
 * One scheduled rebuild: read the source sheets in one request, run the core, then write the national overview
 * and every province's spreadsheet in the Drive folder and share each with exactly its people. A file whose
 * content is the same as last time (its fingerprint is kept in the file's Drive app properties, read with the
 * folder listing) is not written, so a quiet run costs two requests. Nothing is written when an input cannot be
 * read; one file failing does not stop the others.
 */
import { summarizeGrids, type InputCounts } from '../core/job/summarize-grids';
import { normaliseProvince } from '../core/lao/place';
import type { Grid } from '../sheets-schema/cell';
import type { WorkbookLayout } from '../sheets-schema/workbook';
import type { Clock } from './clock';
import type { RebuildConfig } from './config';
import { ensureSpreadsheets, recordContentHash, shareExactly } from './drive-adapter';
import type { ApiBucket, GoogleApi } from './google-api';
import { readGrids, renderWorkbook } from './sheets-adapter';
import { workbookFingerprint } from './workbook-fingerprint';

export interface RebuildDeps {
  api: GoogleApi;
  config: RebuildConfig;
  clock: Clock;
  /** Render every file even when its content has not changed (after someone edited a file by hand). */
  force?: boolean;
}

export interface RequestCounts {
  total: number;
  byMethod: Record<string, number>;
  retries: Record<ApiBucket, number>;
  /** Time spent holding requests back to stay under the per-minute quotas. */
  pacingWaitMs: number;
}

export interface RebuildSummary {
  ok: boolean;
  generatedAt: string;
  durationMs: number;
  inputs: InputCounts;
  spreadsheets: {
    total: number;
    created: number;
    rendered: number;
    /** Same content as last time: not written (sharing is still checked). */
    unchanged: number;
    cells: number;
    truncatedCells: number;
    national: { id: string; title: string } | null;
    failed: Array<{ title: string; message: string }>;
  };
  sharing: { added: number; removed: number; inheritedKept: string[]; provincesWithoutCoordinators: string[] };
  requests: RequestCounts;
  warnings: string[];
}

export interface RebuildRefused {
  ok: false;
  /** Thai, for the person who has to fix the source sheets or the settings. */
  message: string;
  problems: string[];
  requests: RequestCounts;
}

export type RebuildOutcome = { status: 200 | 500; body: RebuildSummary } | { status: 422; body: RebuildRefused };

export async function runRebuild({ api, config, clock, force = false }: RebuildDeps): Promise<RebuildOutcome> {
  const started = clock.now();
  const names = config.sheetNames;
  const wanted = [
    names.registry,
    ...(config.rsvp ? [names.responses, names.sessions] : []),
    ...(config.indicators ? [names.catalog, names.entries] : []),
  ];
  const read = await readGrids(api, config.sourceSpreadsheetId, wanted);
  if (!read.ok) return refuse(api, [read.message]);
  const grid = (name: string): Grid | undefined => read.grids[wanted.indexOf(name)];
  const sheet = (name: string) => `แผ่นงาน "${name}"`;

  const generatedAt = new Date(clock.now());
  const sources = wanted.map((n) => `แผ่นงาน "${n}" ในสเปรดชีต ${config.sourceSpreadsheetId}`);
  const built = summarizeGrids(
    {
      registry: grid(names.registry)!,
      responses: grid(names.responses),
      sessions: grid(names.sessions),
      catalog: grid(names.catalog),
      entries: grid(names.entries),
    },
    {
      registry: sheet(names.registry),
      responses: sheet(names.responses),
      sessions: sheet(names.sessions),
      catalog: sheet(names.catalog),
      entries: sheet(names.entries),
    },
    { generatedAt, sources: () => sources, bangkokCode: config.bangkokCode },
  );
  if (!built.ok) return refuse(api, built.problems);

  const coordinators = coordinatorsByProvince(config.coordinators, built.registry.provinces());
  if (!coordinators.ok) return refuse(api, coordinators.problems);

  const targets: Array<{ workbook: WorkbookLayout; viewers: string[]; province: string | null }> = [
    { workbook: built.workbooks.national, viewers: config.nationalViewers, province: null },
    ...built.workbooks.provinces.map((p) => ({ workbook: p.workbook, viewers: coordinators.byProvince.get(p.province) ?? [], province: p.province })),
  ];
  const titles = targets.map((t) => t.workbook.title);
  // Two layouts with one title would share one file, and one province's people would see another's.
  if (new Set(titles).size !== titles.length) throw new Error(`duplicate workbook titles: ${titles.join(', ')}`);

  const ensured = await ensureSpreadsheets(api, config.folderId, titles);
  const summary: RebuildSummary = {
    ok: true,
    generatedAt: generatedAt.toISOString(),
    durationMs: 0,
    inputs: built.counts,
    spreadsheets: { total: targets.length, created: 0, rendered: 0, unchanged: 0, cells: 0, truncatedCells: 0, national: null, failed: [] },
    sharing: {
      added: 0,
      removed: 0,
      inheritedKept: [],
      provincesWithoutCoordinators: targets.filter((t) => t.province !== null && t.viewers.length === 0).map((t) => t.province!),
    },
    requests: requestCounts(api),
    warnings: [...built.warnings, ...ensured.warnings],
  };
  for (const target of targets) {
    const file = ensured.byName.get(target.workbook.title)!;
    if (file.created) summary.spreadsheets.created++;
    if (target.province === null) summary.spreadsheets.national = { id: file.id, title: file.name };
    try {
      const hash = workbookFingerprint(target.workbook, generatedAt);
      const changed = force || file.created || file.contentHash !== hash;
      if (changed) {
        const stats = await renderWorkbook(api, file.id, target.workbook);
        summary.spreadsheets.rendered++;
        summary.spreadsheets.cells += stats.cells;
        summary.spreadsheets.truncatedCells += stats.truncatedCells;
      } else {
        summary.spreadsheets.unchanged++;
      }
      // Shared only once its content is in place, so nobody is invited to an empty or stale file.
      const change = await shareExactly(api, file, target.viewers, config.shareRole, config.notifyNewViewers);
      summary.sharing.added += change.added.length;
      summary.sharing.removed += change.removed.length;
      summary.sharing.inheritedKept.push(...change.inheritedKept.map((who) => `${target.workbook.title}: ${who}`));
      // Recorded last: a run that fails before this point renders the file again next time.
      if (changed) await recordContentHash(api, file.id, hash);
    } catch (e) {
      summary.ok = false;
      summary.spreadsheets.failed.push({ title: target.workbook.title, message: `เขียนหรือแชร์ไฟล์ไม่สำเร็จ: ${(e as Error).message}` });
    }
  }
  summary.requests = requestCounts(api);
  summary.durationMs = clock.now() - started;
  return { status: summary.ok ? 200 : 500, body: summary };
}

/** Coordinators keyed by the registry's spelling of their province; unknown provinces are a settings error. */
function coordinatorsByProvince(
  config: Record<string, string[]>,
  provinces: readonly string[],
): { ok: true; byProvince: Map<string, string[]> } | { ok: false; problems: string[] } {
  const known = new Set(provinces);
  const byProvince = new Map<string, string[]>();
  const problems: string[] = [];
  for (const [key, emails] of Object.entries(config)) {
    const province = normaliseProvince(key);
    if (!known.has(province)) {
      problems.push(`การตั้งค่าผู้ประสานงาน: ไม่พบจังหวัด "${key}" ในทะเบียน อปท. กรุณาตรวจสอบชื่อจังหวัด`);
      continue;
    }
    byProvince.set(province, [...(byProvince.get(province) ?? []), ...emails]);
  }
  return problems.length ? { ok: false, problems } : { ok: true, byProvince };
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
  return { total: api.requestCount, byMethod: { ...api.calls }, retries: { ...api.retries }, pacingWaitMs: api.waitedMs };
}
