import { CONSUMER, type AccountPolicy } from './account';
import { CallCounter } from './counter';
import { ExecutionFailure, Runtime } from './runtime';

/**
 * Constructors of the JavaScript realm the code under test runs in. A bundle loaded in a `vm` context has its own
 * `Date` and `Error`; values the fakes hand to it must come from that realm, or `instanceof Date` fails there as it
 * never would in Apps Script.
 */
export interface Realm {
  Date: DateConstructor;
  Error: ErrorConstructor;
}

/**
 * How the current execution was started, which decides what Apps Script allows:
 * `interactive` (menu, editor), `trigger` (installable trigger: no UI), `simple` (simple trigger such as onOpen:
 * no service that needs authorization).
 */
export type ExecutionMode = 'interactive' | 'trigger' | 'simple';

/** State shared by all fake services of one simulated script project. */
export class FakeEnv {
  readonly counter = new CallCounter();
  mode: ExecutionMode = 'interactive';
  /** Calls a top-level function of the script by name, as Apps Script does for triggers and menu items. */
  invoke: ((handler: string, event: unknown) => unknown) | null = null;
  private nextId = 1;

  readonly now: () => number;

  /**
   * `now`: a fixed clock of the test's own; without it, the runtime's clock, which moves by the modelled latency of
   * every call when the runtime has a latency model (runtime.ts) and stands still otherwise.
   */
  constructor(
    readonly realm: Realm,
    now: (() => number) | undefined,
    readonly timeZone: string,
    readonly userEmail: string,
    readonly runtime: Runtime,
  ) {
    this.now = now ?? (() => runtime.clockMs);
    this.counter.hooks = {
      before: (name) => {
        const injected = runtime.beforeCall(name);
        if (injected) this.fail(injected);
      },
      after: (name, target, args) => runtime.afterCall(name, cellsOf(name, target, args)),
    };
  }

  newId(prefix: string): string {
    return `${prefix}${String(this.nextId++).padStart(6, '0')}`;
  }

  /** Consumer or Workspace, and the domain's policies (forms sign-in, outside sharing, mail quota). */
  accountPolicy: AccountPolicy = CONSUMER;
  private firstUser: string | null = null;

  /** Who owns the bound spreadsheet and the script project: the user the project started with. */
  get ownerEmail(): string {
    return this.firstUser ?? this.userEmail;
  }

  /**
   * Runs `fn` as another user (a second admin, or a trigger's owner), then restores the effective user. `userEmail`
   * is read-only to the code under test; only this changes it.
   */
  asUser<T>(email: string, fn: () => T): T {
    this.firstUser ??= this.userEmail;
    const self = this as { userEmail: string };
    const previous = self.userEmail;
    self.userEmail = email;
    try {
      return fn();
    } finally {
      self.userEmail = previous;
    }
  }

  /** Throws the way Apps Script reports a service error (`Exception: ...`). */
  fail(message: string): never {
    const error = new this.realm.Error(message);
    error.name = 'Exception';
    throw error;
  }

  requireAuthorized(method: string): void {
    if (this.mode === 'simple') {
      this.fail(`You do not have permission to call ${method}. Simple triggers cannot use services that require authorization.`);
    }
  }

  isDate(value: unknown): value is Date {
    return Object.prototype.toString.call(value) === '[object Date]';
  }

  date(ms: number): Date {
    return new this.realm.Date(ms);
  }

  /** Called when an execution ends (Apps Script then releases the execution's locks). */
  readonly onExecutionEnd: Array<() => void> = [];

  /**
   * Runs `fn` as one execution started by `mode`, then restores the previous mode. The runtime records it (start
   * latency, duration, Google's kill or quota failure); an execution nested in another is part of it.
   */
  runAs<T>(mode: ExecutionMode, fn: () => T, label: string = mode): T {
    const previous = this.mode;
    this.mode = mode;
    let began = false;
    let error: unknown = null;
    try {
      began = this.runtime.begin(label, mode === 'trigger');
      return fn();
    } catch (e) {
      error = e;
      throw e;
    } finally {
      this.mode = previous;
      if (began) {
        const killed = this.runtime.end(error);
        for (const hook of this.onExecutionEnd) hook();
        // eslint-disable-next-line no-unsafe-finally -- Google ends a killed execution whatever the script did
        if (killed && error === null) throw killed;
      }
    }
  }

  /** Google's own failures of an execution (killed at 6 minutes, daily quota), which a trigger's caller never sees. */
  isExecutionFailure(error: unknown): boolean {
    return error instanceof ExecutionFailure;
  }
}

/** Cells a call reads or writes, for its price: a Range's size for reads and cell writes, a row's length for appendRow. */
function cellsOf(name: string, target: object, args: unknown[]): number {
  if (name.endsWith('.appendRow')) return Array.isArray(args[0]) ? args[0].length : 0;
  const range = target as { numRows?: unknown; numColumns?: unknown };
  return typeof range.numRows === 'number' && typeof range.numColumns === 'number' ? range.numRows * range.numColumns : 0;
}
