/**
 * Runs the rebuild against the fake server, with Google's latency model and quotas on a virtual clock, on a data
 * set of any size, and reports what the run cost: API requests per method, retries, refusals, the modelled
 * minutes (pacing under the per-minute quotas plus each request's modelled latency), and the process's peak
 * memory. For benchmark scripts; tests assert behaviour, not these figures.
 */
import type { Grid } from '../../sheets-schema/cell';
import { readEnvironment } from '../config';
import { GoogleApi } from '../google-api';
import { runRebuild, type RebuildSummary } from '../rebuild';
import { fixedTokenAuth } from './fake-clients';
import { startFakeGoogle, type LoggedRequest, type QuotaBucket } from './fake-google';
import { prepareMyDrive, seedCoordinators } from './source-data';
import { VirtualClock } from './virtual-clock';

export interface RebuildMeasurement {
  status: number;
  summary: RebuildSummary;
  requests: number;
  byMethod: Record<string, number>;
  /** Requests per quota bucket (Sheets reads, Sheets writes, Drive), refusals included. */
  byBucket: Record<QuotaBucket, number>;
  /** Refused for quota (429, or Drive's 403 rate limit). */
  refused: number;
  largestRequestBytes: number;
  largestResponseBytes: number;
  /** Modelled duration: quota pacing, back-off and each request's modelled latency (virtual time). */
  modelledMinutes: number;
  wallMs: number;
  /** Peak resident memory of this process during the run (the fake server's copy of every file included). */
  peakRssMiB: number;
  /** Peak V8 heap used during the run (the fake server's state included). */
  peakHeapMiB: number;
}

export interface MeasureInput {
  /** Source sheets by name, header row first. */
  sheets: Record<string, Grid>;
  /** Summary keys (NATIONAL_KEY and every province) the owner prepared a file for. */
  keys: readonly string[];
  /** Province or NATIONAL_KEY → e-mails, as in the coordinators sheet. */
  viewers: Record<string, readonly string[]>;
  /** Rebuild this many times in a row. */
  runs?: number;
  /** Rows to append to source sheets before run `run` (0-based), as a new form submission appends its row. */
  appendBefore?: (run: number) => Record<string, Grid> | undefined;
  /** RUN_DEADLINE_MINUTES. */
  runMinutes?: number;
}

export async function measureRebuild(input: MeasureInput): Promise<RebuildMeasurement[]> {
  const clock = new VirtualClock();
  const fake = await startFakeGoogle({ clock, latency: 'google' });
  try {
    const sourceId = fake.sheets.create({ properties: { title: 'ข้อมูลต้นทาง' } }).spreadsheetId;
    const rowCounts = new Map<string, number>();
    for (const [name, grid] of Object.entries(input.sheets)) {
      fake.sheets.seedValues(sourceId, name, grid);
      rowCounts.set(name, grid.length);
    }
    seedCoordinators(fake, sourceId, input.viewers);
    prepareMyDrive(fake, sourceId, input.keys);
    const env = readEnvironment({ SOURCE_SPREADSHEET_ID: sourceId, ...(input.runMinutes ? { RUN_DEADLINE_MINUTES: String(input.runMinutes) } : {}) });
    if (!env.ok) throw new Error(env.message);
    const results: RebuildMeasurement[] = [];
    for (let i = 0; i < (input.runs ?? 1); i++) {
      for (const [name, rows] of Object.entries(input.appendBefore?.(i) ?? {})) {
        fake.sheets.seedValues(sourceId, name, rows, rowCounts.get(name) ?? 0);
        rowCounts.set(name, (rowCounts.get(name) ?? 0) + rows.length);
      }
      fake.resetCounts();
      const api = new GoogleApi({ auth: fixedTokenAuth(fake.accessToken), rootUrl: fake.url, clock });
      let peakRss = process.memoryUsage.rss();
      let peakHeap = process.memoryUsage().heapUsed;
      const sampler = setInterval(() => {
        peakRss = Math.max(peakRss, process.memoryUsage.rss());
        peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
      }, 50);
      const startedWall = performance.now();
      const startedVirtual = clock.now();
      const outcome = await runRebuild({ api, env: env.env, clock }).finally(() => clearInterval(sampler));
      if (outcome.status === 422 || outcome.status === 409) throw new Error(outcome.body.message);
      results.push({
        status: outcome.status,
        summary: outcome.body as RebuildSummary,
        requests: fake.log.length,
        byMethod: { ...fake.counts },
        byBucket: countBuckets(fake.log),
        refused: fake.log.filter((l) => l.status === 429 || (l.bucket === 'drive' && l.status === 403)).length,
        largestRequestBytes: Math.max(0, ...fake.log.map((l) => l.requestBytes)),
        largestResponseBytes: Math.max(0, ...fake.log.map((l) => l.responseBytes)),
        modelledMinutes: (clock.now() - startedVirtual) / 60_000,
        wallMs: performance.now() - startedWall,
        peakRssMiB: peakRss / 1_048_576,
        peakHeapMiB: peakHeap / 1_048_576,
      });
      await clock.sleep(3_600_000);
    }
    return results;
  } finally {
    await fake.close();
  }
}

function countBuckets(log: readonly LoggedRequest[]): Record<QuotaBucket, number> {
  const counts: Record<QuotaBucket, number> = { sheetsRead: 0, sheetsWrite: 0, drive: 0 };
  for (const request of log) counts[request.bucket]++;
  return counts;
}
