/**
 * The files coordinators really have: CSVs saved by Excel on Thai Windows (Windows-874, UTF-16), workbooks whose
 * responses are not on the first sheet, and files that are empty, binary or only a header row.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { registryFromGrid } from '../../core/registry/import';
import { readGrid } from '../local/read-grid';
import { encodeText, sniffEncoding, type TextEncoding } from '../local/text-encoding';
import { sharedDataPath, testWithSharedData } from '../testing/shared-data';
import type { SummarizeOptions } from './args';
import { readInput } from './inputs';
import { runSummarize } from './summarize-job';
import { REGISTRY_CSV, RESPONSES_CSV } from './test-fixtures';
import { UserError } from './user-error';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lao-input-files-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const now = new Date('2026-06-22T08:00:00Z');

/** The ways Excel and Sheets save a CSV: UTF-8 with a BOM (Sheets, "CSV UTF-8"), Windows-874 ("CSV"), UTF-16. */
const SAVED_AS: ReadonlyArray<{ label: string; encoding: TextEncoding; bom: boolean; tabs?: boolean }> = [
  { label: 'UTF-8 without BOM', encoding: 'utf-8', bom: false },
  { label: 'Windows-874', encoding: 'windows-874', bom: false },
  { label: 'UTF-16LE with BOM', encoding: 'utf-16le', bom: true },
  { label: 'UTF-16LE without BOM', encoding: 'utf-16le', bom: false },
  { label: 'UTF-16BE with BOM', encoding: 'utf-16be', bom: true },
  { label: 'UTF-16LE tab-separated ("Unicode Text" renamed .csv)', encoding: 'utf-16le', bom: true, tabs: true },
];

/** Comma to tab outside quotes: the fixtures quote only fields holding commas. */
function tabbed(csv: string): string {
  return csv.replace(/("[^"]*")|,/g, (match, quoted: string | undefined) => (quoted ? quoted.slice(1, -1) : '\t'));
}

async function save(name: string, text: string, how: (typeof SAVED_AS)[number]): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, encodeText(how.tabs ? tabbed(text) : text, how.encoding, how.bom));
  return path;
}

async function run(registry: string, responses: string, out: string): Promise<{ report: string; registrations: string; warnings: string[] }> {
  const warnings: string[] = [];
  const options: SummarizeOptions = { registry, responses, sessions: null, catalog: null, indicators: null, bangkokCode: null, out: join(dir, out) };
  await runSummarize(options, { info: () => undefined, warn: (l) => warnings.push(l) }, now);
  return {
    report: await readFile(join(dir, out, 'report.json'), 'utf8'),
    registrations: await readFile(join(dir, out, 'registrations.csv'), 'utf8'),
    warnings,
  };
}

describe('registry and responses saved the ways Excel saves them give the same report as UTF-8', () => {
  let utf8: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    const how = { label: 'UTF-8 with BOM', encoding: 'utf-8' as const, bom: true };
    utf8 = await run(await save('reg-utf8.csv', REGISTRY_CSV, how), await save('resp-utf8.csv', RESPONSES_CSV, how), 'out-utf8');
    expect(utf8.warnings).toEqual([]);
  });

  test.each(SAVED_AS.map((how) => [how.label, how] as const))('%s', async (_, how) => {
    const tag = `${how.encoding}-${how.bom}-${how.tabs ?? false}`;
    const registry = await save(`reg-${tag}.csv`, REGISTRY_CSV, how);
    const responses = await save(`resp-${tag}.csv`, RESPONSES_CSV, how);
    const result = await run(registry, responses, `out-${tag}`);
    expect(result.report).toBe(utf8.report);
    expect(result.registrations).toBe(utf8.registrations);
    // Read, and said so: the next save should be UTF-8.
    if (how.encoding === 'utf-8') expect(result.warnings).toEqual([]);
    else {
      expect(result.warnings).toHaveLength(2);
      expect(result.warnings[0]).toContain(`ไฟล์ ${registry} บันทึกด้วยรหัสอักขระ`);
      expect(result.warnings[0]).toContain('CSV UTF-8');
    }
  });

  testWithSharedData('the real DLA registry saved as Windows-874 and UTF-16 reads as the UTF-8 file does', ['lao-registry.csv'], async () => {
    const text = readFileSync(sharedDataPath('lao-registry.csv'), 'utf8').replace(/^\uFEFF/, '');
    const expected = registryFromGrid(await readGrid(sharedDataPath('lao-registry.csv')));
    expect(expected.ok && expected.entries).toHaveLength(7849);
    for (const how of SAVED_AS.slice(1)) {
      const path = await save(`real-registry-${how.encoding}-${how.bom}-${how.tabs ?? false}.csv`, text, how);
      expect(registryFromGrid(await readGrid(path))).toEqual(expected);
    }
  });
});

