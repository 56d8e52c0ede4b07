/**
 * Runs the rebuild against the fake server, with Google's latency model and quotas on a virtual clock, on a data
 * set of any size, and reports what the run cost: API requests per method, retries, refusals, the modelled
 * minutes (pacing under the per-minute quotas plus each request's modelled latency), and the peak memory of the
 * process that ran the rebuild (a child process, so the fake server's state is not counted). For benchmark scripts; tests assert behaviour, not these figures.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Grid } from '../../sheets-schema/cell';
import type { RebuildSummary } from '../rebuild';
import type { WorkerInput, WorkerOutput } from './rebuild-worker';
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
  /** Peak resident memory of the process that ran the rebuild (a fresh Node process, like a cold start). */
  peakRssMiB: number;
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
  const fake = await startFakeGoogle({ clock, latency: 'google', virtualTimeHeader: true });
  try {
    const sourceId = fake.sheets.create({ properties: { title: 'ข้อมูลต้นทาง' } }).spreadsheetId;
    const rowCounts = new Map<string, number>();
    for (const [name, grid] of Object.entries(input.sheets)) {
      fake.sheets.seedValues(sourceId, name, grid);
      rowCounts.set(name, grid.length);
    }
    seedCoordinators(fake, sourceId, input.viewers);
    prepareMyDrive(fake, sourceId, input.keys);
    const env: Record<string, string> = { SOURCE_SPREADSHEET_ID: sourceId, ...(input.runMinutes ? { RUN_DEADLINE_MINUTES: String(input.runMinutes) } : {}) };
    const results: RebuildMeasurement[] = [];
    for (let i = 0; i < (input.runs ?? 1); i++) {
      for (const [name, rows] of Object.entries(input.appendBefore?.(i) ?? {})) {
        fake.sheets.seedValues(sourceId, name, rows, rowCounts.get(name) ?? 0);
        rowCounts.set(name, (rowCounts.get(name) ?? 0) + rows.length);
      }
      fake.resetCounts();
      const out = await runWorker({ url: fake.url, token: fake.accessToken, now: clock.now(), env });
      if (out.status === 422 || out.status === 409) throw new Error((out.summary as { message: string }).message);
      results.push({
        status: out.status,
        summary: out.summary as RebuildSummary,
        requests: fake.log.length,
        byMethod: { ...fake.counts },
        byBucket: countBuckets(fake.log),
        refused: fake.log.filter((l) => l.status === 429 || (l.bucket === 'drive' && l.status === 403)).length,
        largestRequestBytes: Math.max(0, ...fake.log.map((l) => l.requestBytes)),
        largestResponseBytes: Math.max(0, ...fake.log.map((l) => l.responseBytes)),
        modelledMinutes: (out.endNow - clock.now()) / 60_000,
        wallMs: out.wallMs,
        peakRssMiB: out.maxRssMiB,
      });
      await clock.sleep(out.endNow - clock.now() + 3_600_000);
    }
    return results;
  } finally {
    await fake.close();
  }
}

/** Runs the rebuild in a child process (asynchronously: this process serves the fake meanwhile). */
function runWorker(input: WorkerInput): Promise<WorkerOutput> {
  const worker = join(__dirname, 'rebuild-worker.ts');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', worker, JSON.stringify(input)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`rebuild worker failed (${code}): ${stderr}`));
      resolve(JSON.parse(stdout.trim().split('\n').at(-1)!) as WorkerOutput);
    });
  });
}

function countBuckets(log: readonly LoggedRequest[]): Record<QuotaBucket, number> {
  const counts: Record<QuotaBucket, number> = { sheetsRead: 0, sheetsWrite: 0, drive: 0 };
  for (const request of log) counts[request.bucket]++;
  return counts;
}
