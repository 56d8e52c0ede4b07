import { openById, TransientOpenError } from './open-file';
import { createFakeAppsScript } from './testing/fake-apps-script';
import { failingFirst, transientMessage } from './testing/faults';
import { fakeServices } from './testing/services';

function project() {
  const fake = createFakeAppsScript();
  const services = fakeServices(fake);
  const id = fake.env.runAs('interactive', () => fake.spreadsheetApp.create('สรุปจังหวัดตาก')).getId();
  const open = (services2 = services) => fake.env.runAs('interactive', () => openById(services2, 'ไฟล์สรุป', id, (x) => services2.spreadsheetApp.openById(x)));
  return { fake, services, id, open };
}

describe('openById', () => {
  it('opens a file that is there', () => {
    const p = project();
    expect(p.open()).toMatchObject({ status: 'open' });
  });

  it('says "gone" when the file was deleted for ever or put in the trash', () => {
    const p = project();
    p.fake.env.runAs('interactive', () => p.fake.driveApp.getFileById(p.id)).setTrashed(true);
    // A trashed spreadsheet still opens: only Drive says it is in the trash.
    expect(p.open().status).toBe('open');
    const failing = failingFirst(
      p.fake.env,
      p.services.spreadsheetApp,
      'openById',
      1,
      () => 'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
    );
    expect(p.open({ ...p.services, spreadsheetApp: failing.service })).toMatchObject({ status: 'gone', reason: 'in the trash' });
    p.fake.driveApp.deleteForever(p.id);
    expect(p.open().status).toBe('gone');
  });

  it('passes a transient error on as a Thai "try again", whether Drive confirms the file or fails too', () => {
    const p = project();
    const once = failingFirst(p.fake.env, p.services.spreadsheetApp, 'openById', 1, () => transientMessage('Spreadsheets', p.id));
    expect(() => p.open({ ...p.services, spreadsheetApp: once.service })).toThrow(TransientOpenError);
    const both = {
      ...p.services,
      spreadsheetApp: failingFirst(p.fake.env, p.services.spreadsheetApp, 'openById', 1, () => transientMessage('Spreadsheets', p.id)).service,
      driveApp: failingFirst(p.fake.env, p.services.driveApp, 'getFileById', 1, () => transientMessage('Drive', p.id)).service,
    };
    expect(() => p.open(both)).toThrow(/ไม่ได้ในขณะนี้ แต่ไฟล์ยังอยู่ จึงยังไม่สร้างไฟล์ใหม่แทน/);
  });

  it('takes an error that itself says "not found" at its word', () => {
    const p = project();
    const notFound = failingFirst(p.fake.env, p.services.spreadsheetApp, 'openById', 1, () => 'Requested entity was not found.');
    expect(p.open({ ...p.services, spreadsheetApp: notFound.service }).status).toBe('gone');
  });
});
