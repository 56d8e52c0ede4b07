import type { Grid } from '../../sheets-schema/cell';
import { Report } from '../../sheets-schema/report';
import type { SheetLayout } from '../../sheets-schema/workbook';
import { Registry } from '../registry/index';
import {
  JOB_STAGES,
  finishJob,
  indicatorStage,
  namedProblemLines,
  startJob,
  summarizeGrids,
  type InputNames,
  type JobContext,
  type JobGrids,
} from './summarize-grids';

const REGISTRY: Grid = [
  ['code', 'type', 'name', 'province', 'district'],
  ['2630101', 'อบจ.', 'ตาก', 'ตาก', 'เมืองตาก'],
  ['5630103', 'เทศบาลตำบล', 'แม่ระมาด', 'ตาก', 'แม่ระมาด'],
  ['6630107', 'อบต.', 'วังหิน', 'ตาก', 'บ้านตาก'],
  ['2810101', 'อบจ.', 'กระบี่', 'กระบี่', 'เมืองกระบี่'],
  ['9999999', 'สภาตำบล', 'ไม่มีจริง', 'กระบี่', 'เมืองกระบี่'], // unknown type: skipped with an error, the registry still usable
];

const SESSIONS: Grid = [
  ['รอบการประชุม', 'วันที่', 'เวลา', 'ประเภท อปท. ที่เข้าร่วม'],
  ['รอบที่ 1', '23/6/2569', '09:00-12:00 น.', 'อบจ., เทศบาลนคร, เทศบาลเมือง'],
  ['รอบที่ 3', '25/6/2569', '09:00-12:00 น.', 'อบต.'],
];

const RESPONSE_HEADER = ['ประทับเวลา', 'จังหวัด', 'อำเภอ', 'ประเภท อปท.', 'ชื่อ อปท.', 'รหัส อปท.', 'ชื่อ-นามสกุล', 'ตำแหน่ง', 'โทรศัพท์มือถือ', 'อีเมล', 'รอบการประชุม'];
const RESPONSES: Grid = [
  RESPONSE_HEADER,
  ['22/6/2026, 9:00:00', 'ตาก', 'บ้านตาก', 'องค์การบริหารส่วนตำบล', 'อบต.วังหิน', '', 'นายสมชาย ใจดี', 'ปลัด อบต.', '0812345678', 'somchai@example.com', 'รอบที่ 3'],
  [
    '22/6/2026, 9:05:00',
    'ตาก',
    'เมืองตาก',
    'องค์การบริหารส่วนจังหวัด',
    'อบจ.ตาก',
    '2630101',
    'นางสาวมาลี ศรีสุข',
    'นักวิเคราะห์',
    '0898765432',
    'malee@example.com',
    'รอบที่ 1',
  ],
  [
    '22/6/2026, 9:10:00',
    'กระบี่',
    'เมืองกระบี่',
    'องค์การบริหารส่วนจังหวัด',
    'อบจ.กระบี่',
    '',
    'นายกระบี่ ทะเลสวย',
    'ผู้อำนวยการกองแผน',
    '0761234567',
    'krabi@example.com',
    'รอบที่ 1',
  ],
];

const CATALOG: Grid = [
  ['รหัสตัวชี้วัด', 'ด้าน', 'ภารกิจ', 'ตัวชี้วัด', 'หน่วย', 'ค่าเป้าหมาย (%)', 'ประเภท อปท.'],
  ['1.1', 'ด้านโครงสร้างพื้นฐาน', 'ถนน', 'ร้อยละของถนนลาดยางที่ได้รับการบำรุงรักษา', 'ร้อยละ', 80, ''],
];
const ENTRIES: Grid = [
  ['รหัส อปท.', 'รหัสตัวชี้วัด', 'กรอบการประเมิน (1)', 'การจัดบริการสาธารณะ (2)'],
  ['6630107', '1.1', 20, 18],
  ['2630101', '1.1', 10, 5],
];

