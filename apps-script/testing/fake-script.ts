/**
 * In-memory ScriptApp, LockService, PropertiesService, MailApp, Session, Utilities.formatDate, Logger and console,
 * with the limits Google documents:
 * - installable triggers: 20 per user per script, each owned by (and listed only for) the user who installed it;
 *   https://developers.google.com/apps-script/guides/services/quotas#current_limitations
 *   https://developers.google.com/apps-script/guides/triggers/installable#restrictions
 * - a one-off clock trigger (`after`) runs once, no sooner than asked, and stays listed until deleted;
 *   https://developers.google.com/apps-script/reference/script/clock-trigger-builder
 * - a lock not released is held until the execution ends; `tryLock` waits its whole timeout;
 *   https://developers.google.com/apps-script/reference/lock/lock
 * - properties: 9 KB per value, 500 KB per store;
 *   https://developers.google.com/apps-script/guides/services/quotas#current_limitations
 * - e-mail: a daily recipient quota (100 consumer, 1,500 Workspace) read by `getRemainingDailyQuota`.
 *   https://developers.google.com/apps-script/guides/services/quotas#current_quotas
 * The classes implement what the adapter uses (../google-services.ts), so tsc checks their signatures.
 */
import type * as Google from '../google-services';
import { wallClock } from './cell-values';
import type { FakeEnv } from './env';
import { userOf } from './shared';
import type { FakeRange } from './fake-spreadsheet';

export const MAX_TRIGGERS = 20;
export const MAX_PROPERTY_VALUE_BYTES = 9 * 1024;
export const MAX_PROPERTY_STORE_BYTES = 500 * 1024;

type EventType = 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_FORM_SUBMIT' | 'ON_CHANGE';
type TriggerSource = 'SPREADSHEETS' | 'CLOCK' | 'FORMS';

export class FakeTrigger implements Google.Trigger {
  constructor(
    env: FakeEnv,
    readonly uniqueId: string,
    readonly handler: string,
    readonly eventType: EventType,
    readonly source: TriggerSource,
    readonly sourceId: string | null,
    /** Clock triggers: minutes between runs. */
    readonly everyMinutes: number | null,
    /** The user who installed it: it runs as that user, and only that user sees it. */
    readonly owner: string,
    /** One-off clock triggers (`after`): when it runs, epoch ms. */
    readonly atMs: number | null = null,
  ) {
    env.counter.expose('Trigger', this);
  }
  getHandlerFunction(): string {
    return this.handler;
  }
  getEventType(): EventType {
    return this.eventType;
  }
  getTriggerSourceId(): string | null {
    return this.sourceId;
  }
}

type Pending = { source: TriggerSource; sourceId: string | null; eventType: EventType | null; everyMinutes: number | null; atMs?: number };

/** One builder class for TriggerBuilder and its spreadsheet and clock variants. */
export class FakeTriggerBuilder implements Google.TriggerBuilder, Google.ClockTriggerBuilder, Google.SpreadsheetTriggerBuilder {
  private pending: Pending | null = null;

