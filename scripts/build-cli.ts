/**
 * Compiles a command-line entry (`scripts/summarize.ts` by default) into one CommonJS file under `dist/cli/`, which
 * `npm run summarize` then runs with plain `node`: compiled once per run with esbuild, as the Apps Script and cloud
 * function bundles are, instead of through tsx's loader.
 *
 * Why not tsx at run time: tsx compiles with esbuild's `keepNames`, which wraps every named function and closure in
 * a `__name(fn, "…")` call (an Object.defineProperty on each closure the job creates, hundreds of thousands at
 * national scale), and its loader hooks and per-file transforms are loaded into the job's process. Measured on the
 * national data set (npm run bench, quiet machine): see the commit that introduced this file.
 *
 * Libraries stay external (`packages: 'external'`): they load from node_modules as they do under tsx, and paths
 * they resolve (chart.js, the Sarabun fonts) are found the same way.
 */
import { build } from 'esbuild';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');

export interface CliBuild {
  /** TypeScript entry, e.g. scripts/summarize.ts. */
  entry: string;
  /** The compiled file. */
  outfile: string;
}

/** dist/cli/<entry's name>.cjs for an entry under the repository. */
export function defaultOutfile(entry: string): string {
  return path.join(ROOT, 'dist', 'cli', `${path.basename(entry, '.ts')}.cjs`);
}

export async function buildCli({ entry, outfile }: CliBuild): Promise<void> {
  const result = await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    // Stack traces of a failed run point at the TypeScript sources (node --enable-source-maps).
    sourcemap: 'linked',
    charset: 'utf8',
    logLevel: 'warning',
    write: false,
    metafile: true,
  });
  // Each file written beside its place and renamed over it: a run starting meanwhile reads the old file or the new
  // one, never half of one.
  await mkdir(path.dirname(outfile), { recursive: true });
  for (const file of result.outputFiles) {
    const partial = `${file.path}.${process.pid}.partial`;
    await writeFile(partial, file.contents);
    await rename(partial, file.path);
  }
  // An entry that starts the indicator thread gets its worker compiled beside it, where the thread looks for it. (A
  // commit before the thread, built for `npm run bench -- --base`, has none.)
  const thread = Object.keys(result.metafile.inputs).find((input) => input.endsWith(THREAD_SOURCE));
  if (thread) {
    const worker = path.join(path.dirname(path.resolve(thread)), 'indicator-worker.ts');
    await buildCli({ entry: worker, outfile: path.join(path.dirname(outfile), 'indicator-worker.cjs') });
  }
}

const THREAD_SOURCE = ['scripts', 'cli', 'indicator-thread.ts'].join('/');

if (require.main === module) {
  const entry = path.resolve(process.argv[2] ?? path.join(ROOT, 'scripts', 'summarize.ts'));
  buildCli({ entry, outfile: defaultOutfile(entry) }).catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
