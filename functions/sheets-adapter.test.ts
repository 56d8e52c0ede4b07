import { parseTimestamp } from '../core/dates/parse';
import type { Grid } from '../sheets-schema/cell';
import type { SheetLayout, WorkbookLayout } from '../sheets-schema/workbook';
import { CellLimitError, widthInPixels } from './layout-requests';
import { readSheets, renderWorkbook } from './sheets-adapter';
import { startFakeSetup, type FakeSetup } from './testing/fake-clients';

let setup: FakeSetup;
afterEach(() => setup.fake.close());

async function blankSpreadsheet(title = 'สรุปจังหวัดตาก'): Promise<string> {
  const created = setup.fake.sheets.create({ properties: { title } });
  return created.spreadsheetId;
}

const attendees: SheetLayout = {
  name: 'ผู้ลงทะเบียน',
  preamble: ['ผู้ลงทะเบียน จังหวัดตาก', 'ข้อมูล ณ 22 มิ.ย. 2569 09:00 น.'],
  columns: [
    { header: 'ชื่อ-นามสกุล', width: 24 },
    { header: 'โทรศัพท์มือถือ', width: 14 },
    { header: 'ลงทะเบียนเมื่อ', kind: 'datetime' },
    { header: 'จำนวน', kind: 'integer' },
  ],
  rows: [
    ['=HYPERLINK("http://evil.example","คลิก")', '0812345678', new Date('2026-06-22T02:03:00Z'), 3],
    ['นางสาวสมหญิง ณ อยุธยา', '+66 81 234 5678', null, 1200],
  ],
  freeze: { rows: 3, columns: 1 },
};

const entry: SheetLayout = {
  name: 'กรอกตัวชี้วัด',
  columns: [
    { header: 'รหัส อปท.', locked: true },
    { header: 'รหัสตัวชี้วัด', locked: true },
    { header: 'กรอบการประเมิน (1)', kind: 'number', validation: { kind: 'number', min: 0 } },
    { header: 'ผลการดำเนินงาน', validation: { kind: 'list', values: ['ดำเนินการ', 'ไม่ดำเนินการ'] } },
  ],
  rows: [
    ['6630101', '1.1', null, null],
    ['6630102', '1.1', null, null],
  ],
  freeze: { rows: 1, columns: 2 },
  protect: true,
};

const workbook: WorkbookLayout = { title: 'สรุปจังหวัดตาก', sheets: [attendees, entry] };

