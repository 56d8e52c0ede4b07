/**
 * Runs the rebuild against the fake server on a data set of any size and reports what the run cost: API
 * requests per method, retries, 429s, the minutes the per-minute quotas make it last (virtual clock) and the
 * wall time of the local work. For benchmark scripts; tests assert behaviour, not these figures.
 */
import type { Grid } from '../../sheets-schema/cell';
import { parseRebuildConfig } from '../config';
import { GoogleApi } from '../google-api';
import { runRebuild, type RebuildSummary } from '../rebuild';
import { fixedTokenAuth } from './fake-clients';
import { startFakeGoogle, type LoggedRequest, type QuotaBucket } from './fake-google';
import { VirtualClock } from './virtual-clock';

export interface RebuildMeasurement {
  status: number;
  summary: RebuildSummary;
  requests: number;
  byMethod: Record<string, number>;
  /** Requests per quota bucket (Sheets reads, Sheets writes, Drive), 429s included. */
  byBucket: Record<QuotaBucket, number>;
  rejected429: number;
  /** How long the run takes at the paced rate (virtual time), not counting network latency. */
  pacedMinutes: number;
  wallMs: number;
}

export interface MeasureInput {
  /** Source sheets by name, header row first. */
  sheets: Record<string, Grid>;
  /** Settings as in REBUILD_CONFIG, without the IDs (the fake's are filled in). */
  settings: Record<string, unknown>;
  /** Rebuild this many times in a row (the first creates the files, the later ones find them). */
  runs?: number;
  /** Rows to append to source sheets before run `run` (0-based), as a new form submission appends its row. */
  appendBefore?: (run: number) => Record<string, Grid> | undefined;
}

export async function measureRebuild(input: MeasureInput): Promise<RebuildMeasurement[]> {
  const clock = new VirtualClock();
  const fake = await startFakeGoogle({ clock });
  try {
    const sourceId = fake.sheets.create({ properties: { title: 'ข้อมูลต้นทาง' } }).spreadsheetId;
    const rowCounts = new Map<string, number>();
    for (const [name, grid] of Object.entries(input.sheets)) {
      fake.sheets.seedValues(sourceId, name, grid);
      rowCounts.set(name, grid.length);
    }
    const folderId = fake.drive.addFolder('สรุป');
    const config = parseRebuildConfig(JSON.stringify({ ...input.settings, sourceSpreadsheetId: sourceId, folderId }));
    if (!config.ok) throw new Error(config.message);
    const results: RebuildMeasurement[] = [];
    for (let i = 0; i < (input.runs ?? 1); i++) {
      for (const [name, rows] of Object.entries(input.appendBefore?.(i) ?? {})) {
        fake.sheets.seedValues(sourceId, name, rows, rowCounts.get(name) ?? 0);
        rowCounts.set(name, (rowCounts.get(name) ?? 0) + rows.length);
      }
      fake.resetCounts();
      const api = new GoogleApi({ auth: fixedTokenAuth(fake.accessToken), rootUrl: fake.url, clock });
      const startedWall = performance.now();
      const startedVirtual = clock.now();
      const outcome = await runRebuild({ api, config: config.config, clock });
      if (outcome.status === 422) throw new Error(outcome.body.message);
      results.push({
        status: outcome.status,
        summary: outcome.body,
        requests: fake.log.length,
        byMethod: { ...fake.counts },
        byBucket: countBuckets(fake.log),
        rejected429: fake.log.filter((l) => l.status === 429).length,
        pacedMinutes: (clock.now() - startedVirtual) / 60_000,
        wallMs: performance.now() - startedWall,
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