describe('what the bytes are', () => {
  const bytes = (...b: number[]) => Uint8Array.from(b);
  test('empty, blank, BOM-only and comma-only files are empty', () => {
    for (const b of [bytes(), bytes(0x0d, 0x0a, 0x20), bytes(0xef, 0xbb, 0xbf), bytes(0x2c, 0x2c, 0x0a), bytes(0xff, 0xfe, 0x0a, 0x00)]) {
      expect(sniffEncoding(b)).toEqual({ kind: 'empty' });
    }
  });
  test('an XLSX or XLS named .csv, and an image, are binary', () => {
    expect(sniffEncoding(bytes(0x50, 0x4b, 0x03, 0x04, 1, 2))).toEqual({ kind: 'binary', looksLike: 'xlsx' });
    expect(sniffEncoding(bytes(0xd0, 0xcf, 0x11, 0xe0, 1, 2))).toEqual({ kind: 'binary', looksLike: 'xls' });
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61', 'hex');
    expect(sniffEncoding(png)).toEqual({ kind: 'binary', looksLike: 'other' });
  });
  test('Thai text in each encoding', () => {
    const text = 'รหัส อปท.,ชื่อ อปท.\r\n6630107,วังหิน\r\n';
    expect(sniffEncoding(encodeText(text, 'utf-8', false))).toEqual({ kind: 'text', encoding: 'utf-8', bom: 0 });
    expect(sniffEncoding(encodeText(text, 'windows-874', false))).toEqual({ kind: 'text', encoding: 'windows-874', bom: 0 });
    expect(sniffEncoding(encodeText(text, 'utf-16le', false))).toEqual({ kind: 'text', encoding: 'utf-16le', bom: 0 });
    expect(sniffEncoding(encodeText(text, 'utf-16be', false))).toEqual({ kind: 'text', encoding: 'utf-16be', bom: 0 });
    expect(sniffEncoding(encodeText(text, 'utf-16be', true))).toEqual({ kind: 'text', encoding: 'utf-16be', bom: 2 });
  });
});

test('UTF-8 with a damaged byte stays UTF-8; Windows-874 Thai that happens to hold เน + a consonant stays Windows-874', () => {
  const good = encodeText('ชื่อ อปท.,เทศบาลตำบลแม่ระมาด\r\n6630107,วังหิน\r\n', 'utf-8', false);
  const cut = Buffer.concat([good, Buffer.from([0xe0, 0xb8])]); // the last letter cut in half
  expect(sniffEncoding(cut)).toEqual({ kind: 'text', encoding: 'utf-8', bom: 0 });
  expect(sniffEncoding(encodeText('เนกขัมม์,เน้นเนื้อหา,เนินมะปราง\r\n', 'windows-874', false))).toEqual({ kind: 'text', encoding: 'windows-874', bom: 0 });
});