  constructor(
    private readonly env: FakeEnv,
    private readonly scriptApp: FakeScriptApp,
    private readonly handler: string,
  ) {
    env.counter.expose('TriggerBuilder', this);
  }
  forSpreadsheet(spreadsheet: Google.Spreadsheet): this {
    this.pending = { source: 'SPREADSHEETS', sourceId: spreadsheet.getId(), eventType: null, everyMinutes: null };
    return this;
  }
  timeBased(): this {
    this.pending = { source: 'CLOCK', sourceId: null, eventType: 'CLOCK', everyMinutes: null };
    return this;
  }
  onFormSubmit(): this {
    return this.on('ON_FORM_SUBMIT');
  }
  everyMinutes(n: number): this {
    if (![1, 5, 10, 15, 30].includes(n)) this.env.fail('The value passed to everyMinutes() must be one of 1, 5, 10, 15 or 30.');
    return this.clock(n);
  }
  /**
   * One-off: runs once, no sooner than `ms` from now (https://developers.google.com/apps-script/reference/script/clock-trigger-builder#afterdurationmilliseconds).
   * It stays among the project's triggers after it ran, counting towards the 20, until the script deletes it.
   */
  after(ms: number): this {
    if (this.pending?.source !== 'CLOCK') this.env.fail('Call timeBased() first.');
    this.pending.atMs = this.env.now() + ms;
    this.pending.everyMinutes = 0;
    return this;
  }
  everyHours(n: number): this {
    if (![1, 2, 4, 6, 8, 12].includes(n)) this.env.fail('The value passed to everyHours() must be one of 1, 2, 4, 6, 8 or 12.');
    return this.clock(n * 60);
  }
  create(): FakeTrigger {
    const p = this.pending;
    if (!p?.eventType || (p.source === 'CLOCK' && p.everyMinutes === null)) this.env.fail('The trigger is missing its event type or schedule.');
    return this.scriptApp.add(this.handler, p.eventType, p.source, p.sourceId, p.everyMinutes, p.atMs ?? null);
  }

  private on(eventType: EventType): this {
    if (!this.pending || this.pending.source === 'CLOCK') this.env.fail(`${eventType} needs forSpreadsheet() first.`);
    this.pending.eventType = eventType;
    return this;
  }
  private clock(minutes: number): this {
    if (this.pending?.source !== 'CLOCK') this.env.fail('Call timeBased() first.');
    this.pending.everyMinutes = minutes;
    return this;
  }
}

