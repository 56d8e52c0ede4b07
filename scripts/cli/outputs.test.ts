import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Cell } from '../../sheets-schema/cell';
import { Report } from '../../sheets-schema/report';
import type { WorkbookLayout } from '../../sheets-schema/workbook';
import { reportJson, writeOutputs, type JobOutputs } from './outputs';

const report: Report = {
  generatedAt: '2026-06-22T08:00:00.000Z',
  responses: [
    { row: 1, status: 'ok', laoCode: '6630107', duplicateOf: null, reasons: [] },
    { row: 2, status: 'duplicate', laoCode: '6630107', duplicateOf: 1, reasons: ['duplicate_of'] },
  ],
  provinces: [{ province: 'ตาก', laosTotal: 1, laosRegistered: 1, attendees: 1, needsReview: 0, byType: { 'อบต.': { total: 1, registered: 1 } } }],
  national: { laosTotal: 1, laosRegistered: 1, attendees: 1, needsReview: 0 },
};

test('report.json: objects indented, one array element per line, the same data back', () => {
  const text = reportJson(report);
  expect(Report.parse(JSON.parse(text))).toEqual(report);
  expect(text.split('\n').slice(0, 6)).toEqual([
    '{',
    '  "generatedAt": "2026-06-22T08:00:00.000Z",',
    '  "responses": [',
    '    {"row":1,"status":"ok","laoCode":"6630107","duplicateOf":null,"reasons":[]},',
    '    {"row":2,"status":"duplicate","laoCode":"6630107","duplicateOf":1,"reasons":["duplicate_of"]}',
    '  ],',
  ]);
  expect(text.endsWith('}\n')).toBe(true);
  expect(reportJson({ ...report, responses: [] })).toContain('"responses": [],');
});

describe('writeOutputs: the outputs of one run, swapped in whole', () => {
  const layout = (title: string, rows: Cell[][] = [['x']]): WorkbookLayout => ({
    title,
    sheets: [{ name: title.slice(0, 31), columns: [{ header: 'ค่า' }], rows, freeze: { rows: 1, columns: 0 } }],
  });
  const outputs = (provinces: string[], registrations = true): JobOutputs => ({
    national: layout('ประเทศ'),
    provinces: provinces.map((province) => ({ province, workbook: layout(province) })),
    registrations: registrations ? { name: 'r', columns: [{ header: 'แถว' }], rows: [[1]], freeze: { rows: 1, columns: 0 } } : null,
    report: { ...report, generatedAt: `2026-06-22T0${provinces.length}:00:00.000Z` },
  });
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lao-outputs-'));
    await writeFile(join(dir, 'my-notes.txt'), 'ของผู้ใช้');
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const listing = async () => ({ top: (await readdir(dir)).sort(), provinces: (await readdir(join(dir, 'provinces'))).sort() });

  test('a rerun removes the workbooks of provinces no longer in the output, and registrations.csv it no longer makes', async () => {
    const progress: Array<[number, number]> = [];
    await writeOutputs(dir, outputs(['ตาก', 'กระบี่', 'ระนอง']), (done, total) => progress.push([done, total]));
    expect(progress).toEqual([1, 2, 3, 4, 5, 6].map((n) => [n, 6]));
    expect(await listing()).toEqual({
      top: ['my-notes.txt', 'national.xlsx', 'provinces', 'registrations.csv', 'report.json'],
      provinces: ['กระบี่.xlsx', 'ตาก.xlsx', 'ระนอง.xlsx'],
    });
    const files = await writeOutputs(dir, outputs(['ตาก'], false));
    expect(files.registrations).toBeNull();
    expect(await listing()).toEqual({ top: ['my-notes.txt', 'national.xlsx', 'provinces', 'report.json'], provinces: ['ตาก.xlsx'] });
    expect(JSON.parse(await readFile(join(dir, 'report.json'), 'utf8')).generatedAt).toBe('2026-06-22T01:00:00.000Z');
  });

  test('a run failing half-way leaves the previous outputs whole and no unfinished folder', async () => {
    await writeOutputs(dir, outputs(['ตาก', 'กระบี่']));
    const before = await listing();
    const national = await readFile(join(dir, 'national.xlsx'));
    // The second province's workbook cannot be written (a file name over 255 bytes), after the first was.
    const broken = outputs(['ระนอง', 'ก'.repeat(90), 'พังงา']);
    await expect(writeOutputs(dir, broken)).rejects.toThrow(/ENAMETOOLONG/);
    expect(await listing()).toEqual(before);
    expect(await readFile(join(dir, 'national.xlsx'))).toEqual(national);
    expect(JSON.parse(await readFile(join(dir, 'report.json'), 'utf8')).generatedAt).toBe('2026-06-22T02:00:00.000Z');
  });

  test('unfinished folders of a run killed outright are removed by the next run', async () => {
    await mkdir(join(dir, '.lao-minstd-new-abc123', 'provinces'), { recursive: true });
    await writeFile(join(dir, '.lao-minstd-new-abc123', 'provinces', 'ตาก.xlsx'), '');
    await writeOutputs(dir, outputs(['ตาก']));
    expect((await readdir(dir)).filter((n) => n.startsWith('.'))).toEqual([]);
  });
});
