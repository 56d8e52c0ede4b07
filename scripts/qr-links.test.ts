/**
 * `npm run qr -- --links FILE` for the product's own (picked-LAO) form: the links sheet as Apps Script writes it
 * (apps-script/rsvp-form.ts `rsvpLinksLayout`, the same code), downloaded from Google Sheets as CSV or XLSX or
 * re-saved by Excel in the Thai code page, gives each LAO's card its own link.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { rsvpLinksLayout } from '../apps-script/rsvp-form';
import { registryFromSheetGrid } from '../apps-script/inputs';
import type { PrefillTemplate } from '../core/rsvp/prefilled-links';
import { UserError } from './cli/user-error';
import { encodeText } from './local/text-encoding';
import { writeWorkbook } from './local/write-workbook';
import { runQr } from './qr';
import { decodeQrPng } from './testing/decode-qr';

const REGISTRY = [
  ['code', 'type', 'name', 'province', 'district'],
  ['2630101', 'อบจ.', 'ตาก', 'ตาก', 'เมืองตาก'],
  ['5630403', 'เทศบาลตำบล', 'แม่ระมาด', 'ตาก', 'แม่ระมาด'],
  ['6630405', 'อบต.', 'แม่ระมาด', 'ตาก', 'แม่ระมาด'],
  ['6580305', 'อบต.', 'แม่นาเติง', 'แม่ฮ่องสอน', 'ปาย'],
];

/** What สร้างแบบฟอร์มลงทะเบียน keeps for a picked-LAO form: the province question, then one drop-down per province. */
const TEMPLATE: PrefillTemplate = {
  base: 'https://docs.google.com/forms/d/e/1FAIpQLSdPICKED/viewform',
  entries: { province: 'entry.1001' },
  picked: { ตาก: { entry: 'entry.2001', page: 2 }, แม่ฮ่องสอน: { entry: 'entry.2002', page: 3 } },
};

let dir: string;
let registry: string;
let linksByCode: Map<string, string>;
let sheet: ReturnType<typeof rsvpLinksLayout>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lao-qr-links-'));
  registry = join(dir, 'registry.csv');
  await writeFile(registry, REGISTRY.map((r) => r.join(',')).join('\r\n'));
  // As สร้างแบบฟอร์มลงทะเบียน writes the sheet: the registry as Apps Script loads it (Bangkok added).
  const loaded = registryFromSheetGrid(REGISTRY);
  if (!loaded.ok) throw new Error(loaded.message);
  sheet = rsvpLinksLayout({ ...TEMPLATE, picked: { ...TEMPLATE.picked, กรุงเทพมหานคร: { entry: 'entry.2003', page: 1 } } }, loaded.value.entries);
  const header = sheet.columns.map((c) => c.header);
  linksByCode = new Map(sheet.rows.map((r) => [String(r[header.indexOf('รหัส อปท.')]), String(r[header.indexOf('ลิงก์ลงทะเบียน (กรอกข้อมูล อปท. ไว้ให้แล้ว)')])]));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The sheet as Google Sheets downloads it (File › Download › CSV): UTF-8 without a BOM. */
const csvText = () => stringify([sheet.columns.map((c) => c.header), ...sheet.rows.map((r) => r.map((c) => (c === null ? '' : String(c))))]);

async function decodedCards(run: Awaited<ReturnType<typeof runQr>>): Promise<Map<string, string | null>> {
  return new Map(
    await Promise.all(run.pngs.filter((p) => /\d{7} /.test(p)).map(async (p) => [/(\d{7}) /.exec(p)![1]!, decodeQrPng(await readFile(p))] as const)),
  );
}

