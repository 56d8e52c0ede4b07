import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { WorkbookLayout } from '../../sheets-schema/workbook';
import { readGrid } from './read-grid';
import { writeCsv } from './write-csv';
import { JsonLazyArray, jsonText, writeJson } from './write-json';
import { CUT_MARKER, EXCEL_CELL_LIMIT, writeWorkbook } from './write-workbook';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lao-local-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const entryLayout: WorkbookLayout = {
  title: 'แบบกรอกข้อมูล',
  sheets: [
    {
      name: 'กรอกข้อมูล',
      preamble: ['แบบกรอกข้อมูลตัวชี้วัด จังหวัดตาก', 'สร้างเมื่อ 1/7/2569'],
      columns: [
        { header: 'รหัส อปท.', kind: 'text', width: 11, locked: true },
        { header: 'ค่าเป้าหมาย (%)', kind: 'percent', locked: true },
        { header: 'กรอบการประเมิน (1)', kind: 'number', validation: { kind: 'number', min: 0 } },
        { header: 'สถานะ', kind: 'text', validation: { kind: 'list', values: ['ครบ', 'ไม่ครบ'] } },
        { header: 'หมายเหตุ', kind: 'text', width: 30 },
      ],
      rows: [
        ['6630101', 52.00384, 12.5, null, '=HYPERLINK("http://x","y")'],
        ['6630102', 75, null, 'ครบ', '+1'],
      ],
      freeze: { rows: 3, columns: 1 },
      protect: true,
    },
    {
      name: 'สรุป',
      columns: [
        { header: 'วันที่', kind: 'datetime' },
        { header: 'จำนวน', kind: 'integer' },
        { header: 'วัน', kind: 'date' },
      ],
      rows: [[new Date(Date.UTC(2026, 5, 22, 17, 30)), 1234, new Date(Date.UTC(2026, 5, 22, 17, 30))]],
      freeze: { rows: 1, columns: 0 },
    },
  ],
};