export class FakeScriptApp implements Google.ScriptApp {
  readonly EventType = { CLOCK: 'CLOCK', ON_OPEN: 'ON_OPEN', ON_EDIT: 'ON_EDIT', ON_FORM_SUBMIT: 'ON_FORM_SUBMIT', ON_CHANGE: 'ON_CHANGE' } as const;
  readonly TriggerSource = { SPREADSHEETS: 'SPREADSHEETS', CLOCK: 'CLOCK', FORMS: 'FORMS' } as const;
  readonly AuthMode = { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL' } as const;
  private triggers: FakeTrigger[] = [];

  constructor(
    private readonly env: FakeEnv,
    readonly scriptId: string,
  ) {
    env.counter.expose('ScriptApp', this);
  }
  newTrigger(functionName: string): FakeTriggerBuilder {
    this.env.requireAuthorized('ScriptApp.newTrigger');
    return new FakeTriggerBuilder(this.env, this, functionName);
  }
  /**
   * "Gets all installable triggers associated with the current project and current user": another user's triggers
   * are invisible, so they can neither be found nor deleted from here, yet they keep running.
   * https://developers.google.com/apps-script/reference/script/script-app#getProjectTriggers()
   * https://developers.google.com/apps-script/guides/triggers/installable#restrictions
   */
  getProjectTriggers(): FakeTrigger[] {
    return this.triggers.filter((t) => t.owner === this.env.userEmail);
  }
  deleteTrigger(trigger: FakeTrigger): void {
    this.env.requireAuthorized('ScriptApp.deleteTrigger');
    // Only one's own triggers can be obtained, so only those can be deleted.
    if (trigger.owner !== this.env.userEmail) this.env.fail('The trigger does not belong to the current user and cannot be deleted.');
    this.triggers = this.triggers.filter((t) => t.uniqueId !== trigger.uniqueId);
  }

  // --- harness ---

  /** Every user's triggers, as Google holds them (not visible to the script). */
  allTriggers(): FakeTrigger[] {
    return [...this.triggers];
  }

  // --- internals ---

  add(
    handler: string,
    eventType: EventType,
    source: TriggerSource,
    sourceId: string | null,
    everyMinutes: number | null,
    atMs: number | null = null,
  ): FakeTrigger {
    const owner = this.env.userEmail;
    // 20 triggers per user per script: https://developers.google.com/apps-script/guides/services/quotas#current_limitations
    if (this.triggers.filter((t) => t.owner === owner).length >= MAX_TRIGGERS) {
      this.env.fail('This script has too many triggers. Triggers must be deleted from the script before more can be added.');
    }
    const trigger = new FakeTrigger(this.env, this.env.newId('trigger'), handler, eventType, source, sourceId, everyMinutes, owner, atMs);
    this.triggers.push(trigger);
    return trigger;
  }

  /**
   * Runs the spreadsheet's form-submit triggers with the event Apps Script builds for them. `blank`: the event
   * Google sometimes delivers with empty values (and, like a repeated one, for a row already handled):
   * https://developers.google.com/apps-script/guides/triggers/events#form-submit and the issue tracker's
   * "onFormSubmit fires twice / with blank values" reports.
   */
  fireFormSubmit(spreadsheetId: string, range: FakeRange, options: { blank?: boolean } = {}): void {
    const sheet = range.getSheet();
    const header = sheet.getRange(1, 1, 1, range.getNumColumns()).getDisplayValues()[0]!;
    const values = options.blank ? header.map(() => '') : range.getDisplayValues()[0]!;
    const namedValues: Record<string, string[]> = {};
    header.forEach((title, i) => {
      (namedValues[title] ??= []).push(values[i] ?? '');
    });
    for (const t of this.triggers) {
      if (t.eventType !== 'ON_FORM_SUBMIT' || t.source !== 'SPREADSHEETS' || t.sourceId !== spreadsheetId) continue;
      const counter = this.env.counter;
      this.run(t, {
        authMode: 'FULL',
        triggerUid: t.uniqueId,
        source: counter.expose('Spreadsheet', sheet.getParent()),
        range: counter.expose('Range', range),
        values: [...values],
        namedValues: JSON.parse(JSON.stringify(namedValues)) as Record<string, string[]>,
      });
    }
  }

  /** Runs every recurring time-driven trigger once, as the clock would. */
  fireClock(): number {
    return this.fireClockTriggers(this.triggers.filter((t) => t.eventType === 'CLOCK' && t.atMs === null));
  }

  /** Runs the one-off triggers that are due and have not run yet; returns how many ran. */
  fireDue(): number {
    const due = this.triggers.filter((t) => t.atMs !== null && !this.ran.has(t.uniqueId) && t.atMs <= this.env.now());
    for (const t of due) this.ran.add(t.uniqueId);
    return this.fireClockTriggers(due);
  }

  /** The earliest one-off trigger still to run, epoch ms, or null. */
  nextDue(): number | null {
    const waiting = this.triggers.filter((t) => t.atMs !== null && !this.ran.has(t.uniqueId)).map((t) => t.atMs!);
    return waiting.length ? Math.min(...waiting) : null;
  }

  private readonly ran = new Set<string>();

  private fireClockTriggers(clocks: FakeTrigger[]): number {
    const now = wallClock(this.env.now(), this.env.timeZone);
    for (const t of clocks) {
      this.run(t, {
        authMode: 'FULL',
        triggerUid: t.uniqueId,
        year: now.year,
        month: now.month,
        'day-of-month': now.day,
        hour: now.hour,
        minute: now.minute,
        second: now.second,
        timezone: this.env.timeZone,
      });
    }
    return clocks.length;
  }

  /**
   * "Installable triggers always run under the account of the person who created them." Google's own failures
   * (killed, quota) are recorded by the runtime and reach no caller; the script's errors do.
   */
  private run(trigger: FakeTrigger, event: Record<string, unknown>): void {
    const invoke = this.env.invoke;
    if (!invoke) return;
    try {
      this.env.asUser(trigger.owner, () => this.env.runAs('trigger', () => invoke(trigger.handler, event), `trigger:${trigger.handler}`));
    } catch (error) {
      if (!this.env.isExecutionFailure(error)) throw error;
    }
  }
}

type LockScope = 'script' | 'document' | 'user';

export class FakeLock implements Google.Lock {
  constructor(
    private readonly env: FakeEnv,
    private readonly service: FakeLockService,
    private readonly scope: LockScope,
  ) {
    env.counter.expose('Lock', this);
  }
  /** Held by another execution: the caller waits the whole timeout (on the runtime's clock), then gets false. */
  tryLock(timeoutInMillis: number): boolean {
    if (this.service.heldByOther.has(this.scope)) {
      if (this.env.runtime.latency) this.env.runtime.charge('lockWait', timeoutInMillis);
      return false;
    }
    this.service.heldBySelf.add(this.scope);
    return true;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) this.env.fail('Lock timeout: another process was holding the lock for too long.');
  }
  hasLock(): boolean {
    return this.service.heldBySelf.has(this.scope);
  }
  releaseLock(): void {
    this.service.heldBySelf.delete(this.scope);
  }
}

