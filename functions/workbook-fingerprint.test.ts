import type { WorkbookLayout } from '../sheets-schema/workbook';
import { workbookFingerprint } from './workbook-fingerprint';

const at = (iso: string) => new Date(iso);
const workbook = (generated: string, attendees: number): WorkbookLayout => ({
  title: 'สรุปจังหวัดตาก',
  sheets: [
    {
      name: 'สรุปรายอำเภอ',
      preamble: ['สรุปรายอำเภอ จังหวัดตาก', `ข้อมูล ณ ${generated} น.`],
      columns: [{ header: 'อำเภอ' }, { header: 'ผู้ลงทะเบียน (คน)', kind: 'integer' }],
      rows: [['แม่สอด', attendees]],
      freeze: { rows: 3, columns: 1 },
    },
  ],
});

test('the generation time alone is no change; any content change is', () => {
  const first = workbookFingerprint(workbook('22 มิ.ย. 2569 08:00', 3), at('2026-06-22T01:00:00Z'));
  expect(workbookFingerprint(workbook('22 มิ.ย. 2569 08:15', 3), at('2026-06-22T01:15:00Z'))).toBe(first);
  expect(workbookFingerprint(workbook('22 มิ.ย. 2569 08:15', 4), at('2026-06-22T01:15:00Z'))).not.toBe(first);
  expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
});