describe('npm run qr --links', () => {
  test("a CSV downloaded from Google Sheets: every card decodes to its LAO's link from the sheet", async () => {
    const links = join(dir, 'links.csv');
    await writeFile(links, csvText());
    const run = await runQr(['--registry', registry, '--links', links, '--out', join(dir, 'csv')]);
    expect(run.pdfs.map((p) => p.slice(dir.length + 5)).sort()).toEqual(['กรุงเทพมหานคร.pdf', 'ตาก.pdf', 'แม่ฮ่องสอน.pdf']);
    expect(run.log.join('\n')).not.toMatch(/ไม่มีลิงก์/);
    const decoded = await decodedCards(run);
    expect([...decoded.keys()].sort()).toEqual(['2630101', '5630403', '6580305', '6630405']);
    for (const [code, link] of decoded) expect(link).toBe(linksByCode.get(code));
    expect(decoded.get('6630405')).toMatch(/entry\.2001=.+&pageHistory=0,2$/);
  });

  test('an XLSX download and an Excel re-save in the Thai code page read the same', async () => {
    const xlsx = join(dir, 'links.xlsx');
    await writeWorkbook({ title: 'links', sheets: [sheet] }, xlsx);
    const thai = join(dir, 'links-874.csv');
    await writeFile(thai, encodeText(csvText(), 'windows-874', false));
    for (const [file, name] of [
      [xlsx, 'x'],
      [thai, 't'],
    ] as const) {
      const run = await runQr(['--registry', registry, '--links', file, '--out', join(dir, name), '--province', 'แม่ฮ่องสอน']);
      expect(run.pngs).toHaveLength(1);
      expect((await decodedCards(run)).get('6580305')).toBe(linksByCode.get('6580305'));
    }
  });

  test('an LAO missing from the links file gets no card and is named; a broken link is refused by row', async () => {
    const partial = join(dir, 'partial.csv');
    await writeFile(
      partial,
      csvText()
        .split('\n')
        .filter((line) => !line.includes('5630403'))
        .join('\n'),
    );
    const run = await runQr(['--registry', registry, '--links', partial, '--out', join(dir, 'p'), '--province', 'ตาก']);
    expect(run.pngs).toHaveLength(2);
    expect(run.log.join('\n')).toMatch(/ไม่มีลิงก์ใน --links ของ อปท\. 1 แห่ง \(ไม่สร้างบัตร\): 5630403/);

    const broken = join(dir, 'broken.csv');
    await writeFile(broken, csvText().replace(linksByCode.get('6630405')!, 'https://forms.gle/abc'));
    const done = await runQr(['--registry', registry, '--links', broken, '--out', join(dir, 'b'), '--province', 'ตาก']);
    // The rows are by province, district, type, name: ตาก's อบต.แม่ระมาด is the sheet's row 5.
    expect(done.log.join('\n')).toMatch(/แถว 5: ลิงก์ของ 6630405 ไม่ใช่ลิงก์แบบฟอร์ม Google ที่กรอกข้อมูลไว้ล่วงหน้า: "https:\/\/forms\.gle\/abc"/);
    expect(done.pngs.some((p) => p.includes('6630405'))).toBe(false);
  });

  test('a file without the link column is refused naming the Thai header; --form-url and --links together are refused', async () => {
    const noLink = join(dir, 'nolink.csv');
    await writeFile(noLink, 'รหัส อปท.,ชื่อ อปท.\r\n6630405,แม่ระมาด\r\n');
    await expect(runQr(['--registry', registry, '--links', noLink, '--out', join(dir, 'n')])).rejects.toThrow(/ลิงก์ลงทะเบียน \(กรอกข้อมูล อปท\. ไว้ให้แล้ว\)/);
    await expect(runQr(['--registry', registry, '--links', noLink, '--form-url', `${TEMPLATE.base}?usp=pp_url`, '--out', join(dir, 'n')])).rejects.toThrow(
      UserError,
    );
  });

  test('--help names --links', async () => {
    expect((await runQr(['--help'])).log.join('\n')).toMatch(/--links {9}แทน --form-url สำหรับแบบฟอร์มที่ระบบสร้าง/);
  });
});