async function written(): Promise<ExcelJS.Workbook> {
  const path = join(dir, 'entry.xlsx');
  await writeWorkbook(entryLayout, path);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

describe('writeWorkbook', () => {
  let wb: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    wb = await written();
    ws = wb.getWorksheet('กรอกข้อมูล')!;
  });

  test('preamble above a bold header, widths from the layout or the kind', () => {
    expect(ws.getCell('A1').value).toBe('แบบกรอกข้อมูลตัวชี้วัด จังหวัดตาก');
    expect(ws.getCell('A2').value).toBe('สร้างเมื่อ 1/7/2569');
    expect(ws.getCell('A3').value).toBe('รหัส อปท.');
    expect(ws.getCell('E3').font?.bold).toBe(true);
    expect(ws.getColumn(1).width).toBe(11);
    expect(ws.getColumn(5).width).toBe(30);
    // No width given: at least the header's length.
    expect(ws.getColumn(3).width).toBeGreaterThanOrEqual('กรอบการประเมิน (1)'.length);
  });

  test('freeze panes and autofilter on the header row', () => {
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 3 });
    expect(ws.autoFilter).toBe('A3:E5');
  });

  test('numbers stay numbers with a format by kind; percent is shown as given, not multiplied', () => {
    expect(ws.getCell('B4').value).toBe(52.00384);
    expect(ws.getCell('B4').numFmt).toBe('#,##0.00');
    expect(ws.getCell('C4').value).toBe(12.5);
    expect(ws.getCell('A4').numFmt).toBe('@');
  });

  test('a text beginning with = or + is written as text, never a formula', () => {
    const cell = ws.getCell('E4');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('=HYPERLINK("http://x","y")');
    expect(ws.getCell('E5').value).toBe('+1');
  });

  test('validations on data rows only: number ≥ 0 and a list', () => {
    const dv = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
    expect(dv['C4']).toMatchObject({ type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0], allowBlank: true, showErrorMessage: true });
    expect(dv['C5']).toMatchObject({ type: 'decimal' });
    expect(dv['C3']).toBeUndefined();
    expect(dv['C6']).toBeUndefined();
    expect(dv['D4']).toMatchObject({ type: 'list', formulae: ['"ครบ,ไม่ครบ"'] });
    expect(dv['A4']).toBeUndefined();
  });

  test('protected sheet: locked columns stay locked, input columns are unlocked', () => {
    expect((ws as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection).toMatchObject({ sheet: true, autoFilter: true });
    expect(ws.getCell('A4').protection?.locked ?? true).toBe(true);
    expect(ws.getCell('B4').protection?.locked ?? true).toBe(true);
    expect(ws.getCell('C4').protection?.locked).toBe(false);
    expect(ws.getCell('E5').protection?.locked).toBe(false);
    expect(ws.getCell('C3').protection?.locked ?? true).toBe(true);
  });

  test('unprotected sheet; dates are real dates in Bangkok time, shown in the Buddhist era', () => {
    const summary = wb.getWorksheet('สรุป')!;
    expect((summary as unknown as { sheetProtection: unknown }).sheetProtection ?? null).toBeNull();
    // 17:30 UTC on 22 June 2026 is 00:30 on 23 June in Bangkok: the cell's clock (exceljs: its UTC fields).
    expect(summary.getCell('A2').value).toEqual(new Date(Date.UTC(2026, 5, 23, 0, 30)));
    expect(summary.getCell('A2').numFmt).toBe('[$-107041E]d mmm yyyy hh:mm');
    expect(summary.getCell('C2').value).toEqual(new Date(Date.UTC(2026, 5, 23, 0, 30)));
    expect(summary.getCell('C2').numFmt).toBe('[$-107041E]d mmmm yyyy');
    expect(summary.getCell('B2').value).toBe(1234);
    expect(summary.getCell('B2').numFmt).toBe('#,##0');
  });

  test("a text over Excel's 32,767-character cell limit is cut, marked, and reported", async () => {
    const path = join(dir, 'long.xlsx');
    const long = 'ก'.repeat(5_000_000);
    const cuts: Array<[string, string, number]> = [];
    const layout = {
      title: 't',
      sheets: [
        {
          name: 'ยาว',
          columns: [{ header: 'เหตุผล' }, { header: 'สั้น' }],
          rows: [
            ['สั้น', 'ข'.repeat(EXCEL_CELL_LIMIT)],
            [long, 'x'],
          ],
          freeze: { rows: 1, columns: 0 },
        },
      ],
    };
    await writeWorkbook(layout, path, { onCellCut: (sheet, cell, length) => cuts.push([sheet, cell, length]) });
    expect(cuts).toEqual([['ยาว', 'A3', 5_000_000]]);
    const grid = await readGrid(path);
    expect(grid[1]![1]).toHaveLength(EXCEL_CELL_LIMIT); // at the limit: kept whole
    const cut = grid[2]![0] as string;
    expect(cut).toHaveLength(EXCEL_CELL_LIMIT);
    expect(cut.endsWith(CUT_MARKER)).toBe(true);
    expect(cut.startsWith('ก'.repeat(1000))).toBe(true);
  });

  test('a file that cannot be written is a rejected promise, not a crash', async () => {
    await expect(writeWorkbook(entryLayout, join(dir, 'no-such-folder', 'x.xlsx'))).rejects.toThrow('ENOENT');
    await expect(writeWorkbook(entryLayout, dir)).rejects.toThrow('EISDIR');
  });

  test('a long list goes to a hidden sheet and is referenced by range', async () => {
    const values = Array.from({ length: 80 }, (_, i) => `ตัวเลือกที่ ${i + 1}`);
    const path = join(dir, 'long-list.xlsx');
    await writeWorkbook(
      {
        title: 't',
        sheets: [{ name: 'ก', columns: [{ header: 'เลือก', validation: { kind: 'list', values } }], rows: [[null]], freeze: { rows: 1, columns: 0 } }],
      },
      path,
    );
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(path);
    const dv = (back.getWorksheet('ก') as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
    expect(dv['A2']!.formulae[0]).toBe("'รายการเลือก'!$A$1:$A$80");
    const lists = back.getWorksheet('รายการเลือก')!;
    expect(lists.state).toBe('veryHidden');
    expect(lists.getCell('A80').value).toBe('ตัวเลือกที่ 80');
  });
});

