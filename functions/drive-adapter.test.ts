import { driveQueryString, listPermissions, preparedFiles, shareExactly } from './drive-adapter';
import { startFakeSetup, type FakeSetup } from './testing/fake-clients';

let setup: FakeSetup;
afterEach(() => setup?.fake.close());

test('query literals escape quotes and backslashes', () => {
  expect(driveQueryString("a'b\\c")).toBe("'a\\'b\\\\c'");
});

describe('shareExactly', () => {
  test('exact for the people it manages; owner, itself, editors and inherited access never touched', async () => {
    setup = await startFakeSetup();
    const drive = setup.fake.drive;
    const folder = drive.addFolder('สรุป');
    drive.files
      .get(folder)!
      .permissions.push({ kind: 'drive#permission', id: '555', type: 'user', role: 'reader', emailAddress: 'folder-reader@example.go.th' });
    const file = drive.addSpreadsheet(folder, 'สรุปจังหวัดตาก');
    drive.createPermission(file, { type: 'user', role: 'writer', emailAddress: 'admin@example.go.th' }, false);
    drive.createPermission(file, { type: 'user', role: 'reader', emailAddress: 'old@example.go.th' }, false);
    drive.createPermission(file, { type: 'anyone', role: 'reader' }, false);
    drive.createPermission(file, { type: 'user', role: 'commenter', emailAddress: 'tak1@example.go.th' }, false);

    const permissions = await listPermissions(setup.api, file);
    const change = await shareExactly(setup.api, file, permissions, ['TAK1@example.go.th ', 'tak2@example.go.th', 'folder-reader@example.go.th'], 'reader', {
      self: drive.callerEmail,
      notify: false,
    });
    expect(change.removed.sort()).toEqual(['anyone', 'old@example.go.th', 'tak1@example.go.th']);
    expect(change.added.sort()).toEqual(['tak1@example.go.th', 'tak2@example.go.th']);
    expect(drive.directlySharedWith(file)).toEqual([drive.ownerEmail, 'admin@example.go.th', 'tak1@example.go.th', 'tak2@example.go.th'].sort());
    // Inherited from the folder: the function's own access and the folder's reader, both kept.
    expect(drive.sharedWith(file)).toEqual(expect.arrayContaining([drive.callerEmail, 'folder-reader@example.go.th']));

    // Already right: no request but the listing.
    setup.fake.resetCounts();
    const again = await shareExactly(setup.api, file, await listPermissions(setup.api, file), ['tak1@example.go.th', 'tak2@example.go.th'], 'reader', {
      self: drive.callerEmail,
    });
    expect(again).toEqual({ added: [], removed: [], inheritedKept: ['folder-reader@example.go.th'] });
    expect(setup.fake.counts).toEqual({ 'drive.permissions.list': 1 });
  });
});

describe('preparedFiles (My Drive)', () => {
  test('found by id; missing, trashed or unshared files are named in Thai and none is created', async () => {
    setup = await startFakeSetup();
    const drive = setup.fake.drive;
    const folder = drive.addFolder('สรุป');
    const ok = drive.addSpreadsheet(folder, 'ก');
    const trashed = drive.addSpreadsheet(folder, 'ข');
    drive.files.get(trashed)!.trashed = true;
    const targets = ['ก', 'ข', 'ค', 'ง'].map((key) => ({ key, title: `สรุป${key}` }));
    const found = await preparedFiles(
      setup.api,
      targets,
      new Map([
        ['ก', ok],
        ['ข', trashed],
        ['ค', 'no-such-file'],
      ]),
    );
    expect([...found.files.keys()]).toEqual(['ก']);
    expect(found.missing.map((m) => [m.key, m.message])).toEqual([
      ['ข', expect.stringContaining('ถังขยะ')],
      ['ค', expect.stringContaining('ยังไม่ได้แชร์ไฟล์')],
      ['ง', expect.stringContaining('ฟังก์ชันไม่สร้างไฟล์เอง')],
    ]);
    expect(setup.fake.counts['drive.files.create']).toBeUndefined();
  });

  test('files in one folder cost two requests in all, however many there are', async () => {
    setup = await startFakeSetup();
    const drive = setup.fake.drive;
    const folder = drive.addFolder('สรุป');
    const keys = Array.from({ length: 20 }, (_, i) => `จังหวัด${i}`);
    const ids = new Map(keys.map((k) => [k, drive.addSpreadsheet(folder, k)]));
    setup.fake.resetCounts();
    const found = await preparedFiles(
      setup.api,
      keys.map((key) => ({ key, title: key })),
      ids,
    );
    expect(found.files.size).toBe(20);
    expect(setup.fake.counts).toEqual({ 'drive.files.get': 1, 'drive.files.list': 1 });
  });
});
