/**
 * The command line's job runs for a few seconds on two threads (scripts/cli/indicator-thread.ts). V8's optimising
 * compiler (TurboFan) works on background threads of the same process, and with inlining it spent ~5 s of CPU on one
 * national job (`node --trace-opt`: the compile jobs' own times, both threads), twice the wall time of the job's
 * core, on a machine whose two cores the job's two threads already keep busy. Without inlining it spends ~2.6 s,
 * and the code it makes is about as fast once warm (the responses stage's parts, timed warm after the job, moved
 * within their noise). Paired against the job with inlining (npm run bench -- --no-google --base, Node 20, 2 cores),
 * two runs an hour apart: core 2,568 -> 2,187 ms (-14.8%, 9 pairs) and 2,277 -> 2,064 ms (-9.4%, 7 pairs), its CPU
 * -17.8% and -15.9%; the whole job -8.6% and +5.7% (its write stage, on one thread, is noisy).
 *
 * Set from the entry, before the job's code has been compiled: V8 reads the flag for each compile job. A Node whose
 * V8 no longer knows the flag ignores it (`v8.setFlagsFromString` does, where `node --no-turbo-inlining` would refuse
 * to start); compiler-budget.test.ts then fails.
 */
import { setFlagsFromString } from 'node:v8';

export function compileWithoutInlining(): void {
  setFlagsFromString('--no-turbo-inlining');
}
