import { access, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { catalogFromGrid } from '../core/indicators/catalog';
import { checkEntries } from '../core/indicators/checks';
import { entriesFromGrid } from '../core/indicators/entries';
import { Registry } from '../core/registry/index';
import { registryFromGrid } from '../core/registry/import';
import { readGrid } from './local/read-grid';
import { runTemplates, TEMPLATES_USAGE } from './templates';
import { UserError } from './cli/user-error';

let dir: string;
let registryPath: string;
let catalogPath: string;

const REGISTRY_CSV = [
  'code,type,name,province,district',
  '6630106,อบต.,ท่าสายลวด,ตาก,แม่สอด',
  '4630102,เทศบาลเมือง,แม่สอด,ตาก,แม่สอด',
  '6630104,อบต.,แม่ระมาด,ตาก,แม่ระมาด',
  '2630101,อบจ.,ตาก,ตาก,เมืองตาก',
  '6810103,อบต.,คลองท่อมใต้,กระบี่,คลองท่อม',
].join('\r\n');

const CATALOG_CSV = [
  'รหัสตัวชี้วัด,ด้าน,ภารกิจ,ตัวชี้วัด,หน่วย,ค่าเป้าหมาย (%),ประเภท อปท.',
  'R1,ด้านที่ 1,ภารกิจที่ 1,ร้อยละของถนนลาดยางที่ได้รับการบำรุงรักษา,ร้อยละ,80,"อบต., เทศบาลเมือง"',
  'R2,ด้านที่ 1,ภารกิจที่ 1,ร้อยละของจุดอันตรายที่ได้รับการแก้ไข,ร้อยละ,75,องค์การบริหารส่วนตำบล',
  'C1,ด้านที่ 1,ภารกิจที่ 2,จำนวนครั้งที่จัดกิจกรรม,ครั้ง,50,ทม.',
].join('\r\n');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lao-templates-'));
  registryPath = join(dir, 'registry.csv');
  catalogPath = join(dir, 'catalog.csv');
  await writeFile(registryPath, REGISTRY_CSV);
  await writeFile(catalogPath, '\uFEFF' + CATALOG_CSV);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

type Validations = Record<string, ExcelJS.DataValidation>;

describe('npm run templates', () => {
  let sheet: ExcelJS.Worksheet;
  let path: string;

  beforeAll(async () => {
    const run = await runTemplates(['--registry', registryPath, '--catalog', catalogPath, '--out', join(dir, 'out'), '--province', 'จ.ตาก']);
    expect(run.files).toEqual([join(dir, 'out', 'ตาก.xlsx')]);
    path = run.files[0]!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['กรอกข้อมูลตัวชี้วัด', 'คำอธิบาย']);
    sheet = wb.worksheets[0]!;
  });

  test('one prefilled row per LAO and applicable indicator, district then code; the PAO has none', () => {
    const rows = (sheet.getSheetValues() as unknown[][]).slice(2).map((r) => [r[1], r[2], r[4], r[5], r[8]]);
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'รหัส อปท.',
      'ชื่อ อปท.',
      'ประเภท',
      'อำเภอ',
      'รหัสตัวชี้วัด',
      'ตัวชี้วัด',
      'หน่วย',
      'ค่าเป้าหมาย (%)',
      'กรอบการประเมิน (1)',
      'การจัดบริการสาธารณะ (2)',
      'หมายเหตุ',
    ]);
    expect(rows).toEqual([
      ['6630104', 'อบต.แม่ระมาด', 'แม่ระมาด', 'R1', 80],
      ['6630104', 'อบต.แม่ระมาด', 'แม่ระมาด', 'R2', 75],
      ['4630102', 'เทศบาลเมืองแม่สอด', 'แม่สอด', 'R1', 80],
      ['4630102', 'เทศบาลเมืองแม่สอด', 'แม่สอด', 'C1', 50],
      ['6630106', 'อบต.ท่าสายลวด', 'แม่สอด', 'R1', 80],
      ['6630106', 'อบต.ท่าสายลวด', 'แม่สอด', 'R2', 75],
    ]);
  });

  test('protected: prefilled columns locked, the two numbers and the note open', () => {
    expect((sheet as unknown as { sheetProtection: { sheet?: boolean } }).sheetProtection.sheet).toBe(true);
    for (const col of ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']) expect(sheet.getCell(`${col}2`).protection?.locked ?? true).toBe(true);
    for (const col of ['I', 'J', 'K']) expect(sheet.getCell(`${col}7`).protection?.locked).toBe(false);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 2 });
  });

  test('validated: numbers ≥ 0 on every data row of the two input columns, nowhere else', () => {
    const dv = (sheet as unknown as { dataValidations: { model: Validations } }).dataValidations.model;
    for (let r = 2; r <= 7; r++) {
      for (const col of ['I', 'J']) {
        expect(dv[`${col}${r}`]).toMatchObject({ type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0], allowBlank: true, showErrorMessage: true });
      }
    }
    expect(dv['I8']).toBeUndefined();
    expect(dv['K2']).toBeUndefined();
    expect(dv['I2']!.error).toContain('กรอบการประเมิน (1)');
  });

  test('a filled template reads back as entries and is checked', async () => {
    sheet.getCell('I2').value = 10;
    sheet.getCell('J2').value = 8;
    sheet.getCell('I3').value = '๑,๐๐๐';
    sheet.getCell('J3').value = 1200;
    const filled = join(dir, 'filled.xlsx');
    await sheet.workbook.xlsx.writeFile(filled);
    const read = entriesFromGrid(await readGrid(filled));
    if (!read.ok) throw new Error('entries');
    expect(read.rows).toHaveLength(6);
    const registry = registryFromGrid(await readGrid(registryPath));
    const catalog = catalogFromGrid(await readGrid(catalogPath));
    if (!registry.ok || !catalog.ok) throw new Error('inputs');
    const checked = checkEntries(read.rows, catalog.catalog, new Registry(registry.entries));
    expect(checked.slice(0, 3).map((e) => [e.row, e.result, e.reasons.map((r) => r.code)])).toEqual([
      [1, 'สูงกว่าค่าเป้าหมาย', []],
      [2, null, ['delivered_exceeds_frame']],
      [3, null, []],
    ]);
    expect(checked[2]!.entered).toBe(false);
  });

  test('every province without --province; Bangkok and provinces without applicable indicators are skipped', async () => {
    const run = await runTemplates(['--registry', registryPath, '--catalog', catalogPath, '--out', join(dir, 'all')]);
    expect(run.files.map((f) => f.slice(join(dir, 'all').length + 1)).sort()).toEqual(['กระบี่.xlsx', 'ตาก.xlsx']);
    expect(run.log.some((l) => l.includes('กรุงเทพมหานคร'))).toBe(true);
  });

  test('bad input is a Thai error and writes nothing', async () => {
    await expect(runTemplates(['--registry', registryPath, '--catalog', catalogPath, '--out', dir, '--province', 'ลำปาง'])).rejects.toThrow(
      'ไม่พบจังหวัด "ลำปาง" ในทะเบียน อปท.',
    );
    const badCatalog = join(dir, 'bad-catalog.csv');
    await writeFile(badCatalog, CATALOG_CSV.replace(',80,', ',แปดสิบ,'));
    const attempt = runTemplates(['--registry', registryPath, '--catalog', badCatalog, '--out', join(dir, 'bad')]);
    await expect(attempt).rejects.toBeInstanceOf(UserError);
    await expect(attempt).rejects.toThrow('ค่าเป้าหมาย "แปดสิบ"');
    await expect(access(join(dir, 'bad'))).rejects.toThrow();
    await expect(runTemplates(['--registry', registryPath])).rejects.toThrow('ต้องระบุ --registry, --catalog และ --out');
  });
});

test('--help prints the Thai usage and writes nothing; an unknown option is named in Thai', async () => {
  expect(await runTemplates(['--help'])).toEqual({ files: [], log: [TEMPLATES_USAGE] });
  expect(TEMPLATES_USAGE).toContain('sheets-schema/examples/README.md');
  await expect(runTemplates(['--regstry', 'x.csv'])).rejects.toThrow(/^ไม่รู้จักตัวเลือก --regstry\nวิธีใช้: npm run templates/);
});

test('an --out that is a file is refused in Thai before anything is read or written', async () => {
  await expect(runTemplates(['--registry', registryPath, '--catalog', catalogPath, '--out', registryPath])).rejects.toThrow(
    `--out ${registryPath} เป็นไฟล์ ไม่ใช่โฟลเดอร์`,
  );
});