describe('readSheets', () => {
  test('reads Thai-named sheets in windows sized from the grid (two each for 1,000 × 26 cells): numbers as numbers, timestamps as serials core/dates reads back', async () => {
    setup = await startFakeSetup();
    const id = await blankSpreadsheet('ต้นทาง');
    setup.fake.sheets.seedValues(id, 'การตอบแบบฟอร์ม 1', [
      ['ประทับเวลา', 'จังหวัด', 'รหัส อปท.'],
      [new Date('2026-06-01T03:04:05Z'), 'ตาก', 6630101],
      [new Date('2026-06-02T13:00:00Z'), null, "'0812"],
    ]);
    setup.fake.sheets.seedValues(id, "รอบ 'ประชุม'", [['รอบการประชุม'], ['รอบ 1']]);
    setup.fake.resetCounts();

    const read = await readSheets(setup.api, id, ['การตอบแบบฟอร์ม 1'], ["รอบ 'ประชุม'", 'ไม่มี']);
    expect(read).toEqual({
      ok: true,
      grids: new Map([
        [
          'การตอบแบบฟอร์ม 1',
          [
            ['ประทับเวลา', 'จังหวัด', 'รหัส อปท.'],
            [expect.any(Number), 'ตาก', 6630101],
            [expect.any(Number), '', "'0812"],
          ],
        ],
        ["รอบ 'ประชุม'", [['รอบการประชุม'], ['รอบ 1']]],
      ]),
    });
    const grid = (read as { grids: Map<string, Grid> }).grids.get('การตอบแบบฟอร์ม 1')!;
    expect(parseTimestamp(grid[1]![0]!)).toEqual(new Date('2026-06-01T03:04:05Z'));
    expect(parseTimestamp(grid[2]![0]!)).toEqual(new Date('2026-06-02T13:00:00Z'));
    expect(setup.fake.counts).toEqual({ 'sheets.spreadsheets.get': 1, 'sheets.spreadsheets.values.get': 4 });
  });

  test('a large sheet is read in windows, each response under the limit, rows kept in place', async () => {
    setup = await startFakeSetup({}, { perMinute: { sheetsRead: 1000 } });
    const id = await blankSpreadsheet('ต้นทาง');
    const rows = Array.from({ length: 3000 }, (_, i) => (i === 1500 ? [null, null] : [`แถวที่ ${i}`, i]));
    setup.fake.sheets.seedValues(id, 'ข้อมูล', [['ชื่อ', 'ค่า'], ...rows]);
    setup.fake.resetCounts();
    const read = await readSheets(setup.api, id, ['ข้อมูล'], [], 10_000);
    const grid = (read as { grids: Map<string, Grid> }).grids.get('ข้อมูล')!;
    expect(grid).toHaveLength(3001);
    expect(grid[1501]).toEqual([]);
    expect(grid[3000]).toEqual(['แถวที่ 2999', 2999]);
    const windows = setup.fake.log.filter((l) => l.method === 'sheets.spreadsheets.values.get');
    expect(windows.length).toBeGreaterThan(5);
    expect(Math.max(...windows.map((l) => l.responseBytes))).toBeLessThanOrEqual(10_000);
  });

  test('a missing sheet is named in Thai; nothing else is read', async () => {
    setup = await startFakeSetup();
    const id = await blankSpreadsheet('ต้นทาง');
    setup.fake.sheets.seedValues(id, 'ทะเบียน อปท.', [['รหัส อปท.']]);
    setup.fake.resetCounts();
    const read = await readSheets(setup.api, id, ['ทะเบียน อปท.', 'รอบการประชุม']);
    expect(read).toEqual({ ok: false, missingSheets: ['รอบการประชุม'], message: expect.stringContaining('ไม่พบแผ่นงาน "รอบการประชุม"') });
    expect(setup.fake.counts).toEqual({ 'sheets.spreadsheets.get': 1 });
  });
});

