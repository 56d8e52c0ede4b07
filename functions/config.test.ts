import { NATIONAL_KEY, readEnvironment, readRunSettings, spreadsheetIdFrom } from './config';

describe('readEnvironment: identifiers only', () => {
  test('the source id (also from a pasted link), the optional shared-drive folder, the run deadline', () => {
    expect(readEnvironment({ SOURCE_SPREADSHEET_ID: ' https://docs.google.com/spreadsheets/d/abc_123-X/edit#gid=0 ' })).toEqual({
      ok: true,
      env: { sourceSpreadsheetId: 'abc_123-X', sharedDriveFolderId: undefined, runMs: 25 * 60_000 },
    });
    expect(readEnvironment({ SOURCE_SPREADSHEET_ID: 'src', SHARED_DRIVE_FOLDER_ID: 'folder', RUN_DEADLINE_MINUTES: '20' })).toEqual({
      ok: true,
      env: { sourceSpreadsheetId: 'src', sharedDriveFolderId: 'folder', runMs: 20 * 60_000 },
    });
  });

  test("missing source or a deadline past Scheduler's wait: a Thai message naming the variable", () => {
    expect(readEnvironment({})).toEqual({ ok: false, message: expect.stringContaining('SOURCE_SPREADSHEET_ID') });
    expect(readEnvironment({ SOURCE_SPREADSHEET_ID: 'x', RUN_DEADLINE_MINUTES: 'สิบ' })).toEqual({
      ok: false,
      message: expect.stringContaining('RUN_DEADLINE_MINUTES'),
    });
  });
});

describe('readRunSettings: what people edit, from the source spreadsheet', () => {
  const provinces = ['ตาก', 'กระบี่', 'กรุงเทพมหานคร'];
  const coordinators = [
    ['จังหวัด', 'อีเมล', 'ชื่อ-สกุล'],
    ['จ.ตาก', ' Tak1@Example.go.th ', 'ก'],
    ['ตาก', 'tak1@example.go.th', 'ซ้ำ'],
    ['กรุงเทพฯ', 'bkk@example.go.th', ''],
    [NATIONAL_KEY, 'odloc@example.go.th', ''],
    ['', '', ''],
  ];
  const files = [
    ['จังหวัด', 'รหัสไฟล์', 'ลิงก์ไฟล์สรุป'],
    [NATIONAL_KEY, 'nat', ''],
    ['ตาก', '', 'https://docs.google.com/spreadsheets/d/tak-id/edit'],
  ];

  test("coordinators by the registry's spelling, e-mails lower-cased once each; files by id or link", () => {
    const read = readRunSettings({ coordinators, summaryFiles: files }, provinces, { myDrive: true });
    expect(read).toEqual({
      ok: true,
      settings: {
        viewers: new Map([
          ['ตาก', ['tak1@example.go.th']],
          ['กรุงเทพมหานคร', ['bkk@example.go.th']],
          [NATIONAL_KEY, ['odloc@example.go.th']],
        ]),
        summaryFiles: new Map([
          [NATIONAL_KEY, 'nat'],
          ['ตาก', 'tak-id'],
        ]),
        shareRole: 'reader',
        notifyNewViewers: true,
      },
    });
  });

  test('every problem at once, in Thai, with its row: unknown province, bad e-mail, missing sheets', () => {
    const bad = [
      ['จังหวัด', 'อีเมล'],
      ['ตากก', 'x@example.go.th'],
      ['กระบี่', 'krabi@'],
      ['', 'y@example.go.th'],
    ];
    const read = readRunSettings({ coordinators: bad, summaryFiles: undefined }, provinces, { myDrive: true });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems).toEqual([
      expect.stringMatching(/แถว 2: ไม่รู้จักจังหวัด "ตากก"/),
      expect.stringMatching(/แถว 3: อีเมล "krabi@" ไม่ถูกต้อง/),
      expect.stringMatching(/แถว 4: ไม่รู้จักจังหวัด ""/),
      expect.stringContaining('ไม่พบแผ่นงาน "ไฟล์สรุปรายจังหวัด"'),
    ]);
    // The shared-drive set-up does not need the summary-files sheet.
    expect(readRunSettings({ coordinators, summaryFiles: undefined }, provinces, { myDrive: false }).ok).toBe(true);
  });

  test("one file named for two provinces is refused (one province's people would show in the other's file)", () => {
    const shared = [
      ['จังหวัด', 'รหัสไฟล์', 'ลิงก์ไฟล์สรุป'],
      ['ตาก', 'same', ''],
      ['กระบี่', 'same', ''],
    ];
    const read = readRunSettings({ coordinators, summaryFiles: shared }, provinces, { myDrive: true });
    expect(read).toEqual({ ok: false, problems: [expect.stringMatching(/แถว 3: ไฟล์ของ "กระบี่" เป็นไฟล์เดียวกับของ "ตาก"/)] });
  });

  test('links and ids; the set-up\'s "not made yet" is no id', () => {
    expect(spreadsheetIdFrom('https://drive.google.com/open?id=AbC')).toBe('AbC');
    expect(spreadsheetIdFrom(' plainId ')).toBe('plainId');
    expect(spreadsheetIdFrom('ยังไม่ได้สร้าง')).toBe('');
    const notMade = [
      ['จังหวัด', 'รหัสไฟล์', 'ลิงก์ไฟล์สรุป'],
      ['ตาก', '', 'ยังไม่ได้สร้าง'],
    ];
    const none = readRunSettings({ coordinators, summaryFiles: notMade }, provinces, { myDrive: true });
    expect(none.ok && none.settings.summaryFiles.size).toBe(0);
    // A listing with links only (no id column) is read too, as the owner's set-up reads it.
    const linksOnly = [
      ['จังหวัด', 'ลิงก์ไฟล์สรุปของจังหวัด'],
      ['ตาก', 'https://docs.google.com/spreadsheets/d/tak-id/edit'],
    ];
    const read = readRunSettings({ coordinators, summaryFiles: linksOnly }, provinces, { myDrive: true });
    expect(read.ok && read.settings.summaryFiles.get('ตาก')).toBe('tak-id');
  });
});
