/**
 * The skip mechanism, run as CI and a fresh clone run it: a nested jest run over a block whose data is missing.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

function runFixture(env: Record<string, string>): { status: number | null; output: string } {
  const run = spawnSync(
    process.execPath,
    [require.resolve('jest/bin/jest'), '--rootDir', ROOT, '--roots', '<rootDir>/scripts/testing', '--testMatch', '**/missing-data.fixture.ts', '--ci'],
    { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' },
  );
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

test('without the data the block is skipped, its body never run, and the suite named in one line', () => {
  const { status, output } = runFixture({ LAO_MINSTD_REQUIRE_SHARED: '' });
  expect(output).not.toContain('the body ran');
  expect(output).toMatch(/Tests:\s+1 skipped, 1 total/);
  const lines = output.split('\n').filter((l) => l.startsWith('Skipped for want of ../shared/data'));
  expect(lines).toEqual([expect.stringContaining('1 block(s) in 1 suite(s): scripts/testing/missing-data.fixture.ts')]);
  expect(status).toBe(0);
});

test('with LAO_MINSTD_REQUIRE_SHARED=1 (as .ci/run sets) the missing file fails the run, named', () => {
  const { status, output } = runFixture({ LAO_MINSTD_REQUIRE_SHARED: '1' });
  expect(output).toContain('no-such-file.csv is missing');
  expect(output).not.toContain('the body ran');
  expect(status).toBe(1);
});
