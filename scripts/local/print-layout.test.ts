/**
 * A province workbook as a coordinator prints it: converted to PDF by LibreOffice (Debian's libreoffice-calc), it must
 * read like a report. Tak from DLA's real registry (../shared/data/lao-registry.csv), 100 registrations.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { summarizeGrids } from '../../core/job/summarize-grids';
import type { Grid } from '../../sheets-schema/cell';
import { withTool } from '../testing/debian-tool';
import { describeWithSharedData, sharedDataPath } from '../testing/shared-data';
import { writeWorkbook } from './write-workbook';

describeWithSharedData('Tak printed as a report', ['lao-registry.csv'], () => {
  const registryGrid = parse(readFileSync(sharedDataPath('lao-registry.csv'), 'utf8'), { bom: true }) as string[][];
  const header = registryGrid[0]!;
  const col = (name: string) => header.indexOf(name);
  const tak = registryGrid.filter((r, i) => i === 0 || r[col('province')] === 'ตาก');

  // 100 registrations over Tak's LAOs, each through its prefilled link (so each matches), one LAO in three left out.
  const LAO_TYPE_LONG: Record<string, string> = { 'อบต.': 'องค์การบริหารส่วนตำบล', 'อบจ.': 'องค์การบริหารส่วนจังหวัด' };
  const laos = tak.slice(1).filter((_, i) => i % 3 !== 2);
  const responses: Grid = [
    ['ประทับเวลา', 'จังหวัด', 'อำเภอ', 'ประเภท อปท.', 'ชื่อ อปท.', 'รหัส อปท.', 'ชื่อ-นามสกุล', 'ตำแหน่ง', 'โทรศัพท์มือถือ', 'อีเมล', 'รอบการประชุม'],
    ...Array.from({ length: 100 }, (_, i) => {
      const lao = laos[i % laos.length]!;
      const type = lao[col('type')]!;
      return [
        `10/6/2026, 9:${String(i % 60).padStart(2, '0')}:00`,
        'ตาก',
        lao[col('district')]!,
        LAO_TYPE_LONG[type] ?? type,
        lao[col('name')]!,
        lao[col('code')]!,
        `นางสาวทดสอบ ลำดับที่${i + 1}`,
        'นักวิเคราะห์นโยบายและแผนชำนาญการ',
        `08${String(10000000 + i * 7919).slice(0, 8)}`,
        `person${i + 1}@example.go.th`,
        '',
      ];
    }),
  ];

  const withLibreOffice = withTool('soffice', 'libreoffice-calc-nogui');
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lao-print-'));
  });
  afterAll(() => (process.env.KEEP_PRINT ? undefined : rm(dir, { recursive: true, force: true })));

  test('the XLSX carries the print set-up: A4 landscape, fit to width, titles repeated, tall wrapped headers', async () => {
    const path = await writeTak();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const attendees = wb.getWorksheet('ผู้ลงทะเบียน')!;
    expect(attendees.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:3',
    });
    expect(attendees.getRow(3).height).toBeGreaterThanOrEqual(20);
    expect(attendees.getCell('J4').alignment).toMatchObject({ wrapText: true });
    const followUp = wb.getWorksheet('อปท. ที่ยังไม่ลงทะเบียน')!;
    // A district heading row is blue, an LAO to chase orange.
    const fills = [4, 5, 6, 7, 8].map((r) => (followUp.getCell(r, 1).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb);
    expect(fills).toEqual(expect.arrayContaining(['FFD9E2F3', 'FFFCE4D6']));
    expect(wb.worksheets[0]!.name).toBe('เกี่ยวกับรายงาน');
  });

  withLibreOffice('printed by LibreOffice, 100 registrations fit in a few pages and the names come early', async () => {
    const path = await writeTak();
    execFileSync(
      'soffice',
      ['--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'pdf', '--outdir', dir, path],
      { timeout: 180_000 },
    );
    const pdf = path.replace(/\.xlsx$/, '.pdf');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    const pageText = (n: number) => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', pdf, '-'], { encoding: 'utf8' }).normalize('NFKC');
    const firstNames = Array.from({ length: pages }, (_, i) => i + 1).find((n) => pageText(n).includes('นางสาวทดสอบ'));
    console.log(`Tak, 100 registrations: ${pages} pages, first attendee on page ${firstNames}`);
    expect(pages).toBeLessThanOrEqual(12);
    expect(firstNames).toBeLessThanOrEqual(3);
    // The header row repeats: the attendees' headers stand on every page that lists attendees.
    const attendeePages = Array.from({ length: pages }, (_, i) => pageText(i + 1)).filter((t) => t.includes('นางสาวทดสอบ'));
    expect(attendeePages.length).toBeGreaterThan(1);
    for (const text of attendeePages) expect(text).toContain('ชื่อ-นามสกุล');
  });

  let written: string | undefined;
  async function writeTak(): Promise<string> {
    if (written) return written;
    const outcome = summarizeGrids({ registry: tak, responses }, {}, { generatedAt: new Date('2026-06-22T03:05:00Z'), sources: () => ['ทดสอบ'] });
    if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
    const ok = outcome.responses!.filter((r) => r.status === 'ok').length;
    expect(ok).toBe(100);
    const path = join(dir, 'ตาก.xlsx');
    await writeWorkbook(outcome.workbooks.provinces.find((p) => p.province === 'ตาก')!.workbook, path);
    return (written = path);
  }
});
