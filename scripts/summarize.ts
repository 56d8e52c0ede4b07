/**
 * npm run summarize -- --registry FILE --responses FILE [--sessions FILE] [--catalog FILE --indicators FILE]
 *                      [--bangkok-code CODE] [--sheet NAME] --out DIR
 */
import { parseSummarizeArgs, SUMMARIZE_USAGE } from './cli/args';
import { compileWithoutInlining } from './cli/compiler-budget';
import { printResult } from './cli/print';
import { createProgress, quietBrokenPipes } from './cli/progress';
import { runSummarize } from './cli/summarize-job';
import { UserError } from './cli/user-error';

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseSummarizeArgs(argv);
  if (parsed.kind === 'help') {
    console.log(SUMMARIZE_USAGE);
    return 0;
  }
  if (parsed.kind === 'error') {
    console.error(`${parsed.message}\n\n${SUMMARIZE_USAGE}`);
    return 1;
  }
  const started = performance.now();
  const progress = createProgress(process.stderr);
  try {
    const result = await runSummarize(parsed.options, {
      info: (l) => console.log(l),
      warn: (l) => {
        progress.end();
        console.error(l);
      },
      stage: (name) => progress.stage(name),
      writing: (done, total) => progress.writing(done, total),
    });
    progress.end();
    printResult(result, performance.now() - started, (l) => console.log(l));
    return 0;
  } catch (error) {
    progress.end();
    if (error instanceof UserError) {
      console.error(`สรุปผลไม่สำเร็จ:\n${error.message}`);
      return 1;
    }
    throw error;
  }
}

// Before any of the job's code is hot (scripts/cli/compiler-budget.ts says why).
compileWithoutInlining();
quietBrokenPipes(process.stdout, process.stderr);
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('เกิดข้อผิดพลาดภายในโปรแกรม กรุณาแจ้งผู้ดูแลพร้อมข้อความด้านล่าง');
    console.error(error);
    process.exitCode = 1;
  },
);
