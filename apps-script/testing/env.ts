import { CONSUMER, type AccountPolicy } from './account';
import { CallCounter } from './counter';

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

  constructor(
    readonly realm: Realm,
    readonly now: () => number,
    readonly timeZone: string,
    readonly userEmail: string,
  ) {}

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

  /** Runs `fn` as one execution started by `mode`, then restores the previous mode. */
  runAs<T>(mode: ExecutionMode, fn: () => T): T {
    const previous = this.mode;
    this.mode = mode;
    try {
      return fn();
    } finally {
      this.mode = previous;
      for (const hook of this.onExecutionEnd) hook();
    }
  }
}