describe('one clear Thai message for a file with nothing to read', () => {
  const read = (name: string, flag = '--responses', headerOnly?: 'warn') => {
    const notes: string[] = [];
    return readInput({ flag, path: join(dir, name) }, { headerOnly, note: (l) => notes.push(l) }).then(
      (grid) => ({ grid, notes, error: null as UserError | null }),
      (error: UserError) => ({ grid: null, notes, error }),
    );
  };

  test('an empty file', async () => {
    await writeFile(join(dir, 'empty.csv'), '');
    await writeFile(join(dir, 'blank.csv'), '\uFEFF\r\n,,,\r\n');
    for (const name of ['empty.csv', 'blank.csv']) {
      const { error } = await read(name);
      expect(error).toBeInstanceOf(UserError);
      expect(error!.message).toBe(`ไฟล์ ${join(dir, name)} ว่างเปล่า ไม่มีข้อมูลเลย กรุณาตรวจสอบว่าเลือกไฟล์ถูกต้อง (--responses)`);
    }
  });

  test('a workbook saved under a .csv name, and an image', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('a').addRow(['x']);
    await wb.xlsx.writeFile(join(dir, 'really.xlsx'));
    await writeFile(join(dir, 'workbook.csv'), await readFile(join(dir, 'really.xlsx')));
    expect((await read('workbook.csv')).error!.message).toContain('เป็นไฟล์ Excel (XLSX) แต่ชื่อลงท้ายด้วย .csv');
    await writeFile(join(dir, 'picture.csv'), Buffer.from('89504e470d0a1a0a0000000d4948445200000010', 'hex'));
    expect((await read('picture.csv')).error!.message).toBe(
      `ไฟล์ ${join(dir, 'picture.csv')} ไม่ใช่ไฟล์ข้อความ CSV (มีข้อมูลแบบไบนารี) กรุณาบันทึกจาก Excel หรือ Google Sheets เป็น "CSV UTF-8" หรือ .xlsx (--responses)`,
    );
  });

  test('a header-only file: an error for the registry, a warning for responses (the job still lists every LAO)', async () => {
    await writeFile(join(dir, 'header-only.csv'), `${RESPONSES_CSV.split('\r\n')[0]}\r\n`);
    const registry = await read('header-only.csv', '--registry');
    expect(registry.error!.message).toBe(`ไฟล์ ${join(dir, 'header-only.csv')} (--registry) มีแต่แถวหัวตาราง ยังไม่มีข้อมูล กรุณาตรวจสอบว่าเลือกไฟล์ถูกต้อง`);
    const responses = await read('header-only.csv', '--responses', 'warn');
    expect(responses.error).toBeNull();
    expect(responses.notes).toEqual([`คำเตือน: ไฟล์ ${join(dir, 'header-only.csv')} (--responses) มีแต่แถวหัวตาราง ยังไม่มีข้อมูล`]);
  });
});

describe('an XLSX whose responses are not on its first sheet', () => {
  let path: string;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('สรุป').addRows([
      ['จังหวัด', 'จำนวน'],
      ['ตาก', 3],
    ]);
    const responses = wb.addWorksheet('การตอบกลับแบบฟอร์ม 1');
    for (const line of RESPONSES_CSV.split('\r\n'))
      responses.addRow(
        line
          .replace(/"[^"]*"/g, (q) => q.slice(1, -1).replace(/,/g, '\u0001'))
          .split(',')
          .map((v) => v.replace(/\u0001/g, ',')),
      );
    wb.addWorksheet('หมายเหตุ').addRow(['ไม่เกี่ยวข้อง']);
    path = join(dir, 'responses.xlsx');
    await wb.xlsx.writeFile(path);
    await writeFile(join(dir, 'reg.csv'), REGISTRY_CSV);
  });

  test("the sheet with the form's headers is read, and the run says which", async () => {
    const warnings: string[] = [];
    const options: SummarizeOptions = {
      registry: join(dir, 'reg.csv'),
      responses: path,
      sessions: null,
      catalog: null,
      indicators: null,
      bangkokCode: null,
      out: join(dir, 'xlsx-out'),
    };
    const { report } = await runSummarize(options, { info: () => undefined, warn: (l) => warnings.push(l) }, now);
    expect(report.responses).toHaveLength(6);
    expect(warnings).toEqual([`ไฟล์ ${path} (--responses): อ่านแผ่นงาน "การตอบกลับแบบฟอร์ม 1" ซึ่งมีหัวตารางที่ต้องการ (ระบุแผ่นงานอื่นได้ด้วย --sheet)`]);
  });

  test('--sheet reads the sheet named, and a wrong name lists the sheets there are', async () => {
    const options = (sheet: string): SummarizeOptions => ({
      registry: join(dir, 'reg.csv'),
      responses: path,
      sessions: null,
      catalog: null,
      indicators: null,
      bangkokCode: null,
      out: join(dir, 'sheet-out'),
      sheet,
    });
    const error = await runSummarize(options('สรุป'), { info: () => undefined, warn: () => undefined }, now).catch((e: unknown) => e);
    expect((error as Error).message).toContain('ไม่มีคอลัมน์ "ชื่อ-นามสกุล"');
    const wrong = await runSummarize(options('Sheet1'), { info: () => undefined, warn: () => undefined }, now).catch((e: unknown) => e);
    expect((wrong as Error).message).toBe(`ไฟล์ ${path} ไม่มีแผ่นงาน "Sheet1" (มีแผ่นงาน "สรุป", "การตอบกลับแบบฟอร์ม 1", "หมายเหตุ") (--responses)`);
  });
});
