/** Every command answers --help with its usage and exit code 0, without running anything. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const SCRIPTS = join(__dirname, '..');

test.each([
  ['summarize.ts', 'วิธีใช้: npm run summarize'],
  ['templates.ts', 'วิธีใช้: npm run templates'],
  ['demo.ts', 'วิธีใช้: npm run demo'],
  ['bench/speed.ts', 'npm run bench '],
  ['bench/quality.ts', 'npm run bench:quality'],
])('%s --help', async (script, usage) => {
  const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', join(SCRIPTS, script), '--help'], { cwd: join(SCRIPTS, '..') });
  expect(stdout.startsWith(usage)).toBe(true);
  expect(stderr).toBe('');
});
