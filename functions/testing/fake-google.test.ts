/** The fake server answers the real googleapis client the way the REST reference says Google does. */
import { fixedTokenAuth, startFakeSetup, type FakeSetup } from './fake-clients';
import { GoogleApi } from '../google-api';
import { SPREADSHEET_MIME } from './fake-drive';
import { startFakeGoogle } from './fake-google';
import { VirtualClock } from './virtual-clock';

let setup: FakeSetup;
beforeEach(async () => {
  // No retries here: these tests look at the raw answers.
  setup = await startFakeSetup({ callerHasDriveStorage: true }, { maxRetries: 0, perMinute: { sheetsRead: 1000, sheetsWrite: 1000 } });
});
afterEach(() => setup.fake.close());

const errorOf = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    const err = e as { status?: number; response?: { status: number; data: any } };
    return { status: err.response?.status ?? err.status, data: err.response?.data };
  }
  throw new Error('expected the call to fail');
};

async function newSpreadsheet(title = 'ทดสอบ', sheetTitle = 'ผู้ลงทะเบียน') {
  const { data } = await setup.api.sheets.spreadsheets.create({
    requestBody: { properties: { title }, sheets: [{ properties: { title: sheetTitle, gridProperties: { rowCount: 20, columnCount: 5 } } }] },
  });
  return data.spreadsheetId!;
}

