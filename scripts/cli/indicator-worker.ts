/**
 * The command line's second thread (started by scripts/cli/indicator-thread.ts): reads the indicator catalog and
 * entries, runs the job's indicator stage (core/job/summarize-grids.ts, the same function the other runtimes run in
 * line) against the registry the main thread imported and sends over, and hands back its outcome, with report.json's
 * indicator rows as columns (scripts/cli/report-rows.ts). Meanwhile the main thread checks the responses.
 *
 * Why read here rather than on the main thread and send the grids: a structured clone of 400,000 rows, or of
 * 400,000 report entries on the way back, costs about what the thread saves. The registry goes the other way, once
 * imported: its 7,850 entries clone in ~13 ms, where reading and importing the file a second time here cost ~90 ms of
 * CPU at the start of the core, while the main thread imported it too (and both threads check against one reading
 * of the file).
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { Grid } from '../../sheets-schema/cell';
import { indicatorStage, type IndicatorOutcome } from '../../core/job/summarize-grids';
import { Registry } from '../../core/registry/index';
import type { RegistryEntry } from '../../core/registry/types';
import { INPUT_READS, readInput } from './inputs';
import type { IndicatorThreadInput, MainMessage, WorkerMessage } from './indicator-messages';
import { ReportRowsBuilder } from './report-rows';
import { UserError } from './user-error';

async function main(
  input: IndicatorThreadInput,
  registryEntries: Promise<readonly RegistryEntry[]>,
  post: (message: WorkerMessage, transfer?: ArrayBuffer[]) => void,
): Promise<void> {
  const notes = { catalog: [] as string[], entries: [] as string[] };
  let grids: { catalog: Grid; entries: Grid };
  try {
    const [catalog, entries] = await Promise.all([
      readInput(input.catalog, { ...INPUT_READS.catalog, note: (line) => notes.catalog.push(line) }),
      readInput(input.entries, { ...INPUT_READS.entries, note: (line) => notes.entries.push(line) }),
    ]);
    grids = { catalog, entries };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    post({ kind: 'unreadable', message: error.message });
    return;
  }
  post({ kind: 'read', notes });

  // A registry the job cannot import stops the job on the main thread, which then ends this one.
  const registry = new Registry(await registryEntries);
  // report.json's indicator rows go into columns as they are made (the report keeps none of them).
  const rows = new ReportRowsBuilder();
  const outcome = indicatorStage(grids, registry, {
    generatedAt: input.generatedAt,
    entryWindow: input.entryWindow,
    report: true,
    reportEntry: (entry) => rows.add(entry),
  });
  if (!outcome.ok) {
    post({ kind: 'done', outcome, rows: null });
    return;
  }
  const { data, transfer } = rows.finish();
  post({ kind: 'done', outcome: withCompletionCounts(outcome), rows: data }, transfer);
}

/** Each LAO's completion as its counts: the LAO itself is a registry entry, the main thread's own. */
function withCompletionCounts(outcome: Extract<IndicatorOutcome, { ok: true }>): IndicatorOutcome {
  const { completion } = outcome.results;
  const counts = new Map([...completion].map(([code, c]) => [code, { done: c.done, applicable: c.applicable, complete: c.complete }]));
  return { ...outcome, results: { ...outcome.results, completion: counts } };
}

const port = parentPort;
if (!port) throw new Error('indicator-worker runs as a worker thread (scripts/cli/indicator-thread.ts starts it)');
// A rejection left unhandled is the thread's uncaught error (Node's default): the Worker's 'error' event on the main
// thread, where the job fails with it as it would with an error of its own.
void main(workerData as IndicatorThreadInput, registryFrom(port), (message, transfer) => port.postMessage(message, transfer ?? []));

function registryFrom(port: MessagePort): Promise<readonly RegistryEntry[]> {
  return new Promise((resolve) => port.once('message', (message: MainMessage) => resolve(message.entries)));
}