describe('readGrid', () => {
  test('xlsx: first sheet or a named one, types kept, header first', async () => {
    const path = join(dir, 'entry.xlsx');
    await writeWorkbook(entryLayout, path);
    const grid = await readGrid(path);
    expect(grid[2]).toEqual(['รหัส อปท.', 'ค่าเป้าหมาย (%)', 'กรอบการประเมิน (1)', 'สถานะ', 'หมายเหตุ']);
    expect(grid[3]).toEqual(['6630101', 52.00384, 12.5, null, '=HYPERLINK("http://x","y")']);
    expect(grid[4]).toEqual(['6630102', 75, null, 'ครบ', '+1']);
    expect(grid.every((row) => row.length === 5)).toBe(true);
    const summary = await readGrid(path, { sheet: 'สรุป' });
    // Dates come back as the same instants.
    expect(summary).toEqual([
      ['วันที่', 'จำนวน', 'วัน'],
      [new Date(Date.UTC(2026, 5, 22, 17, 30)), 1234, new Date(Date.UTC(2026, 5, 22, 17, 30))],
    ]);
    await expect(readGrid(path, { sheet: 'ไม่มี' })).rejects.toThrow('ไม่มีแผ่นงาน "ไม่มี"');
  });

  test('xlsx: rich text, hyperlinks and formula results flattened; dates as Bangkok wall time; errors kept visible', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('ข้อมูล');
    ws.getCell('A1').value = 'ก';
    ws.getCell('B1').value = 'ข';
    ws.getCell('A2').value = { richText: [{ text: 'อบต.', font: { bold: true } }, { text: 'คลองท่อมใต้' }] };
    ws.getCell('B2').value = { text: 'ลิงก์', hyperlink: 'https://example.org' };
    ws.getCell('C2').value = { formula: 'B3*2', result: 84 };
    // A cell showing 1/7/2026 14:05 (exceljs writes a Date's UTC fields as the cell's wall time).
    ws.getCell('A3').value = new Date(Date.UTC(2026, 6, 1, 14, 5));
    ws.getCell('B3').value = 42;
    ws.getCell('C3').value = { formula: '1/0', result: { error: '#DIV/0!' } };
    ws.getCell('D4').value = true;
    const path = join(dir, 'rich.xlsx');
    await wb.xlsx.writeFile(path);
    expect(await readGrid(path)).toEqual([
      ['ก', 'ข', null, null],
      ['อบต.คลองท่อมใต้', 'ลิงก์', 84, null],
      [new Date(Date.UTC(2026, 6, 1, 7, 5)), 42, '#DIV/0!', null],
      [null, null, null, true],
    ]);
  });

  test('csv: BOM stripped, CRLF, quoted commas and newlines', async () => {
    const path = join(dir, 'google.csv');
    await writeFile(path, '\uFEFFประทับเวลา,ชื่อ\r\n"16/8/2021, 0:49:21","นาย ก, ""ข""\r\nบรรทัดสอง"\r\n1,\r\n');
    expect(await readGrid(path)).toEqual([
      ['ประทับเวลา', 'ชื่อ'],
      ['16/8/2021, 0:49:21', 'นาย ก, "ข"\r\nบรรทัดสอง'],
      ['1', null],
    ]);
  });

  test('csv: blank lines in the middle stay rows; no extra row from the final line break, LF or CRLF', async () => {
    const path = join(dir, 'blank-lines.csv');
    await writeFile(path, 'ก,ข\n\n1,2\n\n');
    expect(await readGrid(path)).toEqual([
      ['ก', 'ข'],
      [null, null],
      ['1', '2'],
      [null, null],
    ]);
    await writeFile(path, 'ก,ข\r\n1\r\n1,2,3');
    expect(await readGrid(path)).toEqual([
      ['ก', 'ข', null],
      ['1', null, null],
      ['1', '2', '3'],
    ]);
  });

  test('csv: a quote inside an unquoted value is kept; an unclosed quote is an error in Thai with its row', async () => {
    const path = join(dir, 'quotes.csv');
    await writeFile(path, 'ชื่อ,หมายเหตุ\nถนน 5" ซอย,ก\n');
    expect(await readGrid(path)).toEqual([
      ['ชื่อ', 'หมายเหตุ'],
      ['ถนน 5" ซอย', 'ก'],
    ]);
    await writeFile(path, 'ชื่อ,หมายเหตุ\nก,ข\n"ค,ง\nจ,ฉ\n');
    await expect(readGrid(path)).rejects.toThrow('เครื่องหมายอัญประกาศ (") ไม่ครบคู่ ตั้งแต่แถวที่ 3');
  });

  test('other extensions are refused in Thai', async () => {
    await expect(readGrid(join(dir, 'x.xls'))).rejects.toThrow('รองรับเฉพาะไฟล์ .csv และ .xlsx');
  });
});