const NAMES: InputNames = {
  registry: 'แผ่นงาน "ทะเบียน อปท."',
  responses: 'แผ่นงาน "คำตอบ"',
  sessions: 'แผ่นงาน "รอบการประชุม"',
  catalog: 'แผ่นงาน "รายการตัวชี้วัด"',
  entries: 'แผ่นงาน "ข้อมูลตัวชี้วัด"',
};
const generatedAt = new Date('2026-06-22T08:00:00Z');
const context = (extra: Partial<JobContext> = {}): JobContext => ({ generatedAt, sources: () => ['ทดสอบ'], ...extra });
const run = (grids: Partial<JobGrids>, extra: Partial<JobContext> = {}) => summarizeGrids({ registry: REGISTRY, ...grids }, NAMES, context(extra));
const withoutColumn = (grid: Grid, header: string): Grid => grid.map((row, i) => (i === 0 ? row.map((h) => (h === header ? 'อื่น ๆ' : h)) : row));
const sheetNames = (sheets: readonly SheetLayout[]) => sheets.map((s) => s.name);

describe('a run with every input', () => {
  const sourcesSeen: unknown[] = [];
  const stages: string[] = [];
  const outcome = run(
    { responses: RESPONSES, sessions: SESSIONS, catalog: CATALOG, entries: ENTRIES },
    {
      report: true,
      sources: (counts) => (sourcesSeen.push({ ...counts }), [`ทะเบียน อปท. ${counts.laos} แห่ง`]),
      stage: (name, work) => (stages.push(name), work()),
      registryImported: (registry) => stages.push(`registryImported: ${registry.entries.length}`),
    },
  );
  if (!outcome.ok) throw new Error(outcome.problems.join('\n'));

  test('counts every input, and the sources are written once the counts are known', () => {
    expect(outcome.counts).toEqual({
      laos: 5, // 4 usable rows + Bangkok
      sessions: 2,
      responses: 3,
      responseStatus: { ok: 3, duplicate: 0, invalid: 0, unmatched: 0 },
      national: { laosTotal: 5, laosRegistered: 3, attendees: 3, needsReview: 0 },
      indicatorEntries: 2,
    });
    expect(sourcesSeen).toEqual([outcome.counts]);
    const about = outcome.workbooks.national.sheets[0]!;
    expect(about.rows.flat()).toContain('ทะเบียน อปท. 5 แห่ง');
  });

  test('runs its steps in order through the stage hook', () => {
    // The registry is handed out once imported (Bangkok included), before the responses are checked.
    expect(stages).toEqual([JOB_STAGES.registry, 'registryImported: 5', JOB_STAGES.responses, JOB_STAGES.indicators, JOB_STAGES.summaries]);
  });

  test("a usable input's skipped rows are warnings naming the input and the row", () => {
    expect(outcome.warnings).toEqual([expect.stringMatching(/^แผ่นงาน "ทะเบียน อปท." แถว 6: ประเภท อปท. "สภาตำบล" ไม่รู้จัก/)]);
  });

  test('returns the registrations, the workbooks with the indicator sheets, and a valid report', () => {
    expect(outcome.registrations!.rows).toHaveLength(3);
    expect(outcome.workbooks.provinces.map((p) => p.province).sort()).toEqual(['กรุงเทพมหานคร', 'กระบี่', 'ตาก'].sort());
    const tak = outcome.workbooks.provinces.find((p) => p.province === 'ตาก')!.workbook;
    expect(sheetNames(tak.sheets)).toContain('ผู้ลงทะเบียน');
    expect(sheetNames(tak.sheets).some((n) => n.startsWith('ตัวชี้วัด'))).toBe(true);
    expect(Report.parse(outcome.report)).toEqual(outcome.report);
    expect(outcome.report!.responses.map((r) => [r.row, r.status, r.laoCode])).toEqual([
      [1, 'ok', '6630107'],
      [2, 'ok', '2630101'],
      [3, 'ok', '2810101'],
    ]);
    expect(outcome.report!.indicators!.entries.map((e) => e.result)).toEqual(['สูงกว่าค่าเป้าหมาย', 'การพัฒนาในอนาคต']);
  });
});