describe('Sheets', () => {
  test('create, then get with a field mask returns only the masked fields', async () => {
    const id = await newSpreadsheet();
    const { data } = await setup.api.sheets.spreadsheets.get({ spreadsheetId: id, fields: 'properties.title,sheets(properties(title,gridProperties))' });
    expect(data).toEqual({
      properties: { title: 'ทดสอบ' },
      sheets: [{ properties: { title: 'ผู้ลงทะเบียน', gridProperties: { rowCount: 20, columnCount: 5 } } }],
    });
    expect(setup.fake.counts).toEqual({ 'sheets.spreadsheets.create': 1, 'sheets.spreadsheets.get': 1 });
  });

  test('RAW keeps text as typed; USER_ENTERED turns = into a formula and digits into numbers', async () => {
    const id = await newSpreadsheet();
    const row = ['=IMPORTXML("http://x")', '0812345678', 'TRUE', "'0812"];
    await setup.api.sheets.spreadsheets.values.update({
      spreadsheetId: id,
      range: "'ผู้ลงทะเบียน'!A1:D1",
      valueInputOption: 'RAW',
      requestBody: { values: [row] },
    });
    await setup.api.sheets.spreadsheets.values.update({
      spreadsheetId: id,
      range: "'ผู้ลงทะเบียน'!A2:D2",
      valueInputOption: 'USER_ENTERED',
      requestBody: { values: [row] },
    });
    expect(setup.fake.sheets.grid(id, 'ผู้ลงทะเบียน')).toEqual([row, ['=IMPORTXML("http://x")', 812345678, true, '0812']]);
    expect([...setup.fake.sheets.formulas(id).keys()]).toEqual(['ผู้ลงทะเบียน!A2']);
    const { data } = await setup.api.sheets.spreadsheets.values.get({ spreadsheetId: id, range: "'ผู้ลงทะเบียน'!A1:D2", valueRenderOption: 'FORMULA' });
    expect(data.values![1]![0]).toBe('=IMPORTXML("http://x")');
  });

  test('valueInputOption is required', async () => {
    const id = await newSpreadsheet();
    const err = await errorOf(setup.api.sheets.spreadsheets.values.update({ spreadsheetId: id, range: "'ผู้ลงทะเบียน'!A1", requestBody: { values: [['x']] } }));
    expect(err.status).toBe(400);
    expect(err.data.error.message).toMatch(/valueInputOption/);
  });

  test('ranges: quoted Thai names, whole-sheet reads, trailing blanks trimmed, unquoted spaces refused', async () => {
    const id = await newSpreadsheet('t', 'สรุป รายอำเภอ');
    setup.fake.sheets.seedValues(id, 'สรุป รายอำเภอ', [
      ['อำเภอ', 'จำนวน', null],
      ['เมือง', 3, null],
      [null, null, null],
    ]);
    const { data } = await setup.api.sheets.spreadsheets.values.batchGet({
      spreadsheetId: id,
      ranges: ["'สรุป รายอำเภอ'", "'สรุป รายอำเภอ'!B1:B5"],
      valueRenderOption: 'UNFORMATTED_VALUE',
    });
    expect(data.valueRanges!.map((v) => v.values)).toEqual([
      [
        ['อำเภอ', 'จำนวน'],
        ['เมือง', 3],
      ],
      [['จำนวน'], [3]],
    ]);
    expect(data.valueRanges![0]!.range).toBe("'สรุป รายอำเภอ'!A1:E20");
    const err = await errorOf(setup.api.sheets.spreadsheets.values.get({ spreadsheetId: id, range: 'สรุป รายอำเภอ!A1' }));
    expect(err).toMatchObject({ status: 400, data: { error: { status: 'INVALID_ARGUMENT', message: expect.stringMatching(/Unable to parse range/) } } });
    const missing = await errorOf(setup.api.sheets.spreadsheets.values.get({ spreadsheetId: id, range: "'ไม่มี'" }));
    expect(missing.status).toBe(400);
  });

  test('dates read as serials, or as the sheet shows them with FORMATTED_STRING', async () => {
    const id = await newSpreadsheet();
    setup.fake.sheets.seedValues(id, 'ผู้ลงทะเบียน', [['ประทับเวลา'], [new Date('2021-08-15T17:49:21Z')]]);
    const read = (dateTimeRenderOption: string) =>
      setup.api.sheets.spreadsheets.values.get({ spreadsheetId: id, range: "'ผู้ลงทะเบียน'!A2", valueRenderOption: 'UNFORMATTED_VALUE', dateTimeRenderOption });
    expect((await read('FORMATTED_STRING')).data.values).toEqual([['16/8/2021, 0:49:21']]);
    const serial = (await read('SERIAL_NUMBER')).data.values![0]![0] as number;
    expect(serial).toBeCloseTo(44424.034270833, 6);
  });

  test('writes must fit the range and the grid', async () => {
    const id = await newSpreadsheet();
    const tooMany = await errorOf(
      setup.api.sheets.spreadsheets.values.update({
        spreadsheetId: id,
        range: "'ผู้ลงทะเบียน'!A1:B1",
        valueInputOption: 'RAW',
        requestBody: {
          values: [
            ['a', 'b'],
            ['c', 'd'],
          ],
        },
      }),
    );
    expect(tooMany.data.error.message).toBe("Requested writing within range ['ผู้ลงทะเบียน'!A1:B1], but tried writing to row [2]");
    const offGrid = await errorOf(
      setup.api.sheets.spreadsheets.values.update({
        spreadsheetId: id,
        range: "'ผู้ลงทะเบียน'!A1:F1",
        valueInputOption: 'RAW',
        requestBody: { values: [['a']] },
      }),
    );
    expect(offGrid.data.error.message).toMatch(/exceeds grid limits. Max rows: 20, max columns: 5/);
    const long = await errorOf(
      setup.api.sheets.spreadsheets.values.update({
        spreadsheetId: id,
        range: "'ผู้ลงทะเบียน'!A1",
        valueInputOption: 'RAW',
        requestBody: { values: [['ก'.repeat(50_001)]] },
      }),
    );
    expect(long.data.error.message).toMatch(/maximum of 50000 characters/);
  });

  test('batchUpdate is atomic and answers one reply per request', async () => {
    const id = await newSpreadsheet();
    const bad = await errorOf(
      setup.api.sheets.spreadsheets.batchUpdate({
        spreadsheetId: id,
        requestBody: { requests: [{ addSheet: { properties: { title: 'ใหม่' } } }, { deleteSheet: { sheetId: 999 } }] },
      }),
    );
    expect(bad.data.error.message).toBe('Invalid requests[1].deleteSheet: No grid with id: 999');
    expect(setup.fake.sheets.get(id).sheets.map((s) => s.properties.title)).toEqual(['ผู้ลงทะเบียน']);

    const { data } = await setup.api.sheets.spreadsheets.batchUpdate({
      spreadsheetId: id,
      requestBody: {
        requests: [
          { addSheet: { properties: { sheetId: 7, title: 'ใหม่', gridProperties: { rowCount: 3, columnCount: 2, frozenRowCount: 1 } } } },
          {
            updateDimensionProperties: {
              range: { sheetId: 7, dimension: 'COLUMNS', startIndex: 0, endIndex: 1 },
              properties: { pixelSize: 180 },
              fields: 'pixelSize',
            },
          },
          {
            repeatCell: {
              range: { sheetId: 7, startRowIndex: 0, endRowIndex: 1 },
              cell: { userEnteredFormat: { textFormat: { bold: true } } },
              fields: 'userEnteredFormat.textFormat.bold',
            },
          },
        ],
      },
    });
    expect(data.replies).toEqual([{ addSheet: { properties: expect.objectContaining({ sheetId: 7, title: 'ใหม่', index: 1 }) } }, {}, {}]);
    const sheet = setup.fake.sheets.sheet(id, 'ใหม่');
    expect(sheet.columnWidths.get(0)).toBe(180);
    expect(sheet.cells[0]![1]!.userEnteredFormat).toEqual({ textFormat: { bold: true } });
  });

  test('values.clear empties values but keeps formats; autoResize widens to the content', async () => {
    const id = await newSpreadsheet();
    const sheet = () => setup.fake.sheets.sheet(id, 'ผู้ลงทะเบียน');
    const sheetId = sheet().properties.sheetId;
    await setup.api.sheets.spreadsheets.values.update({
      spreadsheetId: id,
      range: "'ผู้ลงทะเบียน'!A1:B2",
      valueInputOption: 'RAW',
      requestBody: {
        values: [
          ['ชื่อ', 'x'],
          ['องค์การบริหารส่วนตำบลคลองท่อมใต้', 'y'],
        ],
      },
    });
    await setup.api.sheets.spreadsheets.batchUpdate({
      spreadsheetId: id,
      requestBody: {
        requests: [
          {
            repeatCell: {
              range: { sheetId, startRowIndex: 0, endRowIndex: 1 },
              cell: { userEnteredFormat: { textFormat: { bold: true } } },
              fields: 'userEnteredFormat.textFormat.bold',
            },
          },
          { autoResizeDimensions: { dimensions: { sheetId, dimension: 'COLUMNS', startIndex: 0, endIndex: 1 } } },
        ],
      },
    });
    expect(sheet().columnWidths.get(0)).toBeGreaterThan(200);
    const { data } = await setup.api.sheets.spreadsheets.values.clear({ spreadsheetId: id, range: "'ผู้ลงทะเบียน'!A1:A2" });
    expect(data).toEqual({ spreadsheetId: id, clearedRange: "'ผู้ลงทะเบียน'!A1:A2" });
    expect(setup.fake.sheets.grid(id, 'ผู้ลงทะเบียน')).toEqual([
      [null, 'x'],
      [null, 'y'],
    ]);
    expect(sheet().cells[0]![0]!.userEnteredFormat).toEqual({ textFormat: { bold: true } });
  });

  test('frozen rows must leave a row visible; the last sheet cannot be deleted', async () => {
    const id = await newSpreadsheet();
    const sheetId = setup.fake.sheets.sheet(id, 'ผู้ลงทะเบียน').properties.sheetId;
    const freezeAll = await errorOf(
      setup.api.sheets.spreadsheets.batchUpdate({
        spreadsheetId: id,
        requestBody: {
          requests: [{ updateSheetProperties: { properties: { sheetId, gridProperties: { frozenRowCount: 20 } }, fields: 'gridProperties.frozenRowCount' } }],
        },
      }),
    );
    expect(freezeAll.data.error.message).toMatch(/can't freeze all visible rows/);
    const deleteLast = await errorOf(
      setup.api.sheets.spreadsheets.batchUpdate({
        spreadsheetId: id,
        requestBody: { requests: [{ deleteSheet: { sheetId } }] },
      }),
    );
    expect(deleteLast.data.error.message).toMatch(/can't remove all the sheets/);
  });

  test('the cell limit of a spreadsheet is enforced', async () => {
    await setup.fake.close();
    setup = await startFakeSetup({ maxCells: 1000, callerHasDriveStorage: true }, { maxRetries: 0 });
    const id = await newSpreadsheet(); // 20 × 5 = 100 cells
    const err = await errorOf(
      setup.api.sheets.spreadsheets.batchUpdate({
        spreadsheetId: id,
        requestBody: { requests: [{ addSheet: { properties: { title: 'ใหญ่', gridProperties: { rowCount: 100, columnCount: 10 } } } }] },
      }),
    );
    expect(err.data.error.message).toBe(
      'Invalid requests[0].addSheet: This action would increase the number of cells in the workbook above the limit of 1000 cells.',
    );
  });

  test('requests without the bearer token are refused', async () => {
    await setup.fake.close();
    setup = await startFakeSetup({ accessToken: 'right' }, { maxRetries: 0, auth: fixedTokenAuth('wrong') });
    const err = await errorOf(setup.api.sheets.spreadsheets.get({ spreadsheetId: 'x' }));
    expect(err).toMatchObject({ status: 401, data: { error: { status: 'UNAUTHENTICATED' } } });
  });

  test("over the per-minute quota: 429 in Google's shape; the next minute is free again", async () => {
    setup.fake.setQuota('sheetsRead', 2);
    const id = await newSpreadsheet();
    const get = () => setup.api.sheets.spreadsheets.get({ spreadsheetId: id, fields: 'spreadsheetId' });
    await get();
    await get();
    const err = await errorOf(get());
    expect(err.status).toBe(429);
    expect(err.data.error).toMatchObject({
      code: 429,
      status: 'RESOURCE_EXHAUSTED',
      message: expect.stringContaining("limit 'Read requests per minute per user'"),
      details: [expect.objectContaining({ reason: 'RATE_LIMIT_EXCEEDED' })],
    });
    await setup.clock.sleep(60_000);
    await expect(get()).resolves.toBeDefined();
    expect(setup.fake.counts['sheets.spreadsheets.get']).toBe(4);
  });
});

describe('Drive', () => {
  test('create in a folder, then list by Thai name with quotes escaped', async () => {
    const folder = setup.fake.drive.addFolder('สรุปรายจังหวัด');
    const name = "สรุป จังหวัดพระนครศรีอยุธยา (ฉบับ 'ทดสอบ')";
    const { data: created } = await setup.api.drive.files.create({ requestBody: { name, mimeType: SPREADSHEET_MIME, parents: [folder] } });
    expect(created).toEqual({ kind: 'drive#file', id: created.id, name, mimeType: SPREADSHEET_MIME });
    expect(setup.fake.sheets.get(created.id!).properties.title).toBe(name);

    const q = `name = '${name.replace(/'/g, "\\'")}' and '${folder}' in parents and mimeType = '${SPREADSHEET_MIME}' and trashed = false`;
    const { data } = await setup.api.drive.files.list({ q, fields: 'files(id,name)' });
    expect(data).toEqual({ files: [{ id: created.id, name }] });
    const other = await setup.api.drive.files.list({ q: `name = 'อื่น' and '${folder}' in parents` });
    expect(other.data.files).toEqual([]);
    const bad = await errorOf(setup.api.drive.files.list({ q: 'name = unquoted' }));
    expect(bad).toMatchObject({ status: 400, data: { error: { errors: [{ reason: 'invalid' }] } } });
  });

  test('files.update merges app properties (null deletes) and refuses what it does not model', async () => {
    const folder = setup.fake.drive.addFolder('f');
    const { data: file } = await setup.api.drive.files.create({ requestBody: { name: 'ก', mimeType: SPREADSHEET_MIME, parents: [folder] } });
    await setup.api.drive.files.update({ fileId: file.id!, requestBody: { appProperties: { a: '1', b: '2' } } });
    await setup.api.drive.files.update({ fileId: file.id!, requestBody: { appProperties: { a: null as unknown as string, c: '3' } } });
    const { data } = await setup.api.drive.files.list({ q: `'${folder}' in parents`, fields: 'files(appProperties)' });
    expect(data.files).toEqual([{ appProperties: { b: '2', c: '3' } }]);
    const err = await errorOf(setup.api.drive.files.update({ fileId: file.id!, requestBody: { description: 'x' } }));
    expect(err.status).toBe(400);
  });

  test('creating in a folder that does not exist is a 404', async () => {
    const err = await errorOf(setup.api.drive.files.create({ requestBody: { name: 'x', mimeType: SPREADSHEET_MIME, parents: ['nope'] } }));
    expect(err).toMatchObject({ status: 404, data: { error: { message: 'File not found: nope.' } } });
  });

  test('permissions: create (same id per user), list via files fields, delete; the owner stays', async () => {
    const folder = setup.fake.drive.addFolder('f');
    const { data: file } = await setup.api.drive.files.create({ requestBody: { name: 'ก', mimeType: SPREADSHEET_MIME, parents: [folder] } });
    const { data: p } = await setup.api.drive.permissions.create({
      fileId: file.id!,
      sendNotificationEmail: false,
      fields: 'id,emailAddress,role',
      requestBody: { type: 'user', role: 'reader', emailAddress: 'Somchai@Example.go.th' },
    });
    expect(p).toEqual({ id: expect.any(String), emailAddress: 'somchai@example.go.th', role: 'reader' });
    const { data } = await setup.api.drive.files.list({ q: `'${folder}' in parents`, fields: 'files(permissions(id,role,emailAddress))' });
    expect(data.files![0]!.permissions!.map((x) => x.role).sort()).toEqual(['owner', 'reader']);
    await setup.api.drive.permissions.delete({ fileId: file.id!, permissionId: p.id! });
    expect(setup.fake.drive.sharedWith(file.id!)).toEqual([setup.fake.drive.callerEmail]);
    const owner = setup.fake.drive.file(file.id!).permissions[0]!;
    const err = await errorOf(setup.api.drive.permissions.delete({ fileId: file.id!, permissionId: owner.id }));
    expect(err.status).toBe(403);
    expect(setup.fake.drive.notifications).toEqual([]);
  });
});

describe('where Google fails', () => {
  let strict: FakeSetup;
  beforeEach(async () => {
    strict = await startFakeSetup({}, { maxRetries: 0 });
  });
  afterEach(() => strict.fake.close());

  test('a service account has no Drive storage: creating in My Drive is 403 storageQuotaExceeded; in a shared drive it works', async () => {
    const folder = strict.fake.drive.addFolder('ของเจ้าของ');
    const mine = await errorOf(strict.api.drive.files.create({ requestBody: { name: 'x', mimeType: SPREADSHEET_MIME, parents: [folder] } }));
    expect(mine).toMatchObject({ status: 403, data: { error: { errors: [{ reason: 'storageQuotaExceeded' }] } } });
    const sheets = await errorOf(strict.api.sheets.spreadsheets.create({ requestBody: { properties: { title: 'x' } } }));
    expect(sheets.status).toBe(403);
    const drive = strict.fake.drive.addSharedDrive('ไดรฟ์ที่แชร์');
    // Without supportsAllDrives the shared drive is invisible (404).
    expect((await errorOf(strict.api.drive.files.create({ requestBody: { name: 'x', mimeType: SPREADSHEET_MIME, parents: [drive] } }))).status).toBe(404);
    const { data } = await strict.api.drive.files.create({ supportsAllDrives: true, requestBody: { name: 'x', mimeType: SPREADSHEET_MIME, parents: [drive] } });
    expect(strict.fake.drive.file(data.id!).driveId).toBe(drive);
  });

  test('shared-drive listings carry no permissions; permissions.list does, with inherited ones that cannot be deleted', async () => {
    const drive = strict.fake.drive.addSharedDrive('ไดรฟ์ที่แชร์');
    const { data: file } = await strict.api.drive.files.create({
      supportsAllDrives: true,
      fields: 'id',
      requestBody: { name: 'x', mimeType: SPREADSHEET_MIME, parents: [drive] },
    });
    const listed = await strict.api.drive.files.list({
      q: `'${drive}' in parents`,
      supportsAllDrives: true,
      includeItemsFromAllDrives: true,
      fields: 'files(id,permissions(id))',
    });
    expect(listed.data.files).toEqual([{ id: file.id }]);
    const { data } = await strict.api.drive.permissions.list({
      fileId: file.id!,
      supportsAllDrives: true,
      fields: 'permissions(id,emailAddress,role,permissionDetails(inherited))',
    });
    const self = data.permissions!.find((p) => p.emailAddress === strict.fake.drive.callerEmail)!;
    expect(self).toMatchObject({ role: 'fileOrganizer', permissionDetails: [{ inherited: true }] });
    const err = await errorOf(strict.api.drive.permissions.delete({ fileId: file.id!, permissionId: self.id!, supportsAllDrives: true }));
    expect(err).toMatchObject({ status: 403, data: { error: { errors: [{ reason: 'cannotDeletePermission' }] } } });
  });

  test('Drive over its per-user quota answers 403 userRateLimitExceeded; an injected one carries Retry-After', async () => {
    strict.fake.setQuota('drive', 1);
    strict.fake.drive.addFolder('f');
    await strict.api.drive.about.get({ fields: 'user(emailAddress)' });
    const err = await errorOf(strict.api.drive.about.get({ fields: 'user(emailAddress)' }));
    expect(err).toMatchObject({ status: 403, data: { error: { errors: [{ reason: 'userRateLimitExceeded' }] } } });
    await strict.clock.sleep(60_000);
    strict.fake.failNext('drive.about.get', 403, 1, { reason: 'rateLimitExceeded', retryAfterSeconds: 7 });
    try {
      await strict.api.drive.about.get({ fields: 'user' });
      throw new Error('expected a failure');
    } catch (e) {
      expect((e as { response: { headers: Headers } }).response.headers.get('retry-after')).toBe('7');
    }
  });

  test('a body over 10 MiB is refused; with latency on, a request over 180 s is cut off with 503', async () => {
    const id = strict.fake.sheets.create({
      properties: { title: 't' },
      sheets: [{ properties: { title: 'a', gridProperties: { rowCount: 2, columnCount: 1 } } }],
    }).spreadsheetId;
    const big = 'ก'.repeat(4_000_000); // 12 MB as UTF-8
    const err = await errorOf(
      strict.api.sheets.spreadsheets.values.update({ spreadsheetId: id, range: "'a'!A1", valueInputOption: 'RAW', requestBody: { values: [[big]] } }),
    );
    expect(err).toMatchObject({ status: 400, data: { error: { message: 'Request payload size exceeds the limit: 10485760 bytes.' } } });

    const clock = new VirtualClock();
    const slow = await startFakeGoogle({ clock, latency: () => 200_000 });
    try {
      const before = clock.now();
      const api = new GoogleApi({ auth: fixedTokenAuth(slow.accessToken), rootUrl: slow.url, clock, maxRetries: 0 });
      const cut = await errorOf(api.drive.about.get({ fields: 'user' }));
      expect(cut.status).toBe(503);
      expect(clock.now() - before).toBe(180_000);
    } finally {
      await slow.close();
    }
  });

  test('access: a file the caller cannot see is a 404 in Drive; a viewer cannot write through Sheets (403)', async () => {
    const folder = strict.fake.drive.addFolder('ของเจ้าของ', { sharedWithCaller: false });
    const hidden = strict.fake.drive.addSpreadsheet(folder, 'ลับ');
    expect((await errorOf(strict.api.drive.files.get({ fileId: hidden }))).status).toBe(404);
    expect((await errorOf(strict.api.sheets.spreadsheets.get({ spreadsheetId: hidden }))).status).toBe(403);
    strict.fake.drive.createPermission(hidden, { type: 'user', role: 'reader', emailAddress: strict.fake.drive.callerEmail }, false);
    const { data } = await strict.api.drive.files.get({ fileId: hidden, fields: 'capabilities(canEdit)' });
    expect(data).toEqual({ capabilities: { canEdit: false } });
    await expect(strict.api.sheets.spreadsheets.get({ spreadsheetId: hidden, fields: 'spreadsheetId' })).resolves.toBeDefined();
    const write = await errorOf(strict.api.sheets.spreadsheets.batchUpdate({ spreadsheetId: hidden, requestBody: { requests: [{ addSheet: {} }] } }));
    expect(write).toMatchObject({ status: 403, data: { error: { status: 'PERMISSION_DENIED' } } });
  });

  test('a lost reply: the request is applied, the client gets no answer', async () => {
    const folder = strict.fake.drive.addSharedDrive('d');
    strict.fake.loseReplyNext('drive.files.create');
    await expect(
      strict.api.drive.files.create({ supportsAllDrives: true, requestBody: { name: 'x', mimeType: SPREADSHEET_MIME, parents: [folder] } }),
    ).rejects.toThrow();
    expect(strict.fake.drive.spreadsheetsIn(folder)).toHaveLength(1);
  });

  test('developer metadata: an ID in use cannot be created again, and the batch is all or nothing', async () => {
    const id = strict.fake.sheets.create({ properties: { title: 't' } }).spreadsheetId;
    const create = (value: string) => ({
      createDeveloperMetadata: {
        developerMetadata: { metadataId: 7, metadataKey: 'k', metadataValue: value, location: { spreadsheet: true }, visibility: 'PROJECT' },
      },
    });
    await strict.api.sheets.spreadsheets.batchUpdate({ spreadsheetId: id, requestBody: { requests: [create('a')] } });
    const err = await errorOf(
      strict.api.sheets.spreadsheets.batchUpdate({
        spreadsheetId: id,
        requestBody: {
          requests: [{ deleteDeveloperMetadata: { dataFilter: { developerMetadataLookup: { metadataId: 7, metadataValue: 'other' } } } }, create('b')],
        },
      }),
    );
    expect(err.status).toBe(400);
    const { data } = await strict.api.sheets.spreadsheets.developerMetadata.get({ spreadsheetId: id, metadataId: 7 });
    expect(data.metadataValue).toBe('a');
  });
});
