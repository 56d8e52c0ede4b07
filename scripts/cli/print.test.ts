import { join } from 'node:path';
import { printResult } from './print';
import type { JobResult } from './summarize-job';

const cwd = '/work/runs';
const result = (responses: number): JobResult => ({
  files: {
    national: join(cwd, 'out', 'national.xlsx'),
    provincesDir: join(cwd, 'out', 'provinces'),
    provinceFiles: ['a', 'b'].map((p) => join(cwd, 'out', 'provinces', `${p}.xlsx`)),
    registrations: responses ? join(cwd, 'out', 'registrations.csv') : null,
    report: '/elsewhere/report.json',
    cutCells: [],
  },
  report: {
    generatedAt: '2026-06-22T08:00:00.000Z',
    responses: Array.from({ length: responses }, (_, i) => ({ row: i + 1, status: 'ok' as const, laoCode: '1', duplicateOf: null, reasons: [] })),
    provinces: [],
    national: { laosTotal: 7850, laosRegistered: 6910, attendees: 27199, needsReview: 324 },
  },
  timings: [
    { stage: 'อ่านไฟล์', ms: 930.4, cpuMs: 900, peakRssMb: 120 },
    { stage: 'เขียนไฟล์', ms: 3500, cpuMs: 3300, peakRssMb: 300 },
  ],
});

test('outputs, headline counts and stage timings in Thai', () => {
  const lines: string[] = [];
  printResult(result(1), 6140, (l) => lines.push(l), cwd);
  expect(lines).toEqual([
    'เสร็จแล้ว ใช้เวลา 6.14 วินาที',
    'ผลลัพธ์:',
    '  ภาพรวมระดับประเทศ (ตัวเลขสรุปเท่านั้น): out/national.xlsx',
    '  รายจังหวัด 2 ไฟล์ (มีข้อมูลส่วนบุคคล): out/provinces',
    '  คำตอบทั้งหมดพร้อมผลการตรวจ (มีข้อมูลส่วนบุคคล): out/registrations.csv',
    '  รายงานสำหรับโปรแกรม: /elsewhere/report.json',
    'สรุป: อปท. ลงทะเบียนแล้ว 6,910 จาก 7,850 แห่ง (ร้อยละ 88.0), ผู้ลงทะเบียน 27,199 คน, คำตอบที่ต้องตรวจสอบ 324 รายการ',
    'เวลาแต่ละขั้นตอน:',
    '  อ่านไฟล์: 0.93 วินาที',
    '  เขียนไฟล์: 3.50 วินาที',
  ]);
});

test('no responses: no registrations line, no RSVP headline', () => {
  const lines: string[] = [];
  printResult(result(0), 1000, (l) => lines.push(l), cwd);
  expect(lines.some((l) => l.includes('registrations.csv'))).toBe(false);
  expect(lines.some((l) => l.startsWith('สรุป:'))).toBe(false);
});

test('indicators and warnings get a line each in the summary', () => {
  const lines: string[] = [];
  const base = result(0);
  // The rows' counts come with the result (report.json's rows are text already, written by the indicator thread).
  const indicators = {
    entries: [],
    provinces: [
      { province: 'ตาก', laosExpected: 67, laosComplete: 60, laosWithErrors: 1, results: {} },
      { province: 'กระบี่', laosExpected: 60, laosComplete: 5, laosWithErrors: 0, results: {} },
    ],
  };
  printResult({ ...base, report: { ...base.report, indicators }, indicatorRows: { count: 3, withErrors: 1 }, warnings: 1200 }, 1000, (l) => lines.push(l), cwd);
  expect(lines).toContain('ตัวชี้วัด: อปท. กรอกครบแล้ว 65 จาก 127 แห่ง, ข้อมูล 3 แถว มีข้อผิดพลาด 1 แถว');
  expect(lines).toContain('คำเตือน 1,200 รายการ (ดูข้อความด้านบน)');
  expect(lines.indexOf('คำเตือน 1,200 รายการ (ดูข้อความด้านบน)')).toBeLessThan(lines.indexOf('เวลาแต่ละขั้นตอน:'));
});