describe('renderWorkbook', () => {
  test('renders a layout in four requests (staged hidden, filled, swapped in): values RAW, freeze, widths, formats, protection, validation', async () => {
    setup = await startFakeSetup();
    const id = await blankSpreadsheet('ชื่อเดิม');
    const stats = await renderWorkbook(setup.api, id, workbook, { tag: 't' });

    expect(setup.fake.counts).toEqual({
      'sheets.spreadsheets.get': 1,
      'sheets.spreadsheets.batchUpdate': 2,
      'sheets.spreadsheets.values.batchUpdate': 1,
    });
    const ss = setup.fake.sheets.get(id);
    expect(ss.properties.title).toBe('สรุปจังหวัดตาก');
    expect(ss.sheets.map((s) => s.properties.title)).toEqual(['ผู้ลงทะเบียน', 'กรอกตัวชี้วัด']);

    expect(setup.fake.sheets.grid(id, 'ผู้ลงทะเบียน')).toEqual([
      ['ผู้ลงทะเบียน จังหวัดตาก'],
      ['ข้อมูล ณ 22 มิ.ย. 2569 09:00 น.'],
      ['ชื่อ-นามสกุล', 'โทรศัพท์มือถือ', 'ลงทะเบียนเมื่อ', 'จำนวน'],
      ['=HYPERLINK("http://evil.example","คลิก")', '0812345678', '22 มิ.ย. 2569 09:03', 3],
      ['นางสาวสมหญิง ณ อยุธยา', '+66 81 234 5678', null, 1200],
    ]);
    // User text is stored as text: no formula anywhere, the phone keeps its leading zero.
    expect(setup.fake.sheets.formulas(id).size).toBe(0);

    const sheet = setup.fake.sheets.sheet(id, 'ผู้ลงทะเบียน');
    expect(sheet.properties.gridProperties).toEqual({ rowCount: 5, columnCount: 4, frozenRowCount: 3, frozenColumnCount: 1 });
    expect([0, 1, 2, 3].map((c) => sheet.columnWidths.get(c))).toEqual([widthInPixels(24), widthInPixels(14), widthInPixels(18), widthInPixels(10)]);
    expect(sheet.cells[0]![0]!.userEnteredFormat).toEqual({ textFormat: { bold: true, fontSize: 13 } });
    expect(sheet.cells[2]![3]!.userEnteredFormat).toMatchObject({ textFormat: { bold: true }, wrapStrategy: 'WRAP' });
    expect(sheet.cells[3]![1]!.userEnteredFormat).toEqual({ numberFormat: { type: 'TEXT', pattern: '@' } });
    expect(sheet.cells[4]![3]!.userEnteredFormat).toEqual({ numberFormat: { type: 'NUMBER', pattern: '#,##0' } });
    expect(sheet.basicFilter).toEqual({
      range: { sheetId: sheet.properties.sheetId, startRowIndex: 2, endRowIndex: 5, startColumnIndex: 0, endColumnIndex: 4 },
    });
    expect(sheet.protectedRanges).toEqual([]);

    const input = setup.fake.sheets.sheet(id, 'กรอกตัวชี้วัด');
    const inputId = input.properties.sheetId;
    expect(input.properties.gridProperties).toEqual({ rowCount: 3, columnCount: 4, frozenRowCount: 1, frozenColumnCount: 2 });
    expect(input.protectedRanges).toEqual([
      expect.objectContaining({
        range: { sheetId: inputId },
        warningOnly: false,
        unprotectedRanges: [{ sheetId: inputId, startRowIndex: 1, endRowIndex: 3, startColumnIndex: 2, endColumnIndex: 4 }],
      }),
    ]);
    expect(input.cells[1]![2]!.dataValidation).toEqual({ condition: { type: 'NUMBER_GREATER_THAN_EQ', values: [{ userEnteredValue: '0' }] }, strict: true });
    expect(input.cells[2]![3]!.dataValidation).toEqual({
      condition: { type: 'ONE_OF_LIST', values: [{ userEnteredValue: 'ดำเนินการ' }, { userEnteredValue: 'ไม่ดำเนินการ' }] },
      strict: true,
      showCustomUi: true,
    });
    expect(input.cells[0]?.[3]?.dataValidation).toBeUndefined();
    expect(stats).toEqual({ sheets: 2, cells: 5 * 4 + 3 * 4, truncatedCells: 0, requests: 4 });
  });

  test('rendering again replaces content, reorders, drops sheets no longer in the layout', async () => {
    setup = await startFakeSetup();
    const id = await blankSpreadsheet();
    await renderWorkbook(setup.api, id, workbook, { tag: 't' });

    const shorter: WorkbookLayout = {
      title: workbook.title,
      sheets: [
        { ...entry, rows: [['6630101', '1.1', 5, 'ดำเนินการ']] },
        { ...attendees, rows: [], preamble: [], freeze: { rows: 1, columns: 0 } },
      ],
    };
    await renderWorkbook(setup.api, id, shorter, { tag: 't' });
    const ss = setup.fake.sheets.get(id);
    expect(ss.sheets.map((s) => s.properties.title)).toEqual(['กรอกตัวชี้วัด', 'ผู้ลงทะเบียน']);
    expect(ss.sheets.every((s) => !s.properties.hidden)).toBe(true);
    expect(setup.fake.sheets.grid(id, 'ผู้ลงทะเบียน')).toEqual([['ชื่อ-นามสกุล', 'โทรศัพท์มือถือ', 'ลงทะเบียนเมื่อ', 'จำนวน']]);
    const attendeesSheet = setup.fake.sheets.sheet(id, 'ผู้ลงทะเบียน');
    expect(attendeesSheet.properties.gridProperties).toEqual({ rowCount: 2, columnCount: 4, frozenRowCount: 1, frozenColumnCount: 0 });
    expect(attendeesSheet.cells[0]?.[0]?.userEnteredFormat).toMatchObject({ textFormat: { bold: true } }); // now the header
    const input = setup.fake.sheets.sheet(id, 'กรอกตัวชี้วัด');
    expect(input.protectedRanges).toHaveLength(1);
    expect(setup.fake.sheets.grid(id, 'กรอกตัวชี้วัด')).toEqual([
      ['รหัส อปท.', 'รหัสตัวชี้วัด', 'กรอบการประเมิน (1)', 'ผลการดำเนินงาน'],
      ['6630101', '1.1', 5, 'ดำเนินการ'],
    ]);

    await renderWorkbook(setup.api, id, { title: workbook.title, sheets: [entry] }, { tag: 't' });
    expect(setup.fake.sheets.get(id).sheets.map((s) => s.properties.title)).toEqual(['กรอกตัวชี้วัด']);
  });

  test("keeps the Apps Script menu's QR sheet, which is not the function's to remove", async () => {
    setup = await startFakeSetup();
    const id = await blankSpreadsheet();
    await renderWorkbook(setup.api, id, workbook, { tag: 't' });
    setup.fake.sheets.seedValues(id, 'QR ลงทะเบียนราย อปท.', [['อปท.'], ['อบต.แม่ระมาด']]);
    await renderWorkbook(setup.api, id, { title: workbook.title, sheets: [entry] }, { tag: 't' });
    expect(setup.fake.sheets.get(id).sheets.map((s) => s.properties.title)).toEqual(['กรอกตัวชี้วัด', 'QR ลงทะเบียนราย อปท.']);
    expect(setup.fake.sheets.grid(id, 'QR ลงทะเบียนราย อปท.')).toEqual([['อปท.'], ['อบต.แม่ระมาด']]);
  });

  test('over 10 million cells: refused before anything is written', async () => {
    setup = await startFakeSetup();
    const id = await blankSpreadsheet();
    const huge: SheetLayout = { name: 'ใหญ่', columns: Array.from({ length: 26 }, (_, i) => ({ header: `ค${i}` })), rows: [], freeze: { rows: 1, columns: 0 } };
    huge.rows = Array.from({ length: 400_000 }, () => []);
    await expect(renderWorkbook(setup.api, id, { title: 't', sheets: [huge] }, { tag: 't' })).rejects.toThrow(CellLimitError);
    expect(setup.fake.counts['sheets.spreadsheets.batchUpdate']).toBeUndefined();
  });

  test('a cell over 50,000 characters is cut, not refused', async () => {
    setup = await startFakeSetup();
    const id = await blankSpreadsheet();
    const long: SheetLayout = { name: 'ยาว', columns: [{ header: 'หมายเหตุ' }], rows: [['ก'.repeat(60_000)]], freeze: { rows: 1, columns: 0 } };
    const stats = await renderWorkbook(setup.api, id, { title: 't', sheets: [long] }, { tag: 't' });
    expect(stats.truncatedCells).toBe(1);
    expect((setup.fake.sheets.grid(id, 'ยาว')[1]![0] as string).length).toBe(50_000);
  });
});

