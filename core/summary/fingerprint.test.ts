import type { WorkbookLayout } from '../../sheets-schema/workbook';
import { fingerprint, RENDER_VERSION, renderedFingerprint, workbookFingerprint, workbookFingerprints } from './fingerprint';

const at = (iso: string) => new Date(iso);
const sheet = (name: string, generated: string, attendees: number) => ({
  name,
  preamble: [`${name} จังหวัดตาก`, `ข้อมูล ณ ${generated} น.`],
  columns: [{ header: 'อำเภอ' }, { header: 'ผู้ลงทะเบียน (คน)', kind: 'integer' as const }],
  rows: [['แม่สอด', attendees]],
  freeze: { rows: 3, columns: 1 },
});
const workbook = (generated: string, attendees: number, others = 1): WorkbookLayout => ({
  title: 'สรุปจังหวัดตาก',
  sheets: [sheet('สรุปรายอำเภอ', generated, attendees), sheet('รายชื่อผู้ลงทะเบียน', generated, others)],
});

test('the generation time alone is no change; any content change is', () => {
  const first = workbookFingerprint(workbook('22 มิ.ย. 2569 08:00', 3), at('2026-06-22T01:00:00Z'));
  expect(workbookFingerprint(workbook('22 มิ.ย. 2569 08:15', 3), at('2026-06-22T01:15:00Z'))).toBe(first);
  expect(workbookFingerprint(workbook('22 มิ.ย. 2569 08:15', 4), at('2026-06-22T01:15:00Z'))).not.toBe(first);
  expect(first).toMatch(/^[0-9a-z]{1,11}$/);
});

test('a change in one sheet changes that sheet and the workbook only', () => {
  const before = workbookFingerprints(workbook('22 มิ.ย. 2569 08:00', 3, 1), '22 มิ.ย. 2569 08:00');
  const after = workbookFingerprints(workbook('22 มิ.ย. 2569 08:00', 3, 2), '22 มิ.ย. 2569 08:00');
  expect(after.sheets[0]).toBe(before.sheets[0]);
  expect(after.sheets[1]).not.toBe(before.sheets[1]);
  expect(after.workbook).not.toBe(before.workbook);
});

test('a new render version changes every fingerprint, so everything is rendered again once', () => {
  const stamp = '22 มิ.ย. 2569 08:00';
  const now = workbookFingerprints(workbook(stamp, 3), stamp);
  const next = workbookFingerprints(workbook(stamp, 3), stamp, RENDER_VERSION + 1);
  expect(next.sheets.every((s, i) => s !== now.sheets[i])).toBe(true);
  expect(next.workbook).not.toBe(now.workbook);
  expect(renderedFingerprint(['shape'], RENDER_VERSION + 1)).not.toBe(renderedFingerprint(['shape']));
});

test('the hash is cyrb53: the reference values, so stored fingerprints outlive a change of code', () => {
  // cyrb53's published examples (bryc/code, jshash/experimental/cyrb53.js): "a" → 7929297801672961, "" → 3338908027751811.
  expect(fingerprint('a')).toBe((7929297801672961).toString(36));
  expect(fingerprint('')).toBe((3338908027751811).toString(36));
  expect(fingerprint('ตาก')).not.toBe(fingerprint('ตาด'));
  expect(fingerprint('a', 1)).not.toBe(fingerprint('a'));
});
