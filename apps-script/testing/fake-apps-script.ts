/**
 * One simulated Apps Script project bound to a spreadsheet: the global services the adapter sees, plus harness
 * controls that play the user and Google (open the spreadsheet, click a menu item, submit the form, run the
 * clock triggers). Every service call the script makes is counted in `counter`.
 */
import type { AccountPolicy } from './account';
import { FakeEnv, type Realm } from './env';
import { FakeDriveApp } from './fake-drive';
import { FakeForm, FakeFormApp } from './fake-forms';
import { FakeConsole, FakeLockService, FakeLogger, FakeMailApp, FakePropertiesService, FakeScriptApp, FakeSession, FakeUtilities } from './fake-script';
import { FakeSpreadsheet, FakeSpreadsheetApp, FakeUi, type FakeRange } from './fake-spreadsheet';
import type { LatencyModel } from './latency';
import { Runtime, type AccountType } from './runtime';

export interface FakeAppsScriptOptions {
  realm?: Realm;
  /** Clock in epoch ms; defaults to a fixed instant so tests are repeatable. */
  now?: () => number;
  timeZone?: string;
  userEmail?: string;
  /** Title of the spreadsheet the script is bound to. */
  spreadsheetName?: string;
  /** Consumer (default) or a Workspace domain with its policies (forms sign-in, outside sharing, mail quota). */
  accountPolicy?: AccountPolicy;
  /** With a model, the clock moves by every call's modelled latency and executions have Google's limits (runtime.ts). */
  latency?: LatencyModel | null;
  /** Decides the daily trigger runtime quota (consumer 90 min, Workspace 6 h). Default from the user's e-mail. */
  account?: AccountType;
}

/** 2026-06-22 09:00 Asia/Bangkok, the Monday the workshop's links go public. */
export const DEFAULT_NOW = Date.UTC(2026, 5, 22, 2, 0, 0);

export function createFakeAppsScript(options: FakeAppsScriptOptions = {}) {
  const userEmail = options.userEmail ?? 'admin@odloc.example';
  const runtime = new Runtime({
    startMs: DEFAULT_NOW,
    latency: options.latency ?? null,
    account: options.account ?? options.accountPolicy?.kind ?? (/@(gmail|googlemail)\.com$/i.test(userEmail) ? 'consumer' : 'workspace'),
  });
  const env = new FakeEnv(options.realm ?? { Date, Error }, options.now, options.timeZone ?? 'Asia/Bangkok', userEmail, runtime);
  if (options.accountPolicy) env.accountPolicy = options.accountPolicy;
  const ui = new FakeUi(env);
  const spreadsheetApp = new FakeSpreadsheetApp(env, ui);
  const scriptApp = new FakeScriptApp(env, env.newId('script'));
  const formApp = new FakeFormApp(env, { spreadsheetApp, scriptApp });
  const driveApp = new FakeDriveApp(env, { spreadsheetApp, formApp });
  const mailApp = new FakeMailApp(env);
  const lockService = new FakeLockService(env);
  env.onExecutionEnd.push(() => lockService.releaseAll());
  const propertiesService = new FakePropertiesService(env);
  const logger = new FakeLogger(env);
  const consoleFake = new FakeConsole();

  const bound: FakeSpreadsheet = spreadsheetApp.create(options.spreadsheetName ?? 'ลงทะเบียนประชุมชี้แจง มาตรฐานขั้นต่ำ อปท.');
  spreadsheetApp.active = bound;

  const counter = env.counter;
  /** The script's global scope: what Apps Script provides, each a counting view. */
  const globals = {
    SpreadsheetApp: counter.expose('SpreadsheetApp', spreadsheetApp),
    FormApp: counter.expose('FormApp', formApp),
    ScriptApp: counter.expose('ScriptApp', scriptApp),
    LockService: counter.expose('LockService', lockService),
    PropertiesService: counter.expose('PropertiesService', propertiesService),
    DriveApp: counter.expose('DriveApp', driveApp),
    MailApp: counter.expose('MailApp', mailApp),
    Session: new FakeSession(env) as FakeSession,
    Utilities: new FakeUtilities(env) as FakeUtilities,
    Logger: counter.expose('Logger', logger),
    console: consoleFake,
  };
  globals.Session = counter.expose('Session', globals.Session);
  globals.Utilities = counter.expose('Utilities', globals.Utilities);

  const invoke = (handler: string, event: unknown) => {
    if (!env.invoke) throw new Error('No script loaded: set harness.setScript(...) first');
    return env.invoke(handler, event);
  };

  return {
    env,
    counter,
    globals,
    spreadsheetApp,
    formApp,
    scriptApp,
    driveApp,
    mailApp,
    lockService,
    propertiesService,
    logger,
    console: consoleFake,
    ui,
    /** The spreadsheet the script is bound to (raw, uncounted). */
    spreadsheet: bound,

    /** How Apps Script calls the script's top-level functions by name. */
    setScript(call: (handler: string, event: unknown) => unknown): void {
      env.invoke = call;
    },
    runtime,
    /** The user opens the spreadsheet: the simple trigger `onOpen` runs with limited authorization. */
    open(): unknown {
      return env.runAs('simple', () => invoke('onOpen', { authMode: 'LIMITED', source: counter.expose('Spreadsheet', bound), user: {} }));
    },
    /** The user clicks a custom menu item (captions as shown). */
    clickMenu(caption: string): unknown {
      const entry = ui.menus.flatMap((m) => m.entries).find((e) => e.caption === caption);
      if (!entry?.functionName) throw new Error(`No menu item "${caption}"`);
      const name = entry.functionName;
      return env.runAs('interactive', () => invoke(name, undefined));
    },
    /** Another person (a second admin) does `fn`: menus and the editor then run as them. */
    asUser<T>(email: string, fn: () => T): T {
      return env.asUser(email, fn);
    },
    /** Runs a top-level function as a person would from the editor. */
    run(handler: string): unknown {
      return env.runAs('interactive', () => invoke(handler, undefined));
    },
    /** Someone submits the form with these answers, by question title; triggers run as Google runs them. */
    submitForm(form: FakeForm, answers: Record<string, string>): void {
      const response = form.createResponse();
      for (const item of form.itemList()) {
        const answer = answers[item.getTitle()];
        if (answer !== undefined && answer !== '') response.withItemResponse(item.createResponse(answer));
      }
      response.submit();
    },
    /** Every recurring time-driven trigger fires once. */
    runClock(): number {
      return scriptApp.fireClock();
    },
    /** One-off time-driven triggers that are due fire (the rebuild's continuations). */
    runDue(): number {
      return scriptApp.fireDue();
    },
    /** Google delivers the form-submit event of a row again (it is documented and reported to, now and then). */
    repeatSubmitEvent(range: FakeRange): void {
      scriptApp.fireFormSubmit(bound.getId(), range);
    },
    /** Google delivers a form-submit event with blank values. */
    blankSubmitEvent(range: FakeRange): void {
      scriptApp.fireFormSubmit(bound.getId(), range, { blank: true });
    },
    /** The only form created by the script, if any. */
    onlyForm(): FakeForm {
      const forms = [...formApp.forms.values()];
      if (forms.length !== 1) throw new Error(`expected one form, found ${forms.length}`);
      return forms[0]!;
    },
  };
}

export type FakeAppsScript = ReturnType<typeof createFakeAppsScript>;
