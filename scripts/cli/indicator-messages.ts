/**
 * What the command line's two threads tell each other (scripts/cli/indicator-thread.ts starts the worker,
 * scripts/cli/indicator-worker.ts is it). A module of its own so that the worker's bundle holds none of the main
 * thread's code.
 */
import type { EntryWindow } from '../../core/indicators/entry-progress';
import type { IndicatorOutcome } from '../../core/job/summarize-grids';
import type { RegistryEntry } from '../../core/registry/types';
import type { InputFile } from './inputs';
import type { ReportRowsData } from './report-rows';

/** The worker's `workerData`. */
export interface IndicatorThreadInput {
  catalog: InputFile;
  entries: InputFile;
  generatedAt: Date;
  entryWindow?: EntryWindow;
}

export type WorkerMessage =
  /** The catalog and the entries are read: their notes (encoding, sheet, header-only), in order. */
  | { kind: 'read'; notes: { catalog: string[]; entries: string[] } }
  /** Reading the catalog or the entries failed: the Thai message that stops the job (a UserError's). */
  | { kind: 'unreadable'; message: string }
  /**
   * The stage's outcome, for the job's finishJob. Its report entries are left empty (they come as `rows`, columns); each
   * LAO's completion is its counts only, not the LAO.
   */
  | { kind: 'done'; outcome: IndicatorOutcome; rows: ReportRowsData | null };

/**
 * The main thread's one message: the registry as the job imported it (Bangkok included), once it has. The worker
 * checks the entries against it.
 */
export type MainMessage = { kind: 'registry'; entries: readonly RegistryEntry[] };
