import { isAbsolute, relative } from 'node:path';
import type { JobResult } from './summarize-job';

const number = (n: number) => n.toLocaleString('th-TH');
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} วินาที`;

/** Where the outputs are, the headline counts and how long each stage took, in Thai. */
export function printResult(result: JobResult, totalMs: number, print: (line: string) => void, cwd = process.cwd()): void {
  const { files, report, timings } = result;
  // Short paths under the working folder; absolute ones elsewhere, never a climb of ../../
  const path = (p: string) => {
    const rel = relative(cwd, p);
    return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? p : rel;
  };
  print(`เสร็จแล้ว ใช้เวลา ${seconds(totalMs)}`);
  print('ผลลัพธ์:');
  print(`  ภาพรวมระดับประเทศ (ตัวเลขสรุปเท่านั้น): ${path(files.national)}`);
  print(`  รายจังหวัด ${number(files.provinceFiles.length)} ไฟล์ (มีข้อมูลส่วนบุคคล): ${path(files.provincesDir)}`);
  if (files.registrations) print(`  คำตอบทั้งหมดพร้อมผลการตรวจ (มีข้อมูลส่วนบุคคล): ${path(files.registrations)}`);
  print(`  รายงานสำหรับโปรแกรม: ${path(files.report)}`);
  if (report.responses.length > 0) {
    const n = report.national;
    const pct = n.laosTotal ? ((n.laosRegistered / n.laosTotal) * 100).toFixed(1) : '0';
    print(
      `สรุป: อปท. ลงทะเบียนแล้ว ${number(n.laosRegistered)} จาก ${number(n.laosTotal)} แห่ง (ร้อยละ ${pct}), ` +
        `ผู้ลงทะเบียน ${number(n.attendees)} คน, คำตอบที่ต้องตรวจสอบ ${number(n.needsReview)} รายการ`,
    );
  }
  if (report.indicators) {
    const provinces = report.indicators.provinces;
    const sum = (pick: (p: (typeof provinces)[number]) => number) => provinces.reduce((n, p) => n + pick(p), 0);
    const rows = result.indicatorRows ?? { count: 0, withErrors: 0 };
    print(
      `ตัวชี้วัด: อปท. กรอกครบแล้ว ${number(sum((p) => p.laosComplete))} จาก ${number(sum((p) => p.laosExpected))} แห่ง, ` +
        `ข้อมูล ${number(rows.count)} แถว มีข้อผิดพลาด ${number(rows.withErrors)} แถว`,
    );
  }
  if (result.warnings) print(`คำเตือน ${number(result.warnings)} รายการ (ดูข้อความด้านบน)`);
  print('เวลาแต่ละขั้นตอน:');
  for (const t of timings) print(`  ${t.stage}: ${seconds(t.ms)}`);
}