describe('quota and errors', () => {
  test('429 from the per-minute quota: gaxios backs off on the injected clock and the write goes through', async () => {
    // Our own pace is loosened so the fake's quota is what stops us.
    setup = await startFakeSetup({ quota: { sheetsWrite: 1 } }, { perMinute: { sheetsWrite: 100 } });
    const id = await blankSpreadsheet();
    const before = setup.clock.now();
    await renderWorkbook(setup.api, id, workbook, { tag: 't' });
    const writes = setup.fake.log.filter((l) => l.bucket === 'sheetsWrite');
    expect(writes.map((l) => l.status)).toContain(429);
    expect(writes.filter((l) => l.status === 200)).toHaveLength(3);
    expect(setup.api.retries.sheetsWrite).toBe(writes.filter((l) => l.status === 429).length);
    expect(setup.clock.now() - before).toBeGreaterThanOrEqual(60_000);
    expect(setup.api.requestCount).toBe(setup.fake.log.length);
    expect(setup.fake.sheets.grid(id, 'ผู้ลงทะเบียน')).toHaveLength(5);
  });

  test('5xx is retried', async () => {
    setup = await startFakeSetup();
    const id = await blankSpreadsheet();
    setup.fake.failNext('sheets.spreadsheets.values.batchUpdate', 503, 2);
    await renderWorkbook(setup.api, id, workbook, { tag: 't' });
    expect(setup.fake.counts['sheets.spreadsheets.values.batchUpdate']).toBe(3);
    expect(setup.fake.sheets.grid(id, 'กรอกตัวชี้วัด')).toHaveLength(3);
  });

  test('a 4xx (here 404) is not retried', async () => {
    setup = await startFakeSetup();
    await expect(renderWorkbook(setup.api, 'no-such-spreadsheet', workbook, { tag: 't' })).rejects.toMatchObject({ response: { status: 404 } });
    expect(setup.fake.counts).toEqual({ 'sheets.spreadsheets.get': 1 });
  });

  test('pacing keeps 20 renders (60 writes) under 60 writes per minute without a single 429', async () => {
    setup = await startFakeSetup();
    const ids = await Promise.all(Array.from({ length: 20 }, (_, i) => blankSpreadsheet(`ไฟล์ ${i}`)));
    const start = setup.clock.now();
    for (const id of ids) await renderWorkbook(setup.api, id, workbook, { tag: 't' });
    expect(setup.fake.log.every((l) => l.status === 200)).toBe(true);
    const writes = setup.fake.log.filter((l) => l.bucket === 'sheetsWrite').map((l) => l.at);
    expect(writes).toHaveLength(60);
    for (const t of writes) expect(writes.filter((u) => u > t - 60_000 && u <= t).length).toBeLessThanOrEqual(60);
    // 60 writes fit in the first minute exactly; nothing had to wait.
    expect(setup.clock.now() - start).toBe(0);
    await renderWorkbook(setup.api, ids[0]!, workbook, { tag: 't' });
    expect(setup.clock.now() - start).toBeGreaterThanOrEqual(60_000);
    expect(setup.fake.log.every((l) => l.status === 200)).toBe(true);
  });
});

