import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * A hot function calling a small one, optimised by TurboFan: `--trace-opt` prints each function it compiles,
 * `--trace-turbo-inlining` each one it inlines (`Inlining … <SharedFunctionInfo small> into … hot>`). Run in a new
 * Node process (V8's flags are the process's) through tsx's loader, whose own code may be inlined before the flag
 * is set.
 */
function compileTrace(callFirst: boolean): string {
  const module = join(__dirname, 'compiler-budget.ts');
  const script = `
    ${callFirst ? `require(${JSON.stringify(module)}).compileWithoutInlining();` : ''}
    function small(x) { return x * 2 + 1; }
    function hot(n) { let s = 0; for (let i = 0; i < n; i++) s += small(i); return s; }
    let total = 0;
    for (let i = 0; i < 2000; i++) total += hot(1000);
    console.log(total > 0 ? 'done' : 'none');
  `;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--trace-opt', '--trace-turbo-inlining', '-e', script], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  expect(run.stdout).toContain('done');
  return run.stdout;
}

describe("the command line's compiler budget", () => {
  test('without it, TurboFan inlines the small function (the trace can see inlining)', () => {
    expect(compileTrace(false)).toMatch(/Inlining .*SharedFunctionInfo small>.* into .*SharedFunctionInfo hot>/);
  });

  test('with it, nothing is inlined', () => {
    const trace = compileTrace(true);
    // The hot function was optimised all the same (--trace-opt).
    expect(trace).toMatch(/completed compiling .*<JSFunction hot /);
    expect(trace).not.toMatch(/Inlining .*SharedFunctionInfo small>/);
  });
});
