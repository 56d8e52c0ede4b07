import type { Services, Spreadsheet } from './services';

/** Handler names: top-level functions of the bundle (see main.ts), which Apps Script calls by name. */
export const HANDLERS = { formSubmit: 'onFormSubmit', rebuild: 'rebuildSummaries' } as const;

/**
 * The summaries are rebuilt by the clock, not per submission (see submission.ts). Every 30 minutes keeps a busy
 * registration day well inside the daily trigger runtime quota; runs with nothing new return at once.
 */
export const REBUILD_EVERY_MINUTES = 30;

export interface InstallResult {
  created: string[];
  kept: string[];
  removed: number;
}

type Trigger = GoogleAppsScript.Script.Trigger;

/**
 * Installs this spreadsheet's form-submit trigger and the periodic rebuild, idempotently: a trigger that is already
 * there is kept, a second copy of one is deleted, nothing is ever installed twice.
 */
export function installTriggers(services: Services, spreadsheet: Spreadsheet): InstallResult {
  const { scriptApp } = services;
  const wanted: Array<{ handler: string; matches: (t: Trigger) => boolean; create: () => Trigger }> = [
    {
      handler: HANDLERS.formSubmit,
      matches: (t) => t.getEventType() === scriptApp.EventType.ON_FORM_SUBMIT && t.getTriggerSourceId() === spreadsheet.getId(),
      create: () => scriptApp.newTrigger(HANDLERS.formSubmit).forSpreadsheet(spreadsheet).onFormSubmit().create(),
    },
    {
      handler: HANDLERS.rebuild,
      matches: (t) => t.getEventType() === scriptApp.EventType.CLOCK,
      create: () => scriptApp.newTrigger(HANDLERS.rebuild).timeBased().everyMinutes(REBUILD_EVERY_MINUTES).create(),
    },
  ];
  const result: InstallResult = { created: [], kept: [], removed: 0 };
  const existing = scriptApp.getProjectTriggers();
  for (const w of wanted) {
    const same = existing.filter((t) => t.getHandlerFunction() === w.handler && w.matches(t));
    for (const extra of same.slice(1)) {
      scriptApp.deleteTrigger(extra);
      result.removed++;
    }
    if (same.length) result.kept.push(w.handler);
    else {
      w.create();
      result.created.push(w.handler);
    }
  }
  return result;
}
