/**
 * One measured run of the main job, in a fresh process so that its peak memory is its own: runs `runSummarize` on
 * the files named in argv[2] (JSON `SummarizeOptions`), then times the RSVP stage's parts on their own
 * (normalise, match, dedupe), and prints one JSON line (`WorkerResult`). Started by speed.ts.
 */
import { cellText } from '../../sheets-schema/cell';
import { rsvpResponsesSheet } from '../../sheets-schema/rsvp-form';
import { readTable } from '../../sheets-schema/table';
import { findDuplicates } from '../../core/dedupe/find-duplicates';
import type { Registration } from '../../core/dedupe/person-comparisons';
import { matchLao } from '../../core/match/match-lao';
import { buildMatchIndex } from '../../core/match/registry-index';
import { registryFromGrid, withBangkok } from '../../core/registry/import';
import { Registry } from '../../core/registry';
import { checkMemo, checkResponse } from '../../core/rsvp/checks';
import { parseSessions } from '../../core/rsvp/sessions';
import type { SummarizeOptions } from '../cli/args';
import { compileWithoutInlining } from '../cli/compiler-budget';
import { runSummarize, type StageTiming } from '../cli/summarize-job';
import { readGrid } from '../local/read-grid';

export interface WorkerResult {
  /** The job's own stages, in its order, with the job's Thai names: wall and CPU time, peak memory so far. */
  stages: StageTiming[];
  /** Peak resident set size of this process (the OS high-water mark) after the job, in MB. */
  peakRssMb: number;
  /** The RSVP stage's parts, each timed on its own after the job. */
  parts: { normalise: number; match: number; dedupe: number };
  responses: number;
  entries: number;
}

async function main(): Promise<void> {
  const options = JSON.parse(process.argv[2] ?? '{}') as SummarizeOptions;
  const quiet = { info: () => undefined, warn: () => undefined };
  const result = await runSummarize(options, quiet, new Date(Date.UTC(2026, 5, 21, 3)));
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const parts = await timeRsvpParts(options);
  const output: WorkerResult = {
    stages: result.timings,
    peakRssMb,
    parts,
    responses: result.report.responses.length,
    entries: result.indicatorRows?.count ?? 0,
  };
  process.stdout.write(JSON.stringify(output) + '\n');
}

/**
 * The three parts of the RSVP stage, each on its own: reading and normalising every answer (core/rsvp/checks),
 * matching every response to the registry (core/match), and finding duplicates among the matched ones
 * (core/dedupe). Their sum is close to, not exactly, the job's RSVP stage.
 */
async function timeRsvpParts(options: SummarizeOptions): Promise<WorkerResult['parts']> {
  const imported = registryFromGrid(await readGrid(options.registry));
  if (!imported.ok || !options.responses) return { normalise: 0, match: 0, dedupe: 0 };
  const registry = new Registry(withBangkok(imported.entries, options.bangkokCode ?? undefined));
  const sessionsRead = options.sessions ? parseSessions(await readGrid(options.sessions)) : null;
  const sessions = sessionsRead?.ok ? sessionsRead.sessions : [];
  const grid = await readGrid(options.responses);

  let started = performance.now();
  const table = readTable(rsvpResponsesSheet, grid);
  if (!table.ok) throw new Error('responses table');
  // One memo for all rows, as the pipeline shares one: without it every row's province, district and session were
  // read anew, which the job never does.
  const memo = checkMemo();
  const checks = table.rows.map((row) => checkResponse(row, sessions, { registry, memo }));
  const normalise = performance.now() - started;

  started = performance.now();
  const index = buildMatchIndex(registry.entries);
  const matches = table.rows.map((row) =>
    matchLao(index, {
      province: cellText(row.province),
      district: cellText(row.district),
      typeAnswer: cellText(row.laoType),
      laoName: cellText(row.laoName),
      code: cellText(row.laoCode),
    }),
  );
  const match = performance.now() - started;

  const registrations: Registration[] = [];
  table.rows.forEach((row, i) => {
    const m = matches[i]!;
    const { parsed } = checks[i]!;
    if (m.status === 'matched') {
      registrations.push({
        row: row.rowNumber,
        laoCode: m.code,
        submittedAt: parsed.submittedAt,
        person: parsed.person,
        phone: parsed.phone,
        email: parsed.email,
        position: parsed.position,
      });
    }
  });
  started = performance.now();
  findDuplicates(registrations);
  const dedupe = performance.now() - started;
  return { normalise, match, dedupe };
}

// As scripts/summarize.ts does, so that each run costs what npm run summarize's does.
compileWithoutInlining();
main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
