/**
 * Runs the main job of the checkout at argv[2] (its own scripts/cli/summarize-job.ts) on the options in argv[3]
 * (JSON SummarizeOptions) at FIXED_NOW. Started by scripts/check-identical.ts, once per side.
 */
import { join } from 'node:path';
import { FIXED_NOW } from './output-digest';

async function main(): Promise<void> {
  const [root, options] = process.argv.slice(2);
  if (!root || !options) throw new Error('usage: run-job-at.ts <checkout> <options JSON>');
  const job = require(join(root, 'scripts', 'cli', 'summarize-job')) as typeof import('../cli/summarize-job');
  await job.runSummarize(JSON.parse(options), { info: () => undefined, warn: (line) => console.error(line) }, FIXED_NOW);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
