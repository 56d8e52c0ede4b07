import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { Report } from '../../sheets-schema/report';
import { buildCli } from '../build-cli';
import { readGrid } from '../local/read-grid';
import type { SummarizeOptions } from './args';
import { runSummarize, type JobLog } from './summarize-job';
import { CATALOG_CSV, ENTRIES_CSV, REGISTRY_CSV, RESPONSES_CSV } from './test-fixtures';
import { UserError } from './user-error';

const PEOPLE = ['นายสมชาย ใจดี', 'นางสาวมาลี ศรีสุข', 'นายวิชัย มั่นคง', 'นายกระบี่ ทะเลสวย', 'somchai@example.com', 'malee@example.com'];

let dir: string;
const quiet: JobLog = { info: () => undefined, warn: () => undefined };
const now = new Date('2026-06-22T08:00:00Z');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lao-summarize-'));
  await writeFile(join(dir, 'registry.csv'), REGISTRY_CSV);
  await writeFile(join(dir, 'responses.csv'), '\uFEFF' + RESPONSES_CSV);
  await writeFile(join(dir, 'catalog.csv'), CATALOG_CSV);
  await writeFile(join(dir, 'entries.csv'), ENTRIES_CSV);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const options = (out: string, extra: Partial<SummarizeOptions> = {}): SummarizeOptions => ({
  registry: join(dir, 'registry.csv'),
  responses: join(dir, 'responses.csv'),
  sessions: null,
  catalog: null,
  indicators: null,
  bangkokCode: null,
  out: join(dir, out),
  ...extra,
});

async function allTexts(path: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const texts: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.text)))));
  return texts;
}

describe('a run on a tiny registry and responses file', () => {
  let result: Awaited<ReturnType<typeof runSummarize>>;
  beforeAll(async () => {
    result = await runSummarize(options('out'), quiet, now);
  });

  test('writes the national workbook, one workbook per province, registrations.csv, report.json and the dashboard', async () => {
    const out = join(dir, 'out');
    expect((await readdir(out)).sort()).toEqual(['dashboard.html', 'national.xlsx', 'provinces', 'registrations.csv', 'report.json']);
    expect((await readdir(join(out, 'provinces'))).sort()).toEqual(['กรุงเทพมหานคร.xlsx', 'กระบี่.xlsx', 'ตาก.xlsx'].sort());
    expect(result.timings.map((t) => t.stage)).toEqual(['อ่านไฟล์', 'นำเข้าทะเบียน อปท.', 'ตรวจและจับคู่คำตอบ', 'สรุปผล', 'เขียนไฟล์']);
  });

  test('each stage has its CPU time and the peak memory so far, which never goes down', () => {
    for (const t of result.timings) expect(t.cpuMs).toBeGreaterThanOrEqual(0);
    const peaks = result.timings.map((t) => t.peakRssMb);
    expect(peaks[0]).toBeGreaterThan(10);
    expect(peaks).toEqual([...peaks].sort((a, b) => a - b));
  });

  test('report.json: valid, one entry per response, counts that add up', async () => {
    const report = Report.parse(JSON.parse(await readFile(join(dir, 'out', 'report.json'), 'utf8')));
    expect(report.generatedAt).toBe('2026-06-22T08:00:00.000Z');
    expect(report.responses.map((r) => [r.row, r.status, r.laoCode, r.duplicateOf])).toEqual([
      [1, 'duplicate', '6630107', 3],
      [2, 'ok', '2630101', null],
      [3, 'ok', '6630107', null],
      [4, 'unmatched', null, null],
      [5, 'invalid', null, null],
      [6, 'ok', '2810101', null],
    ]);
    const tak = report.provinces.find((p) => p.province === 'ตาก')!;
    expect(tak).toMatchObject({ laosTotal: 4, laosRegistered: 2, attendees: 2, needsReview: 2 });
    expect(report.national).toEqual({ laosTotal: 7, laosRegistered: 3, attendees: 3, needsReview: 2 });
    expect(report.provinces.reduce((s, p) => s + p.attendees, 0)).toBe(report.national.attendees);
  });

  test('registrations.csv: every response with Thai headers and status', async () => {
    const grid = await readGrid(join(dir, 'out', 'registrations.csv'));
    expect(grid[0]).toContain('สถานะ');
    expect(grid[0]).toContain('ชื่อ-นามสกุล');
    expect(grid).toHaveLength(7);
    const status = grid[0]!.indexOf('สถานะ');
    expect(grid.slice(1).map((r) => r[status])).toEqual(['ซ้ำ', 'ใช้ได้', 'ใช้ได้', 'ต้องตรวจสอบ', 'ไม่สมบูรณ์', 'ใช้ได้']);
  });

  test("national.xlsx: counts per province, nobody's name or e-mail", async () => {
    const overview = await readGrid(join(dir, 'out', 'national.xlsx'), { sheet: 'ภาพรวมรายจังหวัด' });
    const tak = overview.find((r) => r[0] === 'ตาก')!;
    expect(tak.slice(0, 3)).toEqual(['ตาก', 4, 2]);
    const texts = await allTexts(join(dir, 'out', 'national.xlsx'));
    for (const person of PEOPLE) expect(texts.some((t) => t.includes(person))).toBe(false);
  });

  test("dashboard.html: the counts, nobody's name or e-mail", async () => {
    const html = await readFile(join(dir, 'out', 'dashboard.html'), 'utf8');
    expect(html).toContain('"area":"ตาก","laosTotal":4,"laosRegistered":2');
    for (const person of PEOPLE) expect(html).not.toContain(person);
  });

  test('a province workbook lists its own attendees and nobody else', async () => {
    const attendees = await readGrid(join(dir, 'out', 'provinces', 'ตาก.xlsx'), { sheet: 'ผู้ลงทะเบียน' });
    const header = attendees.findIndex((r) => r[0] === 'อำเภอ');
    const name = attendees[header]!.indexOf('ชื่อ-นามสกุล');
    // District by district: บ้านตาก (อบต.วังหิน), then เมืองตาก (อบจ.ตาก).
    expect(attendees.slice(header + 1).map((r) => r[name])).toEqual(['นายสมชาย ใจดี', 'นางสาวมาลี ศรีสุข']);
    const krabi = await allTexts(join(dir, 'out', 'provinces', 'กระบี่.xlsx'));
    expect(krabi).toContain('นายกระบี่ ทะเลสวย');
    for (const person of ['นายสมชาย ใจดี', 'นางสาวมาลี ศรีสุข', 'นายวิชัย มั่นคง']) expect(krabi).not.toContain(person);
  });
});

