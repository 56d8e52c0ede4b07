import type { Services } from '../services';
import type { FakeAppsScript } from './fake-apps-script';

/** The adapter's services backed by a fake project (typed as the real ones; behaviour checked by tests). */
export function fakeServices(fake: FakeAppsScript, now: () => Date = () => new Date(fake.env.now())): Services {
  const g = fake.globals;
  return {
    spreadsheetApp: g.SpreadsheetApp,
    formApp: g.FormApp,
    scriptApp: g.ScriptApp,
    lockService: g.LockService,
    propertiesService: g.PropertiesService,
    driveApp: g.DriveApp,
    mailApp: g.MailApp,
    log: g.console,
    now,
    userEmail: () => fake.env.userEmail,
  };
}
