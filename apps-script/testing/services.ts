import type { Services } from '../services';
import type { FakeAppsScript } from './fake-apps-script';

/** The adapter's services backed by a fake project (typed as the real ones; behaviour checked by tests). */
export function fakeServices(fake: FakeAppsScript, now: () => Date = () => new Date(fake.env.now())): Services {
  const g = fake.globals;
  return {
    spreadsheetApp: g.SpreadsheetApp,
    formApp: g.FormApp,
    scriptApp: g.ScriptApp as unknown as Services['scriptApp'],
    lockService: g.LockService as unknown as Services['lockService'],
    propertiesService: g.PropertiesService as unknown as Services['propertiesService'],
    driveApp: g.DriveApp as unknown as Services['driveApp'],
    mailApp: g.MailApp as unknown as Services['mailApp'],
    log: g.console,
    now,
    userEmail: () => fake.env.userEmail,
  };
}