test('every unusable input is named at once, and nothing is built', () => {
  const outcome = run({
    responses: withoutColumn(RESPONSES, 'ชื่อ-นามสกุล'),
    sessions: SESSIONS,
    catalog: CATALOG,
    entries: withoutColumn(ENTRIES, 'กรอบการประเมิน (1)'),
  });
  expect(outcome.ok).toBe(false);
  if (outcome.ok) return;
  expect(outcome.problems).toEqual([
    expect.stringMatching(/^แผ่นงาน "คำตอบ": .*ไม่มีคอลัมน์ "ชื่อ-นามสกุล"/),
    expect.stringMatching(/^แผ่นงาน "ข้อมูลตัวชี้วัด": .*ไม่มีคอลัมน์ "กรอบการประเมิน \(1\)"/),
  ]);
});

test('an unusable registry stops the job before any other input is read', () => {
  const stages: string[] = [];
  const outcome = summarizeGrids(
    { registry: [['รหัส', 'ชื่อ']], responses: RESPONSES },
    NAMES,
    context({ stage: (name, work) => (stages.push(name), work()), registryImported: () => stages.push('registryImported') }),
  );
  expect(outcome.ok).toBe(false);
  expect(!outcome.ok && outcome.problems.every((p) => p.startsWith('แผ่นงาน "ทะเบียน อปท.": '))).toBe(true);
  expect(stages).toEqual([JOB_STAGES.registry]);
});

describe('an unusable sessions sheet', () => {
  const broken = withoutColumn(SESSIONS, 'ประเภท อปท. ที่เข้าร่วม');

  test('stops the job by default', () => {
    const outcome = run({ responses: RESPONSES, sessions: broken });
    expect(!outcome.ok && outcome.problems).toEqual([expect.stringMatching(/^แผ่นงาน "รอบการประชุม": .*ไม่มีคอลัมน์ "ประเภท อปท. ที่เข้าร่วม"/)]);
  });

  test('with `warn`, is a warning and the responses are checked without sessions', () => {
    const outcome = run({ responses: RESPONSES, sessions: broken }, { unusableSessions: 'warn' });
    if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
    expect(outcome.warnings).toContainEqual(expect.stringMatching(/^แผ่นงาน "รอบการประชุม": /));
    expect(outcome.counts.sessions).toBeUndefined();
    expect(outcome.counts.responses).toBe(3);
  });
});

test('without responses: every province with nothing registered, no registrations, no RSVP sheets', () => {
  const outcome = run({ catalog: CATALOG, entries: ENTRIES }, { report: true });
  if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
  expect(outcome.responses).toBeNull();
  expect(outcome.registrations).toBeNull();
  expect(outcome.counts.responses).toBeUndefined();
  expect(outcome.report!.responses).toEqual([]);
  expect(outcome.report!.provinces.map((p) => p.laosRegistered)).toEqual([0, 0, 0]);
  expect(sheetNames(outcome.workbooks.provinces[0]!.workbook.sheets)).not.toContain('ผู้ลงทะเบียน');
});

test('the report is built only when asked for', () => {
  const outcome = run({ responses: RESPONSES });
  expect(outcome.ok && outcome.report).toBeUndefined();
});

test("an adapter's province sheets follow the job's own", () => {
  const extra: SheetLayout = { name: 'ลิงก์', columns: [], rows: [], freeze: { rows: 0, columns: 0 } };
  const outcome = run(
    { responses: RESPONSES, catalog: CATALOG, entries: ENTRIES },
    { provinceSheets: (registry) => new Map([[registry.provinces()[0]!, [extra]]]) },
  );
  if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
  const first = outcome.registry.provinces()[0]!;
  const names = sheetNames(outcome.workbooks.provinces.find((p) => p.province === first)!.workbook.sheets);
  const at = names.indexOf('ลิงก์');
  expect(at).toBe(names.length - 1);
  expect(names.slice(0, at).some((n) => n.startsWith('ตัวชี้วัด'))).toBe(true);
  const other = outcome.workbooks.provinces.find((p) => p.province !== first)!.workbook.sheets;
  expect(sheetNames(other)).not.toContain('ลิงก์');
});

