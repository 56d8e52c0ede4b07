import { pickingOrder } from '../core/rsvp/picked-lao';
import { headers } from './define';
import { rsvpForm, rsvpResponsesSheet, RSVP_LAO_TYPE_CHOICES } from './rsvp-form';
import { readTable } from './table';

const QUESTION_TITLES = ['จังหวัด', 'อำเภอ', 'ประเภท อปท.', 'ชื่อ อปท.', 'รหัส อปท.', 'ชื่อ-นามสกุล', 'ตำแหน่ง', 'โทรศัพท์มือถือ', 'อีเมล', 'รอบการประชุม'];

describe('RSVP form definition', () => {
  const form = rsvpForm({ provinces: ['สมุทรปราการ', 'ตาก', 'ตาก'], sessionLabels: ['รอบที่ 1', 'รอบที่ 2'] });

  test('questions in the agreed order with the exact titles', () => {
    expect(form.questions.map((q) => q.title)).toEqual(QUESTION_TITLES);
    expect(form.questions.map((q) => q.kind)).toEqual(['choice', 'text', 'choice', 'text', 'text', 'text', 'text', 'text', 'text', 'choice']);
  });

  test('LAO type choices in long form, in the agreed order', () => {
    expect(RSVP_LAO_TYPE_CHOICES).toEqual(['องค์การบริหารส่วนจังหวัด', 'เทศบาลนคร', 'เทศบาลเมือง', 'เทศบาลตำบล', 'องค์การบริหารส่วนตำบล', 'เมืองพัทยา', 'กรุงเทพมหานคร']);
    expect(form.questions[2]?.choices).toEqual(RSVP_LAO_TYPE_CHOICES);
  });

  test('province choices from the registry, Bangkok added once; session choices from the sessions', () => {
    expect(form.questions[0]?.choices).toEqual(['สมุทรปราการ', 'ตาก', 'กรุงเทพมหานคร']);
    expect(rsvpForm({ provinces: ['กรุงเทพมหานคร', 'ตาก'], sessionLabels: [] }).questions[0]?.choices).toEqual(['กรุงเทพมหานคร', 'ตาก']);
    expect(form.questions[9]?.choices).toEqual(['รอบที่ 1', 'รอบที่ 2']);
  });

  test('only the district and the code are optional; every text is Thai', () => {
    expect(form.questions.filter((q) => !q.required).map((q) => q.key)).toEqual(['district', 'laoCode']);
    for (const q of form.questions) expect(q.helpText).toMatch(/[ก-๙]/);
    expect(form.title).toMatch(/2569/);
  });

  test('the responses sheet has ประทับเวลา, then the question titles', () => {
    const h = headers(rsvpResponsesSheet);
    expect(h[0]).toBe('ประทับเวลา');
    expect(h.filter((x) => x !== 'ประทับเวลา' && x !== 'ที่อยู่อีเมล')).toEqual(QUESTION_TITLES);
    for (const q of form.questions) expect(rsvpResponsesSheet.columns[q.key].header).toBe(q.title);
  });
});

describe('reading responses', () => {
  const answers = ['ตาก', 'แม่สอด', 'องค์การบริหารส่วนตำบล', 'วังหิน', '', 'นายสมชาย ใจดี', 'ปลัด', '0812345678', 'a@b.co', 'รอบที่ 1'];

  test('a Thai export with the collected e-mail column', () => {
    const result = readTable(rsvpResponsesSheet, [
      ['ประทับเวลา', 'ที่อยู่อีเมล', ...QUESTION_TITLES],
      ['16/8/2026, 0:49:21', 'x@y.co', ...answers],
    ]);
    expect(result).toMatchObject({ ok: true, rows: [{ rowNumber: 1, timestamp: '16/8/2026, 0:49:21', collectedEmail: 'x@y.co', laoName: 'วังหิน' }] });
  });

  test('an English export, without the collected e-mail or the code column', () => {
    const titles = QUESTION_TITLES.filter((t) => t !== 'รหัส อปท.');
    const result = readTable(rsvpResponsesSheet, [
      ['Timestamp', ...titles],
      ['8/16/2026 0:49:21', ...answers.filter((_, i) => i !== 4)],
    ]);
    expect(result).toMatchObject({ ok: true, rows: [{ timestamp: '8/16/2026 0:49:21', collectedEmail: null, laoCode: null, session: 'รอบที่ 1' }] });
  });

  test('a renamed question is reported by its title', () => {
    const result = readTable(rsvpResponsesSheet, [['ประทับเวลา', ...QUESTION_TITLES.map((t) => (t === 'ตำแหน่ง' ? 'ตำแหน่งงาน' : t))]]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.header)).toEqual(['ตำแหน่ง']);
  });
});

describe('RSVP form definition with the LAO picked from a list', () => {
  const laos = [
    { code: '6630405', type: 'อบต.' as const, name: 'แม่ระมาด', province: 'ตาก', district: 'แม่ระมาด', districts: ['แม่ระมาด'] },
    { code: '5630403', type: 'เทศบาลตำบล' as const, name: 'แม่ระมาด', province: 'ตาก', district: 'แม่ระมาด', districts: ['แม่ระมาด'] },
    { code: '6630404', type: 'อบต.' as const, name: 'พระธาตุ', province: 'ตาก', district: 'แม่ระมาด', districts: ['แม่ระมาด'] },
  ];
  const form = rsvpForm({ provinces: ['ตาก', 'สมุทรปราการ'], sessionLabels: ['รอบที่ 1'], laos: pickingOrder(laos) });

  test('asks the province, then one list per province that has LAOs, then the person; nothing about the LAO is typed', () => {
    expect(form.questions.map((q) => [q.title, q.branches])).toEqual([['จังหวัด', true]]);
    expect(form.questions[0]!.choices).toEqual(['ตาก']);
    expect(form.laoSections!.map((s) => [s.sectionTitle, s.title])).toEqual([['จังหวัดตาก', 'อปท. ในจังหวัดตาก']]);
    // By name, then district and type: two LAOs of one name sit together, told apart by their type.
    expect(form.laoSections![0]!.choices).toEqual(['อบต.พระธาตุ — อ.แม่ระมาด', 'เทศบาลตำบลแม่ระมาด — อ.แม่ระมาด', 'อบต.แม่ระมาด — อ.แม่ระมาด']);
    expect(form.personSection!.questions.map((q) => q.title)).toEqual(['ชื่อ-นามสกุล', 'ตำแหน่ง', 'โทรศัพท์มือถือ', 'อีเมล', 'รอบการประชุม']);
  });
});
