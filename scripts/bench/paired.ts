/**
 * `npm run bench -- --base <commit>`: the main job of another commit and of this checkout, run turn about on the same
 * data set, so that a change is measured against its base under the same conditions. On a shared or virtual machine
 * the speed of the whole machine drifts (this project's 2-core machine: about 30% within an hour at the same load
 * average), so figures taken an hour apart compare the hours, not the code; runs that alternate compare the code.
 *
 * Both jobs are compiled by this checkout's scripts/build-cli.ts (commits before 09facba ran the job through tsx),
 * and each runs with the Node options of its own package.json (`npm run summarize` at that commit): a change to those
 * options is measured like a change to the code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { median } from './median';
import { addBaseWorktree } from '../base-worktree';
import { buildCli } from '../build-cli';
import type { WorkerResult } from './job-worker';
import type { Section } from './report';
import { summarizeNodeFlags } from './summarize-flags';

/** The job's stages that read and write files; everything else is its core. */
const READ_WRITE: ReadonlySet<string> = new Set(['อ่านไฟล์', 'เขียนไฟล์']);

/** Wall or CPU milliseconds of a run's core: every stage but reading and writing files. */
export function coreOf(result: WorkerResult, key: 'ms' | 'cpuMs'): number {
  return result.stages.filter((s) => !READ_WRITE.has(s.stage)).reduce((total, s) => total + s[key], 0);
}

/**
 * The base's job worker, compiled into a temporary worktree of `base` inside `dir` (its libraries resolve from this
 * checkout's node_modules, linked there). Returns the compiled file, the Node options the base's own
 * `npm run summarize` runs it with, and how to remove the worktree.
 */
export async function baseWorker(base: string, dir: string): Promise<{ worker: string; nodeFlags: string[]; remove: () => void }> {
  const { root, remove } = await addBaseWorktree(base, join(dir, 'base'));
  try {
    const worker = join(root, 'dist', 'cli', 'job-worker.cjs');
    await buildCli({ entry: join(root, 'scripts', 'bench', 'job-worker.ts'), outfile: worker });
    const nodeFlags = summarizeNodeFlags(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')));
    return { worker, nodeFlags, remove };
  } catch (error) {
    remove();
    throw error;
  }
}

/**
 * The base against this checkout, run i of each taken one after the other: medians of the core's wall and CPU time,
 * the whole job and peak memory, and each pair's core wall ratio (this checkout / base).
 */
export function pairedSection(base: string, baseRuns: readonly WorkerResult[], ownRuns: readonly WorkerResult[]): Section {
  if (baseRuns.length !== ownRuns.length || baseRuns.length === 0) throw new Error('paired runs: the same number of runs of each, at least one');
  const whole = (r: WorkerResult) => r.stages.reduce((total, s) => total + s.ms, 0);
  const row = (label: string, unit: string, of: (r: WorkerResult) => number) => {
    const before = median(baseRuns.map(of));
    const after = median(ownRuns.map(of));
    return [label, unit, before, after, before === 0 ? null : Math.round(((after - before) / before) * 1000) / 10];
  };
  const ratios = ownRuns.map((r, i) => coreOf(r, 'ms') / coreOf(baseRuns[i]!, 'ms'));
  return {
    id: 'paired',
    title: `This checkout against ${base}, runs taken turn about`,
    metrics: [{ id: 'paired.core_ratio', label: 'core wall, this checkout / base (median of the pairs)', value: median(ratios), unit: '×' }],
    tables: [
      {
        title: 'Medians of each side',
        columns: ['measure', 'unit', base, 'this checkout', 'change %'],
        rows: [
          row('core, wall clock', 'ms', (r) => coreOf(r, 'ms')),
          row('core, CPU time (all threads)', 'ms', (r) => coreOf(r, 'cpuMs')),
          row('whole job, wall clock', 'ms', whole),
          row('peak memory (max RSS)', 'MB', (r) => r.peakRssMb),
        ],
      },
    ],
    notes: [
      `Core wall ratio of each pair: ${ratios.map((x) => x.toFixed(2)).join(', ')}.`,
      "Both jobs compiled by this checkout's scripts/build-cli.ts, each run with the Node options of its own package.json (npm run summarize at that commit).",
    ],
  };
}
