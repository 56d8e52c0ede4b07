/**
 * npm run check:identical -- --base <commit> [--seed N --responses N --registry generated|real]
 * npm run check:identical -- --write-digest
 *
 * "Nothing users see has changed", checked. With --base: generates the national demo data set once (this checkout's
 * generator, so both sides read the same files), runs the main job of <commit> (a temporary git worktree sharing
 * this node_modules) and of this checkout on it at the same fixed time, and compares every output — report.json,
 * registrations.csv, national.xlsx and each province workbook (cell by cell; scripts/testing/output-digest.ts).
 * Exits 1 and names the files that differ. The base must have scripts/cli/summarize-job.ts's runSummarize(options,
 * log, now), as every commit since the local job was added has.
 *
 * With --write-digest: rewrites scripts/testing/output-digest.json, the digest of the seeded small data set that
 * identical-output.test.ts checks. Run it only when a change of output is intended, and say so in the commit.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { addBaseWorktree } from './base-worktree';
import { buildDataset, writeDataset } from './bench/dataset';
import { differences, digestOutputs, jobOptions, runJob, smallDataset, type OutputDigest } from './testing/output-digest';

const ROOT = join(__dirname, '..');
export const DIGEST_FILE = join(ROOT, 'scripts', 'testing', 'output-digest.json');

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      base: { type: 'string' },
      'write-digest': { type: 'boolean' },
      seed: { type: 'string' },
      responses: { type: 'string' },
      registry: { type: 'string' },
    },
  });
  const dir = await mkdtemp(join(tmpdir(), 'lao-minstd-identical-'));
  try {
    if (values['write-digest']) {
      const digest = await digestOf(await smallDataset(), dir);
      await writeFile(DIGEST_FILE, JSON.stringify(digest, null, 2) + '\n');
      console.log(`wrote ${DIGEST_FILE} (${Object.keys(digest).length} outputs)`);
      return 0;
    }
    if (!values.base) {
      console.error('usage: npm run check:identical -- --base <commit> [--seed N --responses N --registry generated|real] | --write-digest');
      return 2;
    }
    return await compareWithBase(
      values.base,
      {
        seed: Number(values.seed ?? 2569),
        responses: Number(values.responses ?? 30_000),
        registry: values.registry === 'real' ? 'real' : 'generated',
      },
      dir,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function digestOf(dataset: Awaited<ReturnType<typeof smallDataset>>, dir: string): Promise<OutputDigest> {
  const files = await writeDataset(dataset, join(dir, 'input'));
  await runJob(jobOptions(files, join(dir, 'out')));
  return digestOutputs(join(dir, 'out'));
}

async function compareWithBase(base: string, set: { seed: number; responses: number; registry: 'real' | 'generated' }, dir: string): Promise<number> {
  console.log(`generating the data set (seed ${set.seed}, ${set.responses} responses, ${set.registry} registry) ...`);
  const files = await writeDataset(await buildDataset(set), join(dir, 'input'));

  const worktree = await addBaseWorktree(base, join(dir, 'base'));
  try {
    const runAt = (root: string, out: string) => {
      console.log(`running the job of ${root === ROOT ? 'this checkout' : base} ...`);
      const driver = join(ROOT, 'scripts', 'testing', 'run-job-at.ts');
      const run = spawnSync(process.execPath, ['--import', 'tsx', driver, root, JSON.stringify(jobOptions(files, out))], { cwd: root, stdio: 'inherit' });
      if (run.status !== 0) throw new Error(`the job of ${root} failed (${run.status ?? run.signal})`);
    };
    runAt(worktree.root, join(dir, 'out-base'));
    runAt(ROOT, join(dir, 'out-here'));
  } finally {
    worktree.remove();
  }
  const expected = await digestOutputs(join(dir, 'out-base'));
  const actual = await digestOutputs(join(dir, 'out-here'));
  const differ = differences(expected, actual);
  if (differ.length === 0) {
    console.log(`identical: ${Object.keys(actual).length} outputs (report.json, registrations.csv, workbooks cell by cell)`);
    return 0;
  }
  console.log(`DIFFERENT from ${base}: ${differ.length} of ${Object.keys(actual).length} outputs`);
  for (const name of differ) console.log(`  ${name}`);
  return 1;
}

if (require.main === module) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