describe('with indicators', () => {
  const withIndicators = (out: string, responses: string | null) =>
    options(out, { responses, catalog: join(dir, 'catalog.csv'), indicators: join(dir, 'entries.csv') });

  test("the report carries every entry's result and the sheets join the workbooks", async () => {
    const { indicatorRows } = await runSummarize(withIndicators('ind', join(dir, 'responses.csv')), quiet, now);
    // The rows come from the indicator thread as columns and are made as they are written: read as a program reads them.
    const report = Report.parse(JSON.parse(await readFile(join(dir, 'ind', 'report.json'), 'utf8')));
    expect(indicatorRows).toEqual({ count: 3, withErrors: 1 });
    expect(report.indicators!.entries.map((e) => [e.row, e.laoCode, e.result])).toEqual([
      [1, '6630107', 'สูงกว่าค่าเป้าหมาย'],
      [2, '2630101', 'การพัฒนาในอนาคต'],
      [3, '2810101', null],
    ]);
    expect(report.indicators!.entries[2]!.errors).toHaveLength(1);
    expect(report.responses).toHaveLength(6);
    const national = new ExcelJS.Workbook();
    await national.xlsx.readFile(join(dir, 'ind', 'national.xlsx'));
    const names = national.worksheets.map((w) => w.name);
    // The "about" sheet is the cover.
    expect(names.slice(0, 2)).toEqual(['เกี่ยวกับรายงาน', 'ภาพรวมรายจังหวัด']);
    expect(names.some((n) => n.startsWith('ตัวชี้วัด'))).toBe(true);
  });

  test('without responses: indicator sheets only, no registrations.csv', async () => {
    const { report, files } = await runSummarize(withIndicators('ind-only', null), quiet, now);
    expect(files.registrations).toBeNull();
    expect(report.responses).toEqual([]);
    expect((await readdir(join(dir, 'ind-only'))).sort()).toEqual(['dashboard.html', 'national.xlsx', 'provinces', 'report.json']);
    const tak = new ExcelJS.Workbook();
    await tak.xlsx.readFile(join(dir, 'ind-only', 'provinces', 'ตาก.xlsx'));
    const names = tak.worksheets.map((w) => w.name);
    expect(names).not.toContain('ผู้ลงทะเบียน');
    expect(names.some((n) => n.startsWith('ตัวชี้วัด'))).toBe(true);
    expect(tak.getWorksheet('ตัวชี้วัด รายอำเภอ')!.getCell('A3').value).toBe('ระยะเวลาบันทึกตัวชี้วัด: ไม่ได้กำหนด');
  });

  test('--entry-window: the district progress sheet counts the days until the window opens', async () => {
    await runSummarize({ ...withIndicators('ind-window', null), entryWindow: { start: '1/7/2569', end: '31/8/2569' } }, quiet, now);
    const tak = new ExcelJS.Workbook();
    await tak.xlsx.readFile(join(dir, 'ind-window', 'provinces', 'ตาก.xlsx'));
    expect(tak.getWorksheet('ตัวชี้วัด รายอำเภอ')!.getCell('A3').value).toBe('ยังไม่เปิดให้บันทึก เปิด 1 กรกฎาคม 2569 ถึง 31 สิงหาคม 2569 (อีก 9 วันจะเปิด)');
  });
});