test('problem lines name the input and the row, and count what they leave out', () => {
  const list = [{ message: 'ไม่มีคอลัมน์' }, { message: 'ข้ามแถวนี้', row: 4 }, { message: 'ซ้ำ', row: 9 }];
  expect(namedProblemLines('ไฟล์ r.csv (--registry)', list, 2)).toEqual([
    'ไฟล์ r.csv (--registry): ไม่มีคอลัมน์',
    'ไฟล์ r.csv (--registry) แถว 5: ข้ามแถวนี้',
    'ไฟล์ r.csv (--registry): และอีก 1 รายการ',
  ]);
});

describe('the entry window on the indicator progress sheets', () => {
  const line = (outcome: ReturnType<typeof run>, level: 'province' | 'national') => {
    if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
    const workbook = level === 'national' ? outcome.workbooks.national : outcome.workbooks.provinces.find((p) => p.province === 'ตาก')!.workbook;
    return workbook.sheets.find((s) => s.name === (level === 'national' ? 'ตัวชี้วัด รายจังหวัด' : 'ตัวชี้วัด รายอำเภอ'))!.preamble![2];
  };

  test('given: the days until it opens, in each province workbook and the national one', () => {
    const outcome = run(
      { catalog: CATALOG, entries: ENTRIES },
      { entryWindow: { start: new Date('2026-06-30T17:00:00Z'), end: new Date('2026-08-30T17:00:00Z') } },
    );
    expect(line(outcome, 'province')).toBe('ยังไม่เปิดให้บันทึก เปิด 1 กรกฎาคม 2569 ถึง 31 สิงหาคม 2569 (อีก 9 วันจะเปิด)');
    expect(line(outcome, 'national')).toBe(line(outcome, 'province'));
    const during = run(
      { catalog: CATALOG, entries: ENTRIES },
      { generatedAt: new Date('2026-08-29T03:00:00Z'), entryWindow: { start: null, end: new Date('2026-08-30T17:00:00Z') } },
    );
    expect(line(during, 'province')).toBe('เหลือเวลาบันทึก 3 วัน (ถึงวันที่ 31 สิงหาคม 2569 รวมวันนี้)');
  });

  test('not given: said to be not set', () => {
    expect(line(run({ catalog: CATALOG, entries: ENTRIES }), 'province')).toBe('ระยะเวลาบันทึกตัวชี้วัด: ไม่ได้กำหนด');
  });
});

describe('the indicator stage run on its own and handed in (as the command line runs it on a second thread)', () => {
  const grids: JobGrids = { registry: REGISTRY, responses: RESPONSES, sessions: SESSIONS, catalog: CATALOG, entries: ENTRIES };
  const handedIn = (input: JobGrids, extra: Partial<JobContext> = {}) => {
    let imported: Registry | undefined;
    const started = startJob({ ...input, catalog: null, entries: null }, NAMES, context({ ...extra, registryImported: (r) => (imported = r) }));
    if (!started.ok) throw new Error(started.problems.join('\n'));
    // The registry the job imported and the outcome, each through a structured clone, as messages between threads.
    const registry = new Registry(structuredClone(imported!.entries));
    const outcome = structuredClone(indicatorStage({ catalog: input.catalog!, entries: input.entries! }, registry, context(extra)));
    return finishJob(started, outcome);
  };

  test('the same outcome as summarizeGrids: workbooks, report, counts, warnings', () => {
    const expected = run(grids, { report: true });
    const actual = handedIn(grids, { report: true });
    if (!expected.ok || !actual.ok) throw new Error('both runs should succeed');
    expect(actual.workbooks).toEqual(expected.workbooks);
    expect(actual.report).toEqual(expected.report);
    expect(actual.counts).toEqual(expected.counts);
    expect(actual.warnings).toEqual(expected.warnings);
  });

  test("an unusable entries grid is named as summarizeGrids names it, after the other inputs' problems", () => {
    const broken = { ...grids, responses: withoutColumn(RESPONSES, 'ชื่อ-นามสกุล'), entries: withoutColumn(ENTRIES, 'กรอบการประเมิน (1)') };
    const expected = run(broken);
    expect(expected.ok).toBe(false);
    expect(handedIn(broken)).toEqual(expected);
  });
});
