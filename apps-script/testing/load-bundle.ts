/**
 * Loads the built `Code.js` as Apps Script does: one script in a global scope holding the Apps Script services
 * (here the fakes) and nothing of Node. Triggers and menu items then call its top-level functions by name.
 */
import vm from 'node:vm';
import type { Grid } from '../../sheets-schema/cell';
import { createFakeAppsScript, type FakeAppsScript, type FakeAppsScriptOptions } from './fake-apps-script';
import type { FakeSheet } from './fake-spreadsheet';

export interface LoadedBundle {
  fake: FakeAppsScript;
  context: vm.Context;
  /** A top-level function of the script, or undefined. */
  global(name: string): unknown;
}

export function loadBundle(code: string, options: Omit<FakeAppsScriptOptions, 'realm'> = {}): LoadedBundle {
  const context = vm.createContext({});
  // The script's `new Date()` and `Date.now()` read the fakes' clock (which moves with every call under a latency
  // model): the time Apps Script would see. Dates with arguments are ordinary.
  let clock: () => number = () => Date.now();
  (context as { __fakeClock: () => number }).__fakeClock = () => clock();
  vm.runInContext(
    `Date = (function (Base, now) {
      function FakeClockDate(...args) {
        if (!new.target) return Base();
        return args.length ? new Base(...args) : new Base(now());
      }
      FakeClockDate.prototype = Base.prototype;
      Object.setPrototypeOf(FakeClockDate, Base);
      FakeClockDate.now = () => now();
      return FakeClockDate;
    })(Date, __fakeClock); delete globalThis.__fakeClock;`,
    context,
  );
  const realm = { Date: vm.runInContext('Date', context) as DateConstructor, Error: vm.runInContext('Error', context) as ErrorConstructor };
  const fake = createFakeAppsScript({ ...options, realm });
  clock = () => fake.env.now();
  Object.assign(context, fake.globals);
  vm.runInContext(code, context, { filename: 'Code.js' });
  const global = (name: string) => (context as Record<string, unknown>)[name];
  fake.setScript((handler, event) => {
    const fn = global(handler);
    if (typeof fn !== 'function') throw new Error(`no top-level function ${handler}`);
    return (fn as (e: unknown) => unknown)(event);
  });
  return { fake, context, global };
}

/**
 * What a person's File › Import (or paste) does: the grid is typed into the sheet from `firstRow` on, so codes
 * become numbers and `23/6/2569` a date. Not counted: it is not the script's doing.
 */
export function typeInto(sheet: FakeSheet, grid: Grid, firstRow = 1): void {
  const width = Math.max(...grid.map((r) => r.length));
  const lastRow = firstRow + grid.length - 1;
  if (sheet.getMaxRows() < lastRow) sheet.insertRowsAfter(sheet.getMaxRows(), lastRow - sheet.getMaxRows());
  if (sheet.getMaxColumns() < width) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  sheet.getRange(firstRow, 1, grid.length, width).setValues(grid.map((r) => [...r, ...new Array<null>(width - r.length).fill(null)]));
}