export class FakeLockService implements Google.LockService {
  readonly heldBySelf = new Set<LockScope>();
  /** Test control: a concurrent execution holds this lock. */
  readonly heldByOther = new Set<LockScope>();

  constructor(private readonly env: FakeEnv) {
    env.counter.expose('LockService', this);
  }
  getScriptLock(): FakeLock {
    return new FakeLock(this.env, this, 'script');
  }
  /** Apps Script releases an execution's locks when it ends. */
  releaseAll(): void {
    this.heldBySelf.clear();
  }
}

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

export class FakeProperties implements Google.Properties {
  readonly store = new Map<string, string>();

  constructor(private readonly env: FakeEnv) {
    env.counter.expose('Properties', this);
  }
  getProperty(key: string): string | null {
    return this.store.get(key) ?? null;
  }
  setProperty(key: string, value: unknown): this {
    const text = String(value);
    if (utf8Bytes(text) > MAX_PROPERTY_VALUE_BYTES) this.env.fail('Argument too large: value');
    const next = new Map(this.store).set(key, text);
    let total = 0;
    for (const [k, v] of next) total += utf8Bytes(k) + utf8Bytes(v);
    if (total > MAX_PROPERTY_STORE_BYTES) this.env.fail('You have exceeded the property storage quota. Please remove some properties and try again.');
    this.store.set(key, text);
    return this;
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): this {
    if (deleteAllOthers) this.store.clear();
    for (const [k, v] of Object.entries(properties)) this.setProperty(k, v);
    return this;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.store);
  }
  deleteProperty(key: string): this {
    this.store.delete(key);
    return this;
  }
}

export class FakePropertiesService implements Google.PropertiesService {
  readonly script: FakeProperties;
  readonly document: FakeProperties;
  readonly user: FakeProperties;

  constructor(env: FakeEnv) {
    this.script = new FakeProperties(env);
    this.document = new FakeProperties(env);
    this.user = new FakeProperties(env);
    env.counter.expose('PropertiesService', this);
  }
  getScriptProperties(): FakeProperties {
    return this.script;
  }
}

export class FakeSession {
  constructor(private readonly env: FakeEnv) {
    env.counter.expose('Session', this);
  }
  getScriptTimeZone(): string {
    return this.env.timeZone;
  }
  getEffectiveUser(): Google.User {
    return userOf(this.env.userEmail);
  }
}

export class FakeUtilities {
  constructor(private readonly env: FakeEnv) {
    env.counter.expose('Utilities', this);
  }
  /** Java SimpleDateFormat subset: yyyy yy MM M dd d HH H mm m ss s and 'quoted text'. */
  formatDate(date: Date, timeZone: string, format: string): string {
    if (!this.env.isDate(date)) this.env.fail("The parameters don't match the method signature for Utilities.formatDate.");
    const t = wallClock(date.getTime(), timeZone);
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    return format.replace(/'([^']*)'|y+|M+|d+|H+|m+|s+|[a-zA-Z]/g, (tok, quoted: string | undefined) => {
      if (quoted !== undefined) return quoted === '' ? "'" : quoted;
      const w = tok.length;
      switch (tok[0]) {
        case 'y':
          return w === 2 ? pad(t.year % 100, 2) : pad(t.year, w);
        case 'M':
          return pad(t.month, w);
        case 'd':
          return pad(t.day, w);
        case 'H':
          return pad(t.hour, w);
        case 'm':
          return pad(t.minute, w);
        case 's':
          return pad(t.second, w);
        default:
          return this.env.fail(`Illegal pattern character '${tok}'`);
      }
    });
  }
}

