import { driveQueryString, ensureSpreadsheets, shareExactly } from './drive-adapter';
import { startFakeSetup, type FakeSetup } from './testing/fake-clients';
import { SPREADSHEET_MIME } from './testing/fake-drive';

let setup: FakeSetup;
beforeEach(async () => {
  setup = await startFakeSetup();
});
afterEach(() => setup.fake.close());

const names = ['สรุปจังหวัดตาก', 'สรุปจังหวัดพระนครศรีอยุธยา', "สรุป 'ทดสอบ' \\ กทม."];

test('query literals escape quotes and backslashes', () => {
  expect(driveQueryString("a'b\\c")).toBe("'a\\'b\\\\c'");
});

test('find-or-create is idempotent: the second run finds every file and creates none', async () => {
  const folder = setup.fake.drive.addFolder('สรุปรายจังหวัด');
  const first = await ensureSpreadsheets(setup.api, folder, names);
  expect([...first.byName.values()].map((f) => f.created)).toEqual([true, true, true]);
  expect(setup.fake.counts).toEqual({ 'drive.files.list': 1, 'drive.files.create': 3 });
  for (const name of names) expect(setup.fake.sheets.get(first.byName.get(name)!.id).properties.title).toBe(name);

  setup.fake.resetCounts();
  const second = await ensureSpreadsheets(setup.api, folder, names);
  expect(setup.fake.counts).toEqual({ 'drive.files.list': 1 });
  expect([...second.byName.values()].map((f) => [f.id, f.created])).toEqual([...first.byName.values()].map((f) => [f.id, false]));
  expect(setup.fake.drive.childrenNamed(folder, names[0]!)).toHaveLength(1);
  expect(second.warnings).toEqual([]);
});

test('only the folder counts: same names elsewhere, trashed files and other types are ignored', async () => {
  const folder = setup.fake.drive.addFolder('สรุป');
  const elsewhere = setup.fake.drive.addFolder('อื่น');
  const other = setup.fake.drive.create({ name: names[0], mimeType: SPREADSHEET_MIME, parents: [elsewhere] });
  const trashed = setup.fake.drive.create({ name: names[0], mimeType: SPREADSHEET_MIME, parents: [folder] });
  trashed.trashed = true;
  setup.fake.drive.create({ name: names[0], mimeType: 'application/pdf', parents: [folder] });
  const { byName } = await ensureSpreadsheets(setup.api, folder, [names[0]!]);
  const used = byName.get(names[0]!)!;
  expect(used.created).toBe(true);
  expect([other.id, trashed.id]).not.toContain(used.id);
});

test('two files with one name: the oldest is used, a Thai warning says so, nothing is deleted', async () => {
  const folder = setup.fake.drive.addFolder('สรุป');
  const older = setup.fake.drive.create({ name: names[1], mimeType: SPREADSHEET_MIME, parents: [folder] });
  await setup.clock.sleep(1000);
  setup.fake.drive.create({ name: names[1], mimeType: SPREADSHEET_MIME, parents: [folder] });
  const { byName, warnings } = await ensureSpreadsheets(setup.api, folder, [names[1]!]);
  expect(byName.get(names[1]!)!.id).toBe(older.id);
  expect(warnings).toEqual([expect.stringContaining('มากกว่าหนึ่งไฟล์')]);
  expect(setup.fake.drive.childrenNamed(folder, names[1]!)).toHaveLength(2);
});

test('file creation is not retried after a 5xx (the file may exist) but is after a 429', async () => {
  const folder = setup.fake.drive.addFolder('สรุป');
  setup.fake.failNext('drive.files.create', 503);
  await expect(ensureSpreadsheets(setup.api, folder, [names[0]!])).rejects.toMatchObject({ response: { status: 503 } });
  expect(setup.fake.counts['drive.files.create']).toBe(1);

  setup.fake.setQuota('drive', 2);
  setup.fake.resetCounts();
  await setup.clock.sleep(60_000);
  const { byName } = await ensureSpreadsheets(setup.api, folder, [names[0]!, names[1]!]);
  expect(byName.size).toBe(2);
  expect(setup.fake.log.map((l) => l.status)).toContain(429);
  expect(setup.fake.drive.childrenNamed(folder, names[1]!)).toHaveLength(1);
});

describe('shareExactly', () => {
  test('each province file ends up shared with its own coordinators only (PDPA)', async () => {
    const folder = setup.fake.drive.addFolder('สรุป');
    const coordinators: Record<string, string[]> = {
      [names[0]!]: ['tak1@example.go.th', 'Tak2@Example.go.th'],
      [names[1]!]: ['ayutthaya@example.go.th'],
      [names[2]!]: [],
    };
    const { byName } = await ensureSpreadsheets(setup.api, folder, names);
    // Someone had shared a file by link and with a stranger by hand.
    const tak = byName.get(names[0]!)!;
    setup.fake.drive.createPermission(tak.id, { type: 'anyone', role: 'reader' }, false);
    setup.fake.drive.createPermission(tak.id, { type: 'user', role: 'writer', emailAddress: 'ayutthaya@example.go.th' }, false);

    const listed = await ensureSpreadsheets(setup.api, folder, names);
    for (const name of names) await shareExactly(setup.api, listed.byName.get(name)!, coordinators[name]!, 'reader', false);

    const owner = setup.fake.drive.ownerEmail;
    expect(setup.fake.drive.sharedWith(tak.id)).toEqual([owner, 'tak1@example.go.th', 'tak2@example.go.th'].sort());
    expect(setup.fake.drive.sharedWith(byName.get(names[1]!)!.id)).toEqual(['ayutthaya@example.go.th', owner].sort());
    expect(setup.fake.drive.sharedWith(byName.get(names[2]!)!.id)).toEqual([owner]);
    expect(setup.fake.drive.file(tak.id).permissions.filter((p) => p.role !== 'owner').every((p) => p.role === 'reader')).toBe(true);
  });

  test('already right: no request at all; notifications only for people newly added', async () => {
    const folder = setup.fake.drive.addFolder('สรุป');
    const first = await ensureSpreadsheets(setup.api, folder, [names[0]!]);
    const change = await shareExactly(setup.api, first.byName.get(names[0]!)!, ['tak1@example.go.th'], 'reader');
    expect(change).toEqual({ added: ['tak1@example.go.th'], removed: [], inheritedKept: [] });
    expect(setup.fake.drive.notifications).toEqual([{ fileId: first.byName.get(names[0]!)!.id, emailAddress: 'tak1@example.go.th' }]);

    const again = await ensureSpreadsheets(setup.api, folder, [names[0]!]);
    setup.fake.resetCounts();
    const none = await shareExactly(setup.api, again.byName.get(names[0]!)!, ['TAK1@example.go.th '], 'reader');
    expect(none).toEqual({ added: [], removed: [], inheritedKept: [] });
    expect(setup.fake.counts).toEqual({});
    expect(setup.fake.drive.notifications).toHaveLength(1);
  });
});
