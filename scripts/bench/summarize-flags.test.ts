import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { summarizeNodeFlags } from './summarize-flags';

describe("npm run summarize's Node options, as the benchmark runs the job", () => {
  test('the options between node and the compiled job, after the build step', () => {
    const packageJson = { scripts: { summarize: 'tsx scripts/build-cli.ts && node --enable-source-maps --max-old-space-size=1024 dist/cli/summarize.cjs' } };
    expect(summarizeNodeFlags(packageJson)).toEqual(['--enable-source-maps', '--max-old-space-size=1024']);
  });

  test('no options', () => {
    expect(summarizeNodeFlags({ scripts: { summarize: 'node dist/cli/summarize.cjs' } })).toEqual([]);
  });

  test('a script that does not run the compiled job is refused, not run with guessed options', () => {
    expect(() => summarizeNodeFlags({ scripts: { summarize: 'tsx scripts/summarize.ts' } })).toThrow('summarize script');
    expect(() => summarizeNodeFlags({})).toThrow('summarize script');
  });

  test("this checkout's script gives the heap limit", () => {
    const packageJson: unknown = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));
    expect(summarizeNodeFlags(packageJson)).toContain('--max-old-space-size=1024');
  });
});