export class FakeLogger {
  readonly lines: string[] = [];
  constructor(env: FakeEnv) {
    env.counter.expose('Logger', this);
  }
  log(data: unknown, ...values: unknown[]): this {
    let i = 0;
    this.lines.push(values.length ? String(data).replace(/%s/g, () => String(values[i++])) : String(data));
    return this;
  }
  getLog(): string {
    return this.lines.join('\n');
  }
}

export interface ConsoleEntry {
  level: 'log' | 'info' | 'warn' | 'error';
  message: string;
}

/** Apps Script's console writes to Cloud Logging; here it is kept for assertions. */
export class FakeConsole {
  readonly entries: ConsoleEntry[] = [];
  log = (...args: unknown[]) => this.push('log', args);
  info = (...args: unknown[]) => this.push('info', args);
  warn = (...args: unknown[]) => this.push('warn', args);
  error = (...args: unknown[]) => this.push('error', args);
  private push(level: ConsoleEntry['level'], args: unknown[]): void {
    const text = (a: unknown) => (typeof a === 'string' ? a : typeof (a as Error | null)?.message === 'string' ? (a as Error).message : JSON.stringify(a));
    this.entries.push({ level, message: args.map(text).join(' ') });
  }
}

/**
 * Recipients per day: 100 on a consumer account, 1,500 on Workspace (each recipient counts, To, Cc and Bcc alike).
 * https://developers.google.com/apps-script/guides/services/quotas#current_quotas
 */
export const MAIL_RECIPIENTS_PER_DAY = { consumer: 100, workspace: 1500 } as const;

/**
 * MailApp: the daily recipient quota, and sending that spends it. The quota is per user and per day; Google refreshes
 * it at the end of a 24-hour window, at a time that "varies between users", so a test moves to the next day with `newDay()`.
 * https://developers.google.com/apps-script/guides/services/quotas
 * An address MailApp cannot parse is refused ("Invalid email: …", as Apps Script reports it).
 */
export class FakeMailApp implements Google.MailApp {
  /** Recipients already sent to today (test control: other scripts of the same user share the quota). */
  sentToday = 0;
  readonly sent: Array<{ to: string; subject: string; body: string }> = [];
  /** Test control: the next sends succeed at Google but their reply is lost (the call throws after sending). */
  loseRepliesOfNext = 0;

  constructor(private readonly env: FakeEnv) {
    env.counter.expose('MailApp', this);
  }
  getRemainingDailyQuota(): number {
    return Math.max(0, MAIL_RECIPIENTS_PER_DAY[this.env.accountPolicy.kind] - this.sentToday);
  }
  sendEmail(to: string, subject: string, body: string): void {
    this.env.requireAuthorized('MailApp.sendEmail');
    const recipients = to.split(',').filter((r) => r.trim());
    const bad = recipients.find((r) => !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(r.trim()));
    if (bad !== undefined) this.env.fail(`Invalid email: ${bad}`);
    if (recipients.length > this.getRemainingDailyQuota()) this.env.fail('Service invoked too many times for one day: email.');
    this.sentToday += recipients.length;
    this.sent.push({ to, subject, body });
    if (this.loseRepliesOfNext > 0) {
      this.loseRepliesOfNext--;
      this.env.fail('Service unavailable: Mail (the reply was lost).');
    }
  }
  /** Test control: the quota window has passed. */
  newDay(): void {
    this.sentToday = 0;
  }
}