describe('renderWorkbook: the look of the XLSX output, in the same requests', () => {
  const followUp: SheetLayout = {
    name: 'อปท. ที่ยังไม่ลงทะเบียน',
    preamble: ['อปท. ที่ต้องติดตาม จังหวัดตาก'],
    columns: [
      { header: 'ผู้ติดตาม', width: 18 },
      { header: 'ชื่อ อปท.', width: 30 },
      { header: 'สิ่งที่ต้องติดตาม', width: 8, wrap: true },
      { header: 'ความคืบหน้า', width: 22 },
      { header: 'จำนวน', kind: 'integer' },
    ],
    rows: [
      ['อำเภอเมืองตาก', 'ต้องติดตาม 2 จาก 5 แห่ง', null, '■■■■■■□□□□ 60%', 5],
      ['อำเภอเมืองตาก', 'อบต.ไม้งาม', 'ยังไม่ลงทะเบียน และยังไม่กรอกตัวชี้วัดใด ๆ เลย', null, 1234],
      ['อำเภอเมืองตาก', 'อบต.น้ำรึม', 'ยังไม่ลงทะเบียน', null, null],
      ['อำเภอแม่สอด', 'ครบทั้ง 3 แห่ง', null, '■■■■■■■■■■ 100%', 3],
    ],
    freeze: { rows: 2, columns: 1 },
    tones: ['heading', 'missing', 'missing', 'good'],
    bars: { column: 3, rows: [{ done: 3, total: 5 }, null, null, { done: 3, total: 3 }] },
  };

  test('tones, wrap, header height, thousands separators and SPARKLINE bars are applied, with no request more', async () => {
    setup = await startFakeSetup();
    const id = await blankSpreadsheet();
    await renderWorkbook(setup.api, id, { title: 'สรุปจังหวัดตาก', sheets: [followUp] }, { tag: 't' });
    // The same four requests as a plain layout: the formats travel in the staging batchUpdate.
    expect(setup.fake.counts).toEqual({ 'sheets.spreadsheets.get': 1, 'sheets.spreadsheets.batchUpdate': 2, 'sheets.spreadsheets.values.batchUpdate': 1 });

    const sheet = setup.fake.sheets.sheet(id, followUp.name);
    const format = (r: number, c: number) => sheet.cells[r]?.[c]?.userEnteredFormat ?? {};
    const rgb = (hex: string) => ({
      red: parseInt(hex.slice(0, 2), 16) / 255,
      green: parseInt(hex.slice(2, 4), 16) / 255,
      blue: parseInt(hex.slice(4), 16) / 255,
    });
    expect(sheet.properties.gridProperties).toMatchObject({ frozenRowCount: 2, frozenColumnCount: 1 });
    // Header: wrapped, and tall enough for its longest header wrapped at its width (two lines of 16 pt + 4 = 36 pt, 48 px).
    expect(format(1, 2)).toMatchObject({ wrapStrategy: 'WRAP', textFormat: { bold: true } });
    expect(sheet.rowHeights?.get(1)).toBe(48);
    // Rows 2 and 3 (data rows 1-2) are one run of `missing`; every cell of a toned row is coloured, blanks included.
    for (const c of [0, 2, 4]) {
      expect(format(3, c)).toMatchObject({ backgroundColor: rgb('FCE4D6'), textFormat: { foregroundColor: rgb('833C0B'), bold: false } });
      expect(format(4, c)).toMatchObject({ backgroundColor: rgb('FCE4D6') });
    }
    expect(format(2, 1)).toMatchObject({ backgroundColor: rgb('D9E2F3'), textFormat: { foregroundColor: rgb('1F3864'), bold: true } });
    expect(format(5, 4)).toMatchObject({ backgroundColor: rgb('E2EFDA'), numberFormat: { type: 'NUMBER', pattern: '#,##0' } });
    // Long text wraps, and the row's other cells stand at its top beside it.
    expect(format(3, 2)).toMatchObject({ wrapStrategy: 'WRAP', verticalAlignment: 'TOP' });
    expect(format(3, 1)).toMatchObject({ verticalAlignment: 'TOP' });
    expect(format(3, 1).wrapStrategy).toBeUndefined();
    // Bars: a SPARKLINE in the heading rows' progress cells (the RAW values skipped them), the rest values as given.
    expect(setup.fake.sheets.formulas(id)).toEqual(
      new Map([
        [`${followUp.name}!D3`, '=SPARKLINE({3,2},{"charttype","bar";"max",5;"color1","#375623";"color2","#BFBFBF"})'],
        [`${followUp.name}!D6`, '=SPARKLINE({3,0},{"charttype","bar";"max",3;"color1","#375623";"color2","#BFBFBF"})'],
      ]),
    );
    expect(setup.fake.sheets.grid(id, followUp.name)[3]).toEqual(['อำเภอเมืองตาก', 'อบต.ไม้งาม', 'ยังไม่ลงทะเบียน และยังไม่กรอกตัวชี้วัดใด ๆ เลย', null, 1234]);
  });

  test('the fake refuses what the API refuses: a colour channel past 1, an unknown wrap strategy, a fractional row height, a range past the grid', async () => {
    setup = await startFakeSetup();
    const id = await blankSpreadsheet();
    const sheetId = setup.fake.sheets.get(id).sheets[0]!.properties.sheetId;
    const refused = async (request: Record<string, unknown>) => {
      await expect(setup.api.sheets.spreadsheets.batchUpdate({ spreadsheetId: id, requestBody: { requests: [request] } })).rejects.toMatchObject({ code: 400 });
    };
    const cell = (userEnteredFormat: Record<string, unknown>) => ({
      repeatCell: { range: { sheetId, startRowIndex: 0, endRowIndex: 1 }, cell: { userEnteredFormat }, fields: 'userEnteredFormat' },
    });
    await refused(cell({ backgroundColor: { red: 252, green: 228, blue: 214 } }));
    await refused(cell({ wrapStrategy: 'WRAP_TEXT' }));
    await refused(cell({ verticalAlignment: 'top' }));
    await refused({
      updateDimensionProperties: { range: { sheetId, dimension: 'ROWS', startIndex: 0, endIndex: 1 }, properties: { pixelSize: 21.5 }, fields: 'pixelSize' },
    });
    await refused({
      updateDimensionProperties: { range: { sheetId, dimension: 'ROWS', startIndex: 999, endIndex: 1001 }, properties: { pixelSize: 21 }, fields: 'pixelSize' },
    });
    await refused({
      updateCells: {
        start: { sheetId, rowIndex: 0, columnIndex: 0 },
        rows: [{ values: [{ userEnteredValue: { stringValue: 'a', formulaValue: '=1' } }] }],
        fields: 'userEnteredValue',
      },
    });
    // And takes the same shapes when they are right.
    await setup.api.sheets.spreadsheets.batchUpdate({
      spreadsheetId: id,
      requestBody: { requests: [cell({ backgroundColor: { red: 1, green: 0.5, blue: 0 }, wrapStrategy: 'WRAP' })] },
    });
    expect(setup.fake.sheets.get(id).sheets[0]!.cells[0]![0]!.userEnteredFormat).toEqual({
      backgroundColor: { red: 1, green: 0.5, blue: 0 },
      wrapStrategy: 'WRAP',
    });
  });
});