test('a 5 MB answer: cut in the province workbook with a marker and a warning, whole in registrations.csv', async () => {
  const huge = 'ปลัด'.repeat(1_250_000);
  await writeFile(join(dir, 'huge.csv'), RESPONSES_CSV.replace('นักวิเคราะห์นโยบายและแผน', huge));
  const warnings: string[] = [];
  await runSummarize(options('huge-out', { responses: join(dir, 'huge.csv') }), { info: () => undefined, warn: (l) => warnings.push(l) }, now);
  expect(warnings).toEqual([
    expect.stringMatching(/^คำเตือน: provinces\/ตาก\.xlsx แผ่นงาน "[^"]+" เซลล์ [A-Z]+\d+ มีข้อความ 5,000,000 ตัวอักษร เกินที่ Excel รับได้ \(32,767\)/),
  ]);
  const texts = await allTexts(join(dir, 'huge-out', 'provinces', 'ตาก.xlsx'));
  expect(Math.max(...texts.map((t) => t.length))).toBe(32_767);
  const csv = await readGrid(join(dir, 'huge-out', 'registrations.csv'));
  expect(csv.flat()).toContain(huge);
});

test('a missing column stops the job in Thai before anything is written', async () => {
  await writeFile(join(dir, 'no-name.csv'), RESPONSES_CSV.replace('ชื่อ-นามสกุล', 'ชื่อ'));
  const error = await runSummarize(options('never', { responses: join(dir, 'no-name.csv') }), quiet, now).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  expect((error as Error).message).toContain('ไม่มีคอลัมน์ "ชื่อ-นามสกุล"');
  expect(existsSync(join(dir, 'never'))).toBe(false);
});

test('an --out that is a file is refused before any input is read', async () => {
  await writeFile(join(dir, 'a-file'), 'x');
  // The responses file would stop the job too; the --out error comes first, so nothing was read.
  await writeFile(join(dir, 'no-name-2.csv'), RESPONSES_CSV.replace('ชื่อ-นามสกุล', 'ชื่อ'));
  const error = await runSummarize(options('a-file', { responses: join(dir, 'no-name-2.csv') }), quiet, now).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  expect((error as Error).message).toBe(`--out ${join(dir, 'a-file')} เป็นไฟล์ ไม่ใช่โฟลเดอร์ กรุณาระบุโฟลเดอร์สำหรับผลลัพธ์ (จะสร้างให้ถ้ายังไม่มี)`);
  const inside = await runSummarize(options(join('a-file', 'out')), quiet, now).catch((e: unknown) => e);
  expect((inside as Error).message).toBe(`สร้างโฟลเดอร์ ${join(dir, 'a-file', 'out')} ไม่ได้: ${join(dir, 'a-file')} เป็นไฟล์ (--out)`);
});

test('a folder given as --responses is named as a folder before anything is read', async () => {
  const error = await runSummarize(options('folder-in', { responses: dir }), quiet, now).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  expect((error as Error).message).toBe(`${dir} (--responses) เป็นโฟลเดอร์ ไม่ใช่ไฟล์ กรุณาระบุไฟล์ CSV หรือ XLSX ในโฟลเดอร์นั้น`);
  expect(existsSync(join(dir, 'folder-in'))).toBe(false);
});

