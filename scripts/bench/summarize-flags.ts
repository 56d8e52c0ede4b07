/**
 * The Node options `npm run summarize` runs its compiled job with (package.json: `node <options> dist/cli/….cjs`), so
 * that each benchmark run costs what a coordinator's does: the heap limit sets how far V8 lets the heap grow between
 * full collections. (The compiler's budget is set by the job's own code, scripts/cli/compiler-budget.ts, not here.)
 */
export function summarizeNodeFlags(packageJson: unknown): string[] {
  const scripts = (packageJson as { scripts?: Record<string, string> } | null)?.scripts ?? {};
  const words = (scripts.summarize ?? '').split(/\s+/);
  const node = words.lastIndexOf('node');
  const job = words.findIndex((w, i) => i > node && w.endsWith('.cjs'));
  if (node < 0 || job < 0) throw new Error('package.json: the summarize script does not run `node <options> dist/cli/….cjs`');
  return words.slice(node + 1, job);
}