describe('writeCsv', () => {
  test('round trip with Thai, commas, quotes and newlines; BOM first for Excel', async () => {
    const path = join(dir, 'out.csv');
    const rows = [
      ['อบต.คลองท่อมใต้', 'a,b', 'เขา "ว่า"', 'บรรทัด\nสอง', 12.5],
      ['=1+1', null, '', true, 0],
    ];
    await writeCsv(['ชื่อ', 'จุลภาค', 'อัญประกาศ', 'หลายบรรทัด', 'ตัวเลข'], rows, path);
    const bytes = await readFile(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('\r\n');
    expect(await readGrid(path)).toEqual([
      ['ชื่อ', 'จุลภาค', 'อัญประกาศ', 'หลายบรรทัด', 'ตัวเลข'],
      ['อบต.คลองท่อมใต้', 'a,b', 'เขา "ว่า"', 'บรรทัด\nสอง', '12.5'],
      ["'=1+1", null, null, 'true', '0'],
    ]);
  });

  test('formula-like cells neutralised with a leading quote (OWASP), numbers and other text untouched; raw keeps them', async () => {
    // OWASP's CSV-injection payloads, and the values that must not change.
    const payloads = [
      "=cmd|' /C calc'!A0",
      '=HYPERLINK("http://evil.example","คลิก")',
      '+1+cmd|calc',
      '-2+3+cmd|calc',
      '@SUM(1+1)*cmd|calc',
      '\t=1+1',
      '\r=1+1',
      '+66 81 234 5678',
    ];
    const kept = ['-5', '+0.5', '1e3', 'ปลัด อบต.', 'a=b', " '=already", ''];
    const path = join(dir, 'injection.csv');
    await writeCsv(
      ['=ค่า'],
      [...payloads, ...kept].map((v) => [v]),
      path,
    );
    const grid = await readGrid(path);
    expect(grid[0]).toEqual(["'=ค่า"]);
    expect(grid.slice(1, payloads.length + 1).map((r) => r[0])).toEqual(payloads.map((p) => `'${p}`));
    expect(grid.slice(payloads.length + 1).map((r) => r[0])).toEqual(kept.map((k) => k || null));
    await writeCsv(
      ['=ค่า'],
      payloads.map((v) => [v]),
      path,
      { raw: true },
    );
    expect((await readGrid(path)).map((r) => r[0])).toEqual(['=ค่า', ...payloads]);
  });

  test('dates in Bangkok time with their offset, never UTC', async () => {
    const path = join(dir, 'dates.csv');
    await writeCsv(['เวลาที่ส่ง'], [[new Date('2026-08-16T02:05:07.000Z')], [new Date(NaN)]], path);
    expect(await readGrid(path)).toEqual([['เวลาที่ส่ง'], ['2026-08-16T09:05:07+07:00'], [null]]);
  });
});

describe('writeCsv in batches', () => {
  test('thousands of rows come back whole and in order, one header and one BOM', async () => {
    const path = join(dir, 'many.csv');
    const rows = Array.from({ length: 4501 }, (_, i) => [String(i + 1), `อปท. ${i}`, i % 7 === 0 ? null : i / 4]);
    await writeCsv(['แถว', 'ชื่อ', 'ค่า'], rows, path);
    const text = await readFile(path, 'utf8');
    expect(text.match(/\uFEFF/g)).toHaveLength(1);
    const grid = await readGrid(path);
    expect(grid).toHaveLength(4502);
    expect(grid[0]).toEqual(['แถว', 'ชื่อ', 'ค่า']);
    expect(grid.slice(1)).toEqual(rows.map(([row, name, value]) => [row, name, value === null ? null : String(value)]));
  });
});

describe('writeJson', () => {
  test('written piece by piece, the same text as jsonText: objects indented, one array element per line', async () => {
    // Over a megabyte of text, so the file is written in several batches.
    const entries = Array.from({ length: 20_000 }, (_, i) => ({ row: i + 1, result: i % 2 ? 'สูงกว่าค่าเป้าหมาย' : null, errors: [] }));
    const value = { generatedAt: '2026-06-22T08:00:00.000Z', empty: [], none: {}, skipped: undefined, indicators: { entries } };
    const path = join(dir, 'report.json');
    await writeJson(path, value);
    const text = await readFile(path, 'utf8');
    expect(text.length).toBeGreaterThan(2 ** 20);
    expect(text).toBe(jsonText(value));
    expect(JSON.parse(text)).toEqual({ generatedAt: value.generatedAt, empty: [], none: {}, indicators: { entries } });
    expect(text.split('\n').slice(0, 7)).toEqual([
      '{',
      '  "generatedAt": "2026-06-22T08:00:00.000Z",',
      '  "empty": [],',
      '  "none": {},',
      '  "indicators": {',
      '    "entries": [',
      '      {"row":1,"result":null,"errors":[]},',
    ]);
    expect(text.endsWith('    ]\n  }\n}\n')).toBe(true);
  });

  test('an array whose elements are made as they are written: the same bytes as the array itself', async () => {
    const entries = Array.from({ length: 20_000 }, (_, i) => ({ row: i + 1, result: i % 2 ? 'สูงกว่าค่าเป้าหมาย' : null, errors: [] }));
    const lazy = (some: readonly unknown[]) => new JsonLazyArray(some.length, (i) => some[i]);
    const value = { generatedAt: '2026-06-22T08:00:00.000Z', indicators: { entries, provinces: [] } };
    await writeJson(join(dir, 'whole.json'), value);
    await writeJson(join(dir, 'lazy.json'), { ...value, indicators: { ...value.indicators, entries: lazy(entries) } });
    expect(Buffer.compare(await readFile(join(dir, 'lazy.json')), await readFile(join(dir, 'whole.json')))).toBe(0);
    for (const n of [0, 1, 2, 3]) {
      const some = entries.slice(0, n);
      expect(jsonText({ ...value, indicators: { entries: lazy(some) } })).toBe(jsonText({ ...value, indicators: { entries: some } }));
    }
  });
});
