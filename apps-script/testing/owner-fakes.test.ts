/** The fakes refuse what Google documents it refuses (see the URLs in each fake). */
import { workspace } from './account';
import { createFakeAppsScript } from './fake-apps-script';

const OWNER = 'admin@odloc.example';
const OTHER = 'deputy@odloc.example';

describe('fake ScriptApp triggers', () => {
  it('belong to their installer: invisible to, and not deletable by, anyone else; they run as their owner', () => {
    const fake = createFakeAppsScript();
    const ran: string[] = [];
    fake.setScript(() => ran.push(fake.env.userEmail));
    const ss = fake.spreadsheet;
    fake.env.runAs('interactive', () => fake.scriptApp.newTrigger('onFormSubmit').forSpreadsheet(ss).onFormSubmit().create());
    const mine = fake.scriptApp.getProjectTriggers();
    expect(mine).toHaveLength(1);
    fake.asUser(OTHER, () => {
      expect(fake.scriptApp.getProjectTriggers()).toEqual([]);
      expect(() => fake.env.runAs('interactive', () => fake.scriptApp.deleteTrigger(mine[0]!))).toThrow(/does not belong/);
      fake.env.runAs('interactive', () => fake.scriptApp.newTrigger('onFormSubmit').forSpreadsheet(ss).onFormSubmit().create());
    });
    const form = fake.env.runAs('interactive', () => fake.formApp.create('f'));
    form.addTextItem().setTitle('q');
    form.setDestination('SPREADSHEET', ss.getId());
    fake.submitForm(form, { q: 'a' });
    expect(ran).toEqual([OWNER, OTHER]);
  });
});

describe('fake DriveApp', () => {
  it('answers one message for deleted and unshared files, lets a trashed file be got, and guards sharing', () => {
    const fake = createFakeAppsScript();
    const run = <T>(fn: () => T) => fake.env.runAs('interactive', fn);
    const id = run(() => fake.spreadsheetApp.create('x')).getId();
    const file = run(() => fake.driveApp.getFileById(id));
    expect(file.getOwner().getEmail()).toBe(OWNER);
    fake.asUser(OTHER, () => expect(() => run(() => fake.driveApp.getFileById(id))).toThrow(/No item with the given ID could be found/));
    file.setTrashed(true);
    expect(run(() => fake.driveApp.getFileById(id)).isTrashed()).toBe(true);
    expect(() => file.addEditor('not an email')).toThrow(/Invalid argument/);
    expect(() => file.removeEditor(OWNER)).toThrow(/owner/);
    file.addViewer(OTHER);
    fake.asUser(OTHER, () => expect(() => run(() => fake.driveApp.getFileById(id)).addViewer('x@gmail.com')).toThrow(/Access denied: DriveApp/));
    fake.driveApp.deleteForever(id);
    expect(() => run(() => fake.driveApp.getFileById(id))).toThrow(/No item with the given ID could be found/);
    expect(() => run(() => fake.spreadsheetApp.openById(id))).toThrow();
  });

  it('refuses sharing outside a Workspace domain whose administrator turned it off', () => {
    const fake = createFakeAppsScript({ accountPolicy: workspace('odloc.example', { externalSharingBlocked: true }) });
    const file = fake.env.runAs('interactive', () => fake.driveApp.getFileById(fake.spreadsheetApp.create('x').getId()));
    expect(() => file.addEditor('fn@p.iam.gserviceaccount.com')).toThrow(/not allowed/);
    file.addViewer('colleague@odloc.example');
    expect(fake.driveApp.sharing(file.getId()).viewers).toEqual(['colleague@odloc.example']);
  });
});

describe('fake FormApp sign-in', () => {
  it('cannot require sign-in on a consumer account; a Workspace policy may forbid lifting it', () => {
    const consumer = createFakeAppsScript();
    const form = consumer.env.runAs('interactive', () => consumer.formApp.create('f'));
    expect(form.requiresLogin()).toBe(false);
    expect(() => form.setRequireLogin(true)).toThrow(/Workspace/);
    const locked = createFakeAppsScript({
      accountPolicy: workspace('odloc.example', { formsRequireLoginByDefault: true, formsExternalRespondersBlocked: true }),
    });
    const domainForm = locked.env.runAs('interactive', () => locked.formApp.create('f'));
    expect(domainForm.requiresLogin()).toBe(true);
    expect(() => domainForm.setRequireLogin(false)).toThrow(/organization/);
  });
});

describe('fake MailApp', () => {
  it('has 100 recipients a day on a consumer account and 1,500 on Workspace', () => {
    expect(createFakeAppsScript().mailApp.getRemainingDailyQuota()).toBe(100);
    const w = createFakeAppsScript({ accountPolicy: workspace('odloc.example') });
    w.env.runAs('interactive', () => w.mailApp.sendEmail('a@x.th,b@x.th', 's', 'b'));
    expect(w.mailApp.getRemainingDailyQuota()).toBe(1498);
  });
});
