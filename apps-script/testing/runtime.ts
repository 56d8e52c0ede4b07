/**
 * Time as Apps Script lives it, for the fakes: a clock that moves by the modelled latency of every service call
 * (latency.ts), executions that start in about a second, are killed at 6 minutes, and count against the daily
 * trigger runtime quota; and Google's transient service errors on demand.
 *
 * - 6 minutes per execution and the message "Exceeded maximum execution time":
 *   https://developers.google.com/apps-script/guides/services/quotas#current_limitations (Script runtime 6 min /
 *   execution) and https://developers.google.com/apps-script/guides/support/troubleshooting#common_errors
 *   ("Exceeded maximum execution time").
 * - Triggers total runtime, 90 min/day on consumer accounts (gmail.com), 6 h/day on Google Workspace, per user,
 *   reset 24 hours after the first request; past it, the script throws and stops, every trigger of the user for the
 *   rest of the day: https://developers.google.com/apps-script/guides/services/quotas#current_quotas and the
 *   troubleshooting page ("Service using too much computer time for one day").
 * - "Service Spreadsheets failed while accessing document with id …" is a transient server error that the
 *   troubleshooting page lists (https://developers.google.com/apps-script/guides/support/troubleshooting); the
 *   harness injects it where a test asks.
 */
import { callKind, callMs, type CallKind, type LatencyModel } from './latency';

export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;

/**
 * This process's CPU time, ms. The script's computing is charged by CPU time, not wall time: on a loaded machine
 * wall time also counts the time other processes had the CPU (at load 16 on 2 cores it made compute 8 times dearer).
 */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
export const KILLED_MESSAGE = 'Exceeded maximum execution time';
export const QUOTA_MESSAGE = 'Service using too much computer time for one day. Try reducing the run time of this script.';
const DAY_MS = 24 * 60 * 60 * 1000;

export type AccountType = 'consumer' | 'workspace';
export const TRIGGER_RUNTIME_QUOTA_MS: Readonly<Record<AccountType, number>> = { consumer: 90 * 60 * 1000, workspace: 6 * 60 * 60 * 1000 };

export interface ExecutionRecord {
  /** `trigger:rebuildSummaries`, `menu:…`. */
  label: string;
  trigger: boolean;
  startMs: number;
  endMs: number;
  /** null when it finished; else Google's message (killed, quota) or the script's own error. */
  error: string | null;
  /** Where the modelled time went: `start`, `compute` (Node time × factor), each call kind, `lockWait`. */
  breakdown: Partial<Record<TimeShare, number>>;
}

/** A share of an execution's modelled time. */
export type TimeShare = 'start' | 'compute' | 'lockWait' | CallKind;

interface Running {
  label: string;
  trigger: boolean;
  startMs: number;
  lastComputeMark: number;
  breakdown: Partial<Record<TimeShare, number>>;
  /** Set once Google stopped it: every later call fails too (a script cannot catch its way past the kill). */
  killed: string | null;
}

/** An error Google raises on the execution itself (not the script's): the harness records it and goes on. */
export class ExecutionFailure extends Error {}

export class Runtime {
  clockMs: number;
  latency: LatencyModel | null;
  readonly account: AccountType;
  readonly executions: ExecutionRecord[] = [];
  /** Trigger runtime spent in the current quota window, and when that window started. */
  triggerMsToday = 0;
  private windowStart: number | null = null;
  private running: Running | null = null;
  private readonly injected: Array<{ pattern: RegExp; message: string }> = [];

  constructor(options: { startMs: number; latency?: LatencyModel | null; account?: AccountType }) {
    this.clockMs = options.startMs;
    this.latency = options.latency ?? null;
    this.account = options.account ?? 'consumer';
  }

  get quotaMs(): number {
    return TRIGGER_RUNTIME_QUOTA_MS[this.account];
  }

  /** Modelled milliseconds since the current execution started (0 outside one). */
  elapsed(): number {
    return this.running ? this.clockMs - this.running.startMs : 0;
  }

