/**
 * How fast this machine is this hour, and how much a second busy thread adds: the same memory-bound loop (scattered
 * reads and writes over a 64 MB array, the access pattern of the job's Map lookups and garbage collection) timed on
 * the main thread alone, then on the main thread and a worker thread at once.
 *
 * Why the bench prints it: on the 2-vCPU virtual machine this project is built on, the job's core moved between
 * 1.55 and 2.5 s within a few hours with the same code, and two threads there did between 1.0 and 2.0 times the work
 * of one on this loop, changing within minutes (the loop alone took 270-640 ms, on two threads ~450-820 ms each). The
 * loop alone tells a slow hour from a slow change; the pair says how much the indicator thread
 * (scripts/cli/indicator-thread.ts) can gain at most at that moment. Printed, never asserted.
 */
import { Worker } from 'node:worker_threads';
import { median } from './median';

export interface MachineProbe {
  /** The loop on the main thread alone (median of the rounds), ms. */
  aloneMs: number;
  /** The same loop on the main thread and on a worker, started together (medians), ms. */
  togetherMs: { main: number; worker: number };
  /** Work done by the two threads together per unit of time, relative to one thread alone (2 on two free cores). */
  throughput: number;
}

export interface ProbeOptions {
  /** Size of the array the loop reads (default 64 MB: larger than any cache this loop could stay in). */
  megabytes?: number;
  /** Passes over the array per timing (default 20). */
  passes?: number;
  /** Timings of each kind; medians are reported (default PROBE_ROUNDS). */
  rounds?: number;
}

export const PROBE_ROUNDS = 3;

/**
 * Scattered reads and writes over `megabytes` of doubles: each step jumps by a large odd stride, so nearly every
 * access misses the caches. Returns a checksum, so the work cannot be optimised away and both threads can be shown to
 * have done the same. Self-contained: its source is also what the worker runs.
 */
export function scatteredReads(megabytes: number, passes: number): number {
  const size = (megabytes * 2 ** 20) / 8;
  const values = new Float64Array(size);
  const mask = size - 1;
  let sum = 0;
  for (let pass = 0; pass < passes; pass++) {
    for (let i = 0; i < size; i += 8) {
      const at = (i * 7919) & mask;
      values[at] = values[at]! + 1;
      sum += values[i]!;
    }
  }
  return sum;
}

/** Times the loop alone, then on two threads at once, `rounds` times each; the checksums show both ran the same loop. */
export async function probeMachine(options: ProbeOptions = {}): Promise<MachineProbe & { checksums: { main: number; worker: number } }> {
  const megabytes = options.megabytes ?? 64;
  const passes = options.passes ?? 20;
  const rounds = options.rounds ?? PROBE_ROUNDS;
  // The loop indexes with a mask: the array's length must be a power of two.
  if (!Number.isInteger(Math.log2((megabytes * 2 ** 20) / 8))) throw new Error('machine probe: megabytes must be a power of two');
  const alone: number[] = [];
  const main: number[] = [];
  const worker: number[] = [];
  const checksums = { main: 0, worker: 0 };
  for (let round = 0; round < rounds; round++) {
    alone.push(timed(() => scatteredReads(megabytes, passes)).ms);
    const other = runOnWorker(megabytes, passes);
    await other.started;
    const mine = timed(() => scatteredReads(megabytes, passes));
    const theirs = await other.result;
    main.push(mine.ms);
    worker.push(theirs.ms);
    checksums.main = mine.value;
    checksums.worker = theirs.value;
  }
  const aloneMs = median(alone);
  const togetherMs = { main: median(main), worker: median(worker) };
  return { aloneMs, togetherMs, throughput: aloneMs / togetherMs.main + aloneMs / togetherMs.worker, checksums };
}

function timed(work: () => number): { ms: number; value: number } {
  const started = performance.now();
  const value = work();
  return { ms: performance.now() - started, value };
}

/** The loop on a new worker thread; `started` settles once the worker is about to begin, so both threads start together. */
function runOnWorker(megabytes: number, passes: number): { started: Promise<void>; result: Promise<{ ms: number; value: number }> } {
  const source = [
    "const { parentPort } = require('node:worker_threads');",
    `const scatteredReads = ${scatteredReads.toString()};`,
    "parentPort.postMessage('starting');",
    'const started = performance.now();',
    `const value = scatteredReads(${megabytes}, ${passes});`,
    'parentPort.postMessage({ ms: performance.now() - started, value });',
  ].join('\n');
  const thread = new Worker(source, { eval: true });
  let begin!: () => void;
  const started = new Promise<void>((resolve) => (begin = resolve));
  const result = new Promise<{ ms: number; value: number }>((resolve, reject) => {
    thread.on('message', (message: 'starting' | { ms: number; value: number }) => {
      if (message === 'starting') return begin();
      resolve(message);
      void thread.terminate();
    });
    const fail = (error: Error) => {
      begin(); // so that nobody waits for a start that will not come
      reject(error);
    };
    thread.on('error', fail);
    thread.on('exit', (code) => fail(new Error(`machine probe: the worker ended (exit code ${code}) before its result`)));
  });
  return { started, result };
}
