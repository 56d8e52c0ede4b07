/**
 * The command line's indicator stage on a second thread (scripts/cli/indicator-worker.ts), meanwhile the main thread
 * reads the responses and checks them: the two stages are independent until the summaries, and the machine has a
 * second core. The worker reads its own files (catalog, entries) and is sent the registry once the job has imported
 * it, so nothing large crosses between the threads but report.json's indicator rows, as columns handed over without a
 * copy.
 *
 * Failures come back as they would on one thread: an unreadable catalog or entries file as the same UserError, an
 * error of the program as the worker's error; a worker that ends without its result fails the job rather than leave
 * it waiting.
 *
 * Measured and not kept (national data set, `npm run bench -- --base`, seven pairs each): giving the thread half of
 * the responses to match first, split by province so each thread's memos serve its own rows, made the core 12%
 * slower and its CPU 22% higher (each half took ~60% of the whole: both threads warm up the matcher and rebuild
 * its memos); a child process in place of the thread changed the core by -5% (pairs from -12% to +12%) for a second
 * Node process's memory (~210 MB more at its peak). The thread at the lowest priority (nice 19, Linux, once it has
 * read its files) made the core 9% faster, every pair of seven faster (V8's compiler and garbage-collector helpers
 * of the main thread then run first), but the job is not alone on a machine: with two other busy programs in the same
 * session (a test runner, a build) the thread starved and the job waited 20 s for it, and a thread cannot raise its
 * priority again without privileges.
 */
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { IndicatorOutcome } from '../../core/job/summarize-grids';
import type { RegistryEntry } from '../../core/registry/types';
import type { IndicatorThreadInput, MainMessage, WorkerMessage } from './indicator-messages';
import type { ReportRowsData } from './report-rows';
import { UserError } from './user-error';

export interface IndicatorThread {
  /** Settles once the catalog and the entries are read: their notes, or the UserError that stops the job. */
  read: Promise<{ catalog: string[]; entries: string[] }>;
  /** The registry as the job imported it: the thread waits for it before it checks the entries. */
  sendRegistry(entries: readonly RegistryEntry[]): void;
  /** The stage's outcome, with report.json's indicator rows as columns (none when an input was unusable). */
  result: Promise<{ outcome: IndicatorOutcome; rows: ReportRowsData | null }>;
  /** Ends the thread, whatever it is doing: the job has what it needs from it, or has failed. */
  stop(): Promise<void>;
}

/** Where the worker's code is; a test may start another. */
export interface WorkerScript {
  file: string;
  /** `file` is code, not a path (Worker's `eval`). */
  eval?: boolean;
}

export function startIndicatorThread(input: IndicatorThreadInput, script: WorkerScript = indicatorWorkerScript()): IndicatorThread {
  const read = deferred<{ catalog: string[]; entries: string[] }>();
  const result = deferred<{ outcome: IndicatorOutcome; rows: ReportRowsData | null }>();
  const fail = (error: Error) => {
    read.reject(error);
    result.reject(error);
  };
  const worker = new Worker(script.file, { eval: script.eval ?? false, workerData: input });
  worker.on('message', (message: WorkerMessage) => {
    switch (message.kind) {
      case 'read':
        return read.resolve(message.notes);
      case 'unreadable':
        return fail(new UserError(message.message));
      case 'done':
        return result.resolve({ outcome: message.outcome, rows: message.rows });
    }
  });
  worker.on('error', fail);
  // After a result this changes nothing; before one, the job fails instead of waiting for ever.
  worker.on('exit', (code) => fail(new Error(`indicator thread: ended (exit code ${code}) before its result`)));
  return {
    read: read.promise,
    sendRegistry: (entries) => worker.postMessage({ kind: 'registry', entries } satisfies MainMessage),
    result: result.promise,
    stop: async () => {
      await worker.terminate();
    },
  };
}

/**
 * The compiled worker beside the compiled command line (scripts/build-cli.ts puts it there); from the sources (jest,
 * tsx) the TypeScript worker, through tsx's require hook, which Node's workers do not inherit.
 */
export function indicatorWorkerScript(): WorkerScript {
  if (extname(__filename) !== '.ts') return { file: join(__dirname, 'indicator-worker.cjs') };
  const source = join(__dirname, 'indicator-worker.ts');
  return { file: `require(${JSON.stringify(require.resolve('tsx/cjs/api'))}).register();\nrequire(${JSON.stringify(source)});`, eval: true };
}

/**
 * A promise with its settlers. Marked as handled: when the job fails first (a bad responses file) nobody waits for
 * the thread's result, and its rejection must not end the process as an unhandled one.
 */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: Error) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}