  /** The next call whose `Class.method` matches fails once with Google's transient error. */
  failNext(pattern: RegExp, message = 'Service Spreadsheets failed while accessing document with id 1.'): void {
    this.injected.push({ pattern, message });
  }

  /** Starts an execution (nested ones, such as a menu calling a helper, are part of the outer one). */
  begin(label: string, trigger: boolean): boolean {
    if (this.running) return false;
    this.rollWindow();
    if (trigger && this.latency && this.triggerMsToday >= this.quotaMs) {
      this.executions.push({ label, trigger, startMs: this.clockMs, endMs: this.clockMs, error: QUOTA_MESSAGE, breakdown: {} });
      throw new ExecutionFailure(QUOTA_MESSAGE);
    }
    this.running = { label, trigger, startMs: this.clockMs, lastComputeMark: cpuMs(), breakdown: {}, killed: null };
    if (this.latency) this.charge('start', this.latency.executionStartMs);
    return true;
  }

  /** Ends the execution; returns Google's failure when it was killed, even if the script swallowed the error. */
  end(error: unknown): ExecutionFailure | null {
    const run = this.running;
    if (!run) return null;
    this.chargeCompute();
    this.running = null;
    const message = run.killed ?? (error === null ? null : error instanceof Error ? error.message : String(error));
    this.executions.push({ label: run.label, trigger: run.trigger, startMs: run.startMs, endMs: this.clockMs, error: message, breakdown: run.breakdown });
    if (run.trigger && this.latency) this.triggerMsToday += this.clockMs - run.startMs;
    return run.killed ? new ExecutionFailure(run.killed) : null;
  }

  /** Before each service call: Google stops an execution past its limits; injected failures fire here. */
  beforeCall(name: string): string | null {
    const run = this.running;
    if (run && this.latency) {
      this.chargeCompute();
      if (!run.killed && this.clockMs - run.startMs >= EXECUTION_LIMIT_MS) run.killed = KILLED_MESSAGE;
      if (!run.killed && run.trigger && this.triggerMsToday + (this.clockMs - run.startMs) >= this.quotaMs) run.killed = QUOTA_MESSAGE;
      if (run.killed) throw new ExecutionFailure(run.killed);
    }
    const i = this.injected.findIndex((f) => f.pattern.test(name));
    if (i >= 0) return this.injected.splice(i, 1)[0]!.message;
    return null;
  }

  afterCall(name: string, cells: number): void {
    if (!this.latency) return;
    this.charge(callKind(name), callMs(this.latency, name, cells));
    if (this.running) this.running.lastComputeMark = cpuMs();
  }

  /** Images a setValues placed: their price comes on top of the write's (latency.ts `cellImageMs`). */
  chargeCellImages(images: number): void {
    if (this.latency) this.charge('write', images * this.latency.cellImageMs);
  }

  /** Moves the clock by `ms`, booked to `share` of the running execution. */
  charge(share: TimeShare, ms: number): void {
    this.clockMs += ms;
    const run = this.running;
    if (run) run.breakdown[share] = (run.breakdown[share] ?? 0) + ms;
  }

  /** Node CPU time spent since the last call, scaled: the script's own computing. */
  private chargeCompute(): void {
    const run = this.running;
    if (!run || !this.latency || this.latency.computeFactor === 0) return;
    const now = cpuMs();
    this.charge('compute', (now - run.lastComputeMark) * this.latency.computeFactor);
    run.lastComputeMark = now;
  }

  private rollWindow(): void {
    if (this.windowStart === null || this.clockMs - this.windowStart >= DAY_MS) {
      this.windowStart = this.clockMs;
      this.triggerMsToday = 0;
    }
  }

  /** Moves the clock forward to `ms` (the harness: time passes between executions). */
  advanceTo(ms: number): void {
    if (ms > this.clockMs) this.clockMs = ms;
  }
}
