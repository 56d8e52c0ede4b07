import type { Trigger } from './google-services';
import type { Services, Spreadsheet } from './services';

/** Handler names: top-level functions of the bundle (see main.ts), which Apps Script calls by name. */
export const HANDLERS = { formSubmit: 'onFormSubmit', rebuild: 'rebuildSummaries', continuation: 'continueRebuild' } as const;

/**
 * The clock runs every 30 minutes: with a rebuild's continuations a minute apart, new responses are in the
 * summaries within the hour. A run with nothing new costs about 1.5 s by the typical model (the execution's start,
 * the properties, the responses' row count), 48 runs about 1.2 minutes a day.
 */
export const REBUILD_EVERY_MINUTES = 30;
/** A rebuild with work left runs again this soon (a one-off trigger), not at the next clock run. */
export const CONTINUE_AFTER_MS = 60 * 1000;

/**
 * Consumer accounts (gmail.com) have 90 minutes of trigger runtime a day, and each execution starts in about a
 * second before it does anything: 3,000 submissions a day would spend 55 of them on starting alone. There the
 * form-submit trigger is not installed, and the clock takes new rows up by the responses sheet's row count.
 * Workspace accounts (6 hours a day) get it: it notes each submission for about 1.1 s.
 * https://developers.google.com/apps-script/guides/services/quotas#current_quotas
 */
export function wantsFormSubmitTrigger(userEmail: string): boolean {
  return !/@(gmail|googlemail)\.com$/i.test(userEmail.trim());
}

export interface InstallResult {
  created: string[];
  kept: string[];
  removed: number;
  /** The form-submit trigger is left out on purpose (consumer account). */
  formSubmitSkipped: boolean;
}

/**
 * Installs the periodic rebuild and, where worth it, this spreadsheet's form-submit trigger, idempotently: a trigger
 * that is already there is kept, a second copy of one is deleted, nothing is ever installed twice. On a consumer
 * account an existing form-submit trigger is removed.
 */
export function installTriggers(services: Services, spreadsheet: Spreadsheet): InstallResult {
  const { scriptApp } = services;
  const formSubmit = wantsFormSubmitTrigger(services.userEmail());
  const wanted: Array<{ handler: string; install: boolean; matches: (t: Trigger) => boolean; create: () => Trigger }> = [
    {
      handler: HANDLERS.formSubmit,
      install: formSubmit,
      matches: (t) => t.getEventType() === scriptApp.EventType.ON_FORM_SUBMIT && t.getTriggerSourceId() === spreadsheet.getId(),
      create: () => scriptApp.newTrigger(HANDLERS.formSubmit).forSpreadsheet(spreadsheet).onFormSubmit().create(),
    },
    {
      handler: HANDLERS.rebuild,
      install: true,
      matches: (t) => t.getEventType() === scriptApp.EventType.CLOCK,
      create: () => scriptApp.newTrigger(HANDLERS.rebuild).timeBased().everyMinutes(REBUILD_EVERY_MINUTES).create(),
    },
  ];
  const result: InstallResult = { created: [], kept: [], removed: 0, formSubmitSkipped: !formSubmit };
  const existing = scriptApp.getProjectTriggers();
  for (const w of wanted) {
    const same = existing.filter((t) => t.getHandlerFunction() === w.handler && w.matches(t));
    for (const extra of w.install ? same.slice(1) : same) {
      scriptApp.deleteTrigger(extra);
      result.removed++;
    }
    if (!w.install) continue;
    if (same.length) result.kept.push(w.handler);
    else {
      w.create();
      result.created.push(w.handler);
    }
  }
  return result;
}

/**
 * Makes sure one continuation is due a minute from now: the ones there are deleted (a one-off trigger stays listed
 * after it ran and counts towards the 20 per script until deleted) and a new one is created. Three calls.
 * https://developers.google.com/apps-script/reference/script/clock-trigger-builder#afterdurationmilliseconds
 */
export function scheduleContinuation(services: Services): void {
  cancelContinuation(services);
  services.scriptApp.newTrigger(HANDLERS.continuation).timeBased().after(CONTINUE_AFTER_MS).create();
}

/** Deletes every continuation trigger (the rebuild finished, or a new one is about to be made). */
export function cancelContinuation(services: Services): void {
  const { scriptApp } = services;
  for (const t of scriptApp.getProjectTriggers()) if (t.getHandlerFunction() === HANDLERS.continuation) scriptApp.deleteTrigger(t);
}