describe('the command itself', () => {
  // As `npm run summarize` runs it: compiled by scripts/build-cli.ts, then one plain node process. Into the
  // repository's dist/ (its libraries resolve from node_modules there), a folder per test process.
  const compiled = join(__dirname, '..', '..', 'dist', 'cli', `test-${process.pid}`, 'summarize.cjs');
  beforeAll(() => buildCli({ entry: join(__dirname, '..', 'summarize.ts'), outfile: compiled }));
  afterAll(() => rm(dirname(compiled), { recursive: true, force: true }));

  const run = promisify(execFile);
  const cli = (args: string[]) =>
    run(process.execPath, [compiled, ...args], { cwd: dir }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );

  test('prints where the outputs are and the stage timings', async () => {
    const { code, stdout } = await cli(['--registry', 'registry.csv', '--responses', 'responses.csv', '--out', 'cli-out']);
    expect(code).toBe(0);
    expect(stdout).toContain('national.xlsx');
    expect(stdout).toContain(join('cli-out', 'provinces'));
    expect(stdout).toMatch(/อ่านไฟล์: \d+\.\d\d วินาที/);
  });

  // One process, as npm run summarize starts it (a wrapper such as tsx's CLI would add a parent process that SIGKILLs a
  // child slow to acknowledge a signal).
  const start = (args: string[]) => spawn(process.execPath, [compiled, ...args], { cwd: dir });
  const ended = (child: ReturnType<typeof start>) =>
    new Promise<number | null>((resolve) => child.on('close', (code, signal) => resolve(code ?? (signal ? -1 : null))));
  const stderrOf = (child: ReturnType<typeof start>) => {
    let text = '';
    child.stderr!.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    return () => text;
  };

  test('not on a terminal: progress as plain lines on stderr, no bar', async () => {
    const { code, stderr } = await cli(['--registry', 'registry.csv', '--responses', 'responses.csv', '--out', 'cli-plain']);
    expect(code).toBe(0);
    const lines = stderr.trim().split('\n');
    expect(lines.slice(0, 5)).toEqual(['… อ่านไฟล์', '… นำเข้าทะเบียน อปท.', '… ตรวจและจับคู่คำตอบ', '… สรุปผล', '… เขียนไฟล์']);
    // national + 3 provinces + registrations.csv + report.json + dashboard.html, a line at each quarter
    expect(lines.slice(5)).toEqual(['  เขียนไฟล์แล้ว 2/7', '  เขียนไฟล์แล้ว 4/7', '  เขียนไฟล์แล้ว 6/7', '  เขียนไฟล์แล้ว 7/7']);
    expect(stderr).not.toContain('\r');
  });

  test('a reader that stops early (| head): no stack trace, the job still finishes its files', async () => {
    const child = start(['--registry', 'registry.csv', '--responses', 'responses.csv', '--out', 'cli-pipe']);
    const stderr = stderrOf(child);
    child.stdout!.destroy(); // the read end closes before anything is printed: every write fails with EPIPE
    expect(await ended(child)).toBe(0);
    expect(stderr()).not.toMatch(/EPIPE|Error|\n\s+at /);
    expect((await readdir(join(dir, 'cli-pipe'))).sort()).toEqual(['dashboard.html', 'national.xlsx', 'provinces', 'registrations.csv', 'report.json']);
  });

  test('Ctrl-C while writing: ends quietly, leaves the previous outputs whole and no unfinished folder', async () => {
    const args = ['--registry', 'registry.csv', '--responses', 'responses.csv', '--out', 'cli-int'];
    expect((await cli(args)).code).toBe(0);
    const before = await readFile(join(dir, 'cli-int', 'report.json'), 'utf8');
    const child = start(args);
    const stderr = stderrOf(child);
    let sent = false;
    child.stderr!.on('data', () => {
      // Once the first files are written: the outputs of this run are half made.
      if (!sent && stderr().includes('เขียนไฟล์แล้ว')) sent = child.kill('SIGINT');
    });
    const code = await ended(child);
    // Interrupted (130), or finished just before the signal came (0): either way one whole set of outputs.
    expect([0, 130]).toContain(code);
    expect(stderr()).not.toMatch(/Error|\n\s+at /);
    expect((await readdir(join(dir, 'cli-int'))).sort()).toEqual(['dashboard.html', 'national.xlsx', 'provinces', 'registrations.csv', 'report.json']);
    expect((await readdir(join(dir, 'cli-int', 'provinces'))).sort()).toEqual(['กรุงเทพมหานคร.xlsx', 'กระบี่.xlsx', 'ตาก.xlsx'].sort());
    const after = await readFile(join(dir, 'cli-int', 'report.json'), 'utf8');
    expect(Report.parse(JSON.parse(after))).toEqual(Report.parse(JSON.parse(code === 130 ? before : after)));
    if (code === 130) expect(after).toBe(before);
  });

  test('with indicators from XLSX files: their stage on the second thread, the rows in report.json', async () => {
    for (const [name, csv] of [
      ['catalog.xlsx', CATALOG_CSV],
      ['entries.xlsx', ENTRIES_CSV],
    ] as const) {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('ข้อมูล');
      for (const line of csv.split('\r\n')) sheet.addRow(line.split(','));
      await workbook.xlsx.writeFile(join(dir, name));
    }
    const { code, stdout } = await cli(['--registry', 'registry.csv', '--catalog', 'catalog.xlsx', '--indicators', 'entries.xlsx', '--out', 'cli-xlsx']);
    expect(code).toBe(0);
    expect(stdout).toContain('ข้อมูล 3 แถว มีข้อผิดพลาด 1 แถว');
    const report = Report.parse(JSON.parse(await readFile(join(dir, 'cli-xlsx', 'report.json'), 'utf8')));
    expect(report.indicators!.entries.map((e) => e.laoCode)).toEqual(['6630107', '2630101', '2810101']);
  });

  test('unusable responses and entries: both named, in the order of the options, and nothing written', async () => {
    await writeFile(join(dir, 'entries-no-frame.csv'), ENTRIES_CSV.replace('กรอบการประเมิน (1)', 'กรอบ'));
    await writeFile(join(dir, 'no-name-3.csv'), RESPONSES_CSV.replace('ชื่อ-นามสกุล', 'ชื่อ'));
    const args = ['--registry', 'registry.csv', '--responses', 'no-name-3.csv', '--catalog', 'catalog.csv', '--indicators', 'entries-no-frame.csv'];
    const { code, stderr } = await cli([...args, '--out', 'cli-bad']);
    expect(code).toBe(1);
    const lines = stderr.slice(stderr.indexOf('สรุปผลไม่สำเร็จ:')).trim().split('\n');
    expect(lines).toEqual([
      'สรุปผลไม่สำเร็จ:',
      expect.stringMatching(/^ไฟล์ no-name-3\.csv \(--responses\): .*ไม่มีคอลัมน์ "ชื่อ-นามสกุล"/),
      expect.stringMatching(/^ไฟล์ entries-no-frame\.csv \(--indicators\): .*ไม่มีคอลัมน์ "กรอบการประเมิน \(1\)"/),
    ]);
    expect(existsSync(join(dir, 'cli-bad'))).toBe(false);
  });

  test("an empty entries file stops the job with the reader's Thai message", async () => {
    await writeFile(join(dir, 'entries-empty.csv'), '');
    const { code, stderr } = await cli(['--registry', 'registry.csv', '--catalog', 'catalog.csv', '--indicators', 'entries-empty.csv', '--out', 'cli-empty']);
    expect(code).toBe(1);
    expect(stderr).toContain('สรุปผลไม่สำเร็จ:\nไฟล์ entries-empty.csv ว่างเปล่า ไม่มีข้อมูลเลย กรุณาตรวจสอบว่าเลือกไฟล์ถูกต้อง (--indicators)');
    expect(existsSync(join(dir, 'cli-empty'))).toBe(false);
  });

  test('--help prints the usage in Thai and exits 0', async () => {
    const { code, stdout } = await cli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('วิธีใช้: npm run summarize');
    expect(stdout).toContain('--sheet');
  });

  test('a missing file: Thai message, exit code 1, no output', async () => {
    const { code, stderr } = await cli(['--registry', 'registry.csv', '--responses', 'nope.csv', '--out', 'cli-fail']);
    expect(code).toBe(1);
    expect(stderr).toContain('สรุปผลไม่สำเร็จ:\nไม่พบไฟล์ nope.csv (--responses)');
    expect(existsSync(join(dir, 'cli-fail'))).toBe(false);
  });
});
