import type { Cell } from '../../sheets-schema/cell';
import type { SheetLayout, WorkbookLayout } from '../../sheets-schema/workbook';
import { registrationRow } from '../rsvp/registration-row';
import { Registry } from '../registry';
import { summarizeRsvp } from './counts';
import { placeResponse } from './placement';
import { REGISTRY, RESPONSES } from './test-fixture';
import { buildSummaryWorkbooks } from './workbooks';

const registry = new Registry(REGISTRY);
const generatedAt = new Date('2026-06-22T03:05:00Z'); // 10:05 in Bangkok
const sources = ['ทะเบียน อปท.: registry.csv (12 แห่ง)', 'คำตอบแบบฟอร์ม: responses.csv (16 แถว)'];
const summary = summarizeRsvp(RESPONSES, registry);
const registrationRows = RESPONSES.map((r) => registrationRow(r, registry));
const { national, provinces } = buildSummaryWorkbooks({ registry, generatedAt, sources, rsvp: { responses: RESPONSES, rows: registrationRows, summary } });

const sheet = (wb: WorkbookLayout, name: string): SheetLayout => {
  const found = wb.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name} in ${wb.sheets.map((s) => s.name).join(', ')}`);
  return found;
};
const province = (name: string) => provinces.find((p) => p.province === name)!.workbook;
/** Rows as header -> value objects, blank cells left out, for readable expectations. */
const records = (s: SheetLayout) =>
  s.rows.map((row) => Object.fromEntries(s.columns.map((c, i) => [c.header, row[i]]).filter(([, v]) => v !== null && v !== '')));
const everyText = (wb: WorkbookLayout): Set<string> =>
  new Set(wb.sheets.flatMap((s) => [...(s.preamble ?? []), ...s.columns.map((c) => c.header), ...s.rows.flat().map((c: Cell) => String(c ?? ''))]));

describe('national workbook', () => {
  test('about (the cover), overview and by type sheets, all with Thai names', () => {
    expect(national.sheets.map((s) => s.name)).toEqual(['เกี่ยวกับรายงาน', 'ภาพรวมรายจังหวัด', 'แยกตามประเภท อปท.']);
  });

  test('one row per province, the unknown-province bucket, then the national total', () => {
    const rows = records(sheet(national, 'ภาพรวมรายจังหวัด'));
    expect(rows).toEqual([
      { จังหวัด: 'กระบี่', 'จำนวน อปท.': 4, 'อปท. ที่ลงทะเบียนแล้ว': 2, 'อปท. ที่ยังไม่ลงทะเบียน': 2, ร้อยละที่ลงทะเบียน: 50, 'ผู้ลงทะเบียน (คน)': 3, คำตอบที่ต้องตรวจสอบ: 2 },
      {
        จังหวัด: 'กรุงเทพมหานคร',
        'จำนวน อปท.': 1,
        'อปท. ที่ลงทะเบียนแล้ว': 1,
        'อปท. ที่ยังไม่ลงทะเบียน': 0,
        ร้อยละที่ลงทะเบียน: 100,
        'ผู้ลงทะเบียน (คน)': 1,
        คำตอบที่ต้องตรวจสอบ: 0,
      },
      {
        จังหวัด: 'ตาก',
        'จำนวน อปท.': 7,
        'อปท. ที่ลงทะเบียนแล้ว': 3,
        'อปท. ที่ยังไม่ลงทะเบียน': 4,
        ร้อยละที่ลงทะเบียน: (3 / 7) * 100,
        'ผู้ลงทะเบียน (คน)': 4,
        คำตอบที่ต้องตรวจสอบ: 2,
      },
      { จังหวัด: 'ไม่ทราบจังหวัด', คำตอบที่ต้องตรวจสอบ: 2 },
      { จังหวัด: 'รวมทั้งประเทศ', 'จำนวน อปท.': 12, 'อปท. ที่ลงทะเบียนแล้ว': 6, 'อปท. ที่ยังไม่ลงทะเบียน': 6, ร้อยละที่ลงทะเบียน: 50, 'ผู้ลงทะเบียน (คน)': 8, คำตอบที่ต้องตรวจสอบ: 6 },
    ]);
  });

  test('title and Buddhist-era Bangkok time above the header; header and province column frozen', () => {
    const overview = sheet(national, 'ภาพรวมรายจังหวัด');
    expect(overview.preamble).toEqual(['ภาพรวมการลงทะเบียนรายจังหวัด', 'ข้อมูล ณ 22 มิ.ย. 2569 10:05 น.']);
    expect(overview.freeze).toEqual({ rows: 3, columns: 1 });
    expect(overview.columns.find((c) => c.header === 'ร้อยละที่ลงทะเบียน')!.kind).toBe('percent');
    expect(overview.columns.every((c) => c.width !== undefined)).toBe(true);
  });

  test('by type: a pair of columns per type present, totals last', () => {
    const byType = sheet(national, 'แยกตามประเภท อปท.');
    expect(byType.columns.map((c) => c.header)).toEqual([
      'จังหวัด',
      'อบจ. ทั้งหมด',
      'อบจ. ลงทะเบียนแล้ว',
      'เทศบาลเมือง ทั้งหมด',
      'เทศบาลเมือง ลงทะเบียนแล้ว',
      'เทศบาลตำบล ทั้งหมด',
      'เทศบาลตำบล ลงทะเบียนแล้ว',
      'อบต. ทั้งหมด',
      'อบต. ลงทะเบียนแล้ว',
      'กรุงเทพมหานคร ทั้งหมด',
      'กรุงเทพมหานคร ลงทะเบียนแล้ว',
    ]);
    expect(byType.rows.find((r) => r[0] === 'ตาก')).toEqual(['ตาก', 1, 1, 1, 1, 1, 0, 4, 1, 0, 0]);
    expect(byType.rows.at(-1)).toEqual(['รวมทั้งประเทศ', 2, 2, 1, 1, 2, 0, 6, 2, 1, 1]);
  });

  test('about: generated at, sources, status legend and counts', () => {
    const about = Object.fromEntries(sheet(national, 'เกี่ยวกับรายงาน').rows.map(([k, v]) => [k, v]));
    expect(about['จัดทำเมื่อ']).toBe('22 มิ.ย. 2569 10:05 น. (เวลาประเทศไทย)');
    expect(
      sheet(national, 'เกี่ยวกับรายงาน')
        .rows.filter((r) => r[0] === 'แหล่งข้อมูล')
        .map((r) => r[1]),
    ).toEqual(sources);
    expect(about['สถานะ "ต้องตรวจสอบ"']).toContain('อปท. ที่อาจตรงกัน');
    expect(about['จำนวนคำตอบ "ใช้ได้"']).toBe('8 รายการ');
    expect(about['จำนวนคำตอบ "ซ้ำ"']).toBe('2 รายการ');
  });

  test('PDPA: no name, phone or e-mail of anyone', () => {
    const texts = everyText(national);
    for (const r of RESPONSES) {
      for (const personal of [r.personName, r.phone, r.email].filter(Boolean)) expect(texts).not.toContain(personal);
    }
  });
});

describe('province workbooks', () => {
  test('one per registry province, Bangkok included', () => {
    expect(provinces.map((p) => p.province)).toEqual(['กระบี่', 'กรุงเทพมหานคร', 'ตาก']);
    expect(province('ตาก').title).toBe('สรุปจังหวัดตาก');
    // The cover, then names (attendees, review) before whom to chase, then the counts by type.
    expect(province('ตาก').sheets.map((s) => s.name)).toEqual([
      'เกี่ยวกับรายงาน',
      'สรุปรายอำเภอ',
      'ผู้ลงทะเบียน',
      'คำตอบที่ต้องตรวจสอบ',
      'อปท. ที่ยังไม่ลงทะเบียน',
      'แยกตามประเภท อปท.',
    ]);
  });

  test('per district, the unplaceable review row as ไม่ทราบอำเภอ, province total last', () => {
    const rows = sheet(province('ตาก'), 'สรุปรายอำเภอ').rows.map((r) => [r[0], r[1], r[2], r[5], r[6]]);
    expect(rows).toEqual([
      ['บ้านตาก', 1, 0, 0, 0],
      ['เมืองตาก', 1, 1, 1, 0],
      ['แม่ระมาด', 3, 1, 1, 1],
      ['แม่สอด', 2, 1, 2, 0],
      ['ไม่ทราบอำเภอ', 0, 0, 0, 1],
      ['รวมทั้งจังหวัด', 7, 3, 4, 2],
    ]);
    expect(sheet(province('ตาก'), 'สรุปรายอำเภอ').preamble![0]).toBe('สรุปรายอำเภอ จังหวัดตาก');
  });

  test("LAOs to chase in order of responsibility: the province's own, then district by district, with counts and bars", () => {
    const followUp = sheet(province('ตาก'), 'อปท. ที่ยังไม่ลงทะเบียน');
    expect(followUp.rows.map((r) => [r[0], r[2], r[3], r[4], r[5]])).toEqual([
      ['จังหวัด (ติดตามโดยตรง)', 'ครบทั้ง 2 แห่ง', null, null, '■■■■■■■■■■ 100%'],
      ['อำเภอบ้านตาก', 'ต้องติดตาม 1 จาก 1 แห่ง', null, null, '□□□□□□□□□□ 0%'],
      ['อำเภอบ้านตาก', 'อบต.วังหิน', '6630107', 'ยังไม่ลงทะเบียน', null],
      ['อำเภอแม่ระมาด', 'ต้องติดตาม 2 จาก 3 แห่ง', null, null, '■■■□□□□□□□ 33%'],
      ['อำเภอแม่ระมาด', 'เทศบาลตำบลแม่ระมาด', '5630103', 'ยังไม่ลงทะเบียน', null],
      ['อำเภอแม่ระมาด', 'อบต.ขะเนจื้อ', '6630105', 'ยังไม่ลงทะเบียน', null],
      ['อำเภอแม่สอด', 'ต้องติดตาม 1 จาก 1 แห่ง', null, null, '□□□□□□□□□□ 0%'],
      ['อำเภอแม่สอด', 'อบต.ท่าสายลวด', '6630106', 'ยังไม่ลงทะเบียน', null],
    ]);
    expect(followUp.tones).toEqual(['good', 'heading', 'missing', 'heading', 'missing', 'missing', 'heading', 'missing']);
    // The same bars as figures, for writers that draw them (Google Sheets' SPARKLINE), in the progress column.
    expect(followUp.columns[followUp.bars!.column]!.header).toBe('ความคืบหน้า');
    expect(followUp.bars!.rows).toEqual([{ done: 2, total: 2 }, { done: 0, total: 1 }, null, { done: 1, total: 3 }, null, null, { done: 0, total: 1 }, null]);
    // No form link known: no links.
    expect(followUp.rows.every((r) => r[6] === null)).toBe(true);
  });

  test("with the form's link template, each LAO to chase carries its prefilled link", () => {
    const prefill = { base: 'https://docs.google.com/forms/d/e/X/viewform', entries: { laoCode: 'entry.5' } };
    const linked = buildSummaryWorkbooks({ registry, generatedAt, sources, rsvp: { responses: RESPONSES, rows: registrationRows, summary }, prefill });
    const rows = sheet(linked.provinces.find((p) => p.province === 'ตาก')!.workbook, 'อปท. ที่ยังไม่ลงทะเบียน').rows;
    expect(rows.filter((r) => r[3] !== null).map((r) => r[6])).toEqual(
      ['6630107', '5630103', '6630105', '6630106'].map((code) => `https://docs.google.com/forms/d/e/X/viewform?usp=pp_url&entry.5=${code}`),
    );
  });

  test('in the indicator season, registered LAOs that have not finished their entry are chased too', () => {
    const indicatorCompletion = new Map([
      ['2630101', { done: 3, applicable: 10, complete: false }],
      ['6630107', { done: 0, applicable: 10, complete: false }],
    ]);
    const season = buildSummaryWorkbooks({
      registry,
      generatedAt,
      sources,
      rsvp: { responses: RESPONSES, rows: registrationRows, summary },
      indicatorCompletion,
    });
    const rows = sheet(season.provinces.find((p) => p.province === 'ตาก')!.workbook, 'อปท. ที่ยังไม่ลงทะเบียน').rows;
    expect(rows.slice(0, 4).map((r) => [r[2], r[4], r[5]])).toEqual([
      ['ต้องติดตาม 1 จาก 2 แห่ง', null, '■■■■■□□□□□ 50%'],
      ['อบจ.ตาก', 'กรอกตัวชี้วัดแล้ว 3 จาก 10 ตัวชี้วัด', null],
      ['ต้องติดตาม 1 จาก 1 แห่ง', null, '□□□□□□□□□□ 0%'],
      ['อบต.วังหิน', 'ยังไม่ลงทะเบียน, ยังไม่กรอกตัวชี้วัด', null],
    ]);
  });

  test('attendees: ok responses only, by district and LAO, with warnings as notes', () => {
    const rows = records(sheet(province('ตาก'), 'ผู้ลงทะเบียน'));
    expect(rows.map((r) => [r['อำเภอ'], r['อปท.'], r['ชื่อ-นามสกุล']])).toEqual([
      ['เมืองตาก', 'อบจ.ตาก', 'นายสมชาย ใจดี'],
      ['แม่ระมาด', 'อบต.แม่ระมาด', 'นายทดสอบ แถว5'],
      ['แม่สอด', 'เทศบาลเมืองแม่สอด', 'นางสาวมาลี ศรีสุข'],
      ['แม่สอด', 'เทศบาลเมืองแม่สอด', 'นายวิชัย มั่นคง'],
    ]);
    expect(rows[2]).toMatchObject({
      'รหัส อปท.': '4630102',
      โทรศัพท์: '02-123',
      อีเมล: 'person2@example.go.th',
      ลงทะเบียนเมื่อ: RESPONSES[1]!.submittedAt,
      ข้อสังเกต: 'เบอร์โทรศัพท์ไม่ถูกต้อง',
    });
  });

  test('responses needing review with Thai status, reasons and named candidates', () => {
    const rows = records(sheet(province('ตาก'), 'คำตอบที่ต้องตรวจสอบ'));
    expect(rows.map((r) => r['แถวในไฟล์คำตอบ'])).toEqual([7, 8]);
    expect(rows[0]).toMatchObject({
      สถานะ: 'ต้องตรวจสอบ',
      เหตุผล: 'ชื่อ อปท. ตรงกับหลายแห่ง กรุณาระบุประเภท',
      'อปท. ที่อาจตรงกัน':
        '5630103 เทศบาลตำบลแม่ระมาด อ.แม่ระมาด จ.ตาก (ชื่อตรงกัน +10, ไม่ได้ระบุประเภท 0, อำเภอตรงกัน +3, จังหวัดตรงกัน +2 = +15); ' +
        '6630104 อบต.แม่ระมาด อ.แม่ระมาด จ.ตาก (ชื่อตรงกัน +10, ไม่ได้ระบุประเภท 0, อำเภอตรงกัน +3, จังหวัดตรงกัน +2 = +15)',
      'ชื่อ อปท. (ที่ตอบ)': 'แม่ระมาด',
    });
    expect(rows[1]).toMatchObject({ สถานะ: 'ไม่สมบูรณ์', เหตุผล: 'ไม่ได้กรอกชื่อ-นามสกุล' });
  });

  test('Bangkok: one LAO, no district', () => {
    expect(sheet(province('กรุงเทพมหานคร'), 'สรุปรายอำเภอ').rows[0]!.slice(0, 3)).toEqual(['ไม่แบ่งอำเภอ', 1, 1]);
    expect(sheet(province('กรุงเทพมหานคร'), 'สรุปรายอำเภอ').preamble![0]).toBe('สรุปรายอำเภอ กรุงเทพมหานคร');
  });

  test('PDPA: each province workbook holds its own people and nobody else', () => {
    for (const { province: name, workbook } of provinces) {
      const texts = everyText(workbook);
      for (const r of RESPONSES) {
        const place = placeResponse(r, registry);
        const own = place?.province === name && r.status !== 'duplicate';
        if (!r.email) continue;
        expect([name, r.row, texts.has(r.email)]).toEqual([name, r.row, own]);
      }
    }
  });
});

test('indicators only: no RSVP sheets, the cover then the extra sheets', () => {
  const extra: SheetLayout = { name: 'ตัวชี้วัด', columns: [{ header: 'ก' }], rows: [], freeze: { rows: 1, columns: 0 } };
  const only = buildSummaryWorkbooks({
    registry,
    generatedAt,
    sources,
    extraSheets: { national: [extra], byProvince: new Map([['ตาก', [extra]]]) },
  });
  expect(only.national.sheets.map((s) => s.name)).toEqual(['เกี่ยวกับรายงาน', 'ตัวชี้วัด']);
  expect(only.provinces.find((p) => p.province === 'ตาก')!.workbook.sheets.map((s) => s.name)).toEqual(['เกี่ยวกับรายงาน', 'ตัวชี้วัด']);
  expect(only.provinces.find((p) => p.province === 'กระบี่')!.workbook.sheets.map((s) => s.name)).toEqual(['เกี่ยวกับรายงาน']);
  const about = only.national.sheets[0]!.rows.map((r) => r[0]);
  expect(about).not.toContain('จำนวนคำตอบ "ใช้ได้"');
});
