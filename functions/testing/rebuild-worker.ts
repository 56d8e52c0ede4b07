/**
 * One rebuild in a process of its own, against a fake server started elsewhere (measure-rebuild.ts), so that its
 * peak memory is the function's alone, not the fake server's. Virtual time travels with each request: the worker
 * says its time in `x-virtual-now` and sleeps the latency the server models (`x-modelled-latency-ms`).
 *
 * node --import tsx functions/testing/rebuild-worker.ts '{"url":…,"token":…,"now":…,"env":{…}}'
 * prints one JSON line: { status, summary, endNow, wallMs, maxRssMiB }.
 */
import { readEnvironment } from '../config';
import { GoogleApi } from '../google-api';
import { runRebuild } from '../rebuild';
import { fixedTokenAuth } from './fake-clients';
import { VirtualClock } from './virtual-clock';

export interface WorkerInput {
  url: string;
  token: string;
  now: number;
  env: Record<string, string>;
}

export interface WorkerOutput {
  status: number;
  summary: unknown;
  endNow: number;
  wallMs: number;
  maxRssMiB: number;
}

async function main(): Promise<void> {
  const input = JSON.parse(process.argv[2] ?? '{}') as WorkerInput;
  const clock = new VirtualClock(input.now);
  const timedFetch: typeof fetch = async (url, init) => {
    const headers = new Headers(init?.headers);
    headers.set('x-virtual-now', String(clock.now()));
    const res = await fetch(url, { ...init, headers });
    const ms = Number(res.headers.get('x-modelled-latency-ms') ?? 0);
    if (ms > 0) await clock.sleep(ms);
    return res;
  };
  const env = readEnvironment(input.env);
  if (!env.ok) throw new Error(env.message);
  const api = new GoogleApi({ auth: fixedTokenAuth(input.token), rootUrl: input.url, clock, fetchImplementation: timedFetch });
  const started = performance.now();
  const outcome = await runRebuild({ api, env: env.env, clock });
  const output: WorkerOutput = {
    status: outcome.status,
    summary: outcome.body,
    endNow: clock.now(),
    wallMs: performance.now() - started,
    // ru_maxrss, in KiB on Linux: the kernel's own peak, so synchronous work between samples is not missed.
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(`${JSON.stringify(output)}\n`);
}

void main().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`);
  process.exit(1);
});
