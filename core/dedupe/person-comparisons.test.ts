/**
 * One row per level of every person comparison (person-comparisons.ts), with literal Thai names and contacts: the
 * level that fires and its Thai label. A level that no row reaches fails the last test.
 */
import { parseEmail } from '../contact/email';
import { parsePhone } from '../contact/phone';
import { compare } from '../match/comparison';
import { parsePersonName } from '../person/name';
import { editDistance } from '../match/edit-distance';
import { leastEdits, PERSON_COMPARISONS, PersonPair, personProfile, type PersonComparisonId } from './person-comparisons';

interface Side {
  name: string;
  phone?: string;
  email?: string;
  position?: string;
}

const profile = (s: Side, row: number) =>
  personProfile({
    row,
    laoCode: '6810408',
    submittedAt: null,
    person: parsePersonName(s.name),
    phone: parsePhone(s.phone ?? ''),
    email: parseEmail(s.email ?? ''),
    position: s.position ?? '',
  });

const SOMCHAI: Side = { name: 'นายสมชาย ใจดี', phone: '081-234-5678', email: 'somchai@example.com' };

/** The same name with the office's landline and mailbox, and a post. */
const OFFICE_SOMCHAI: Side = { ...SOMCHAI, phone: '075-123-456', email: 'obt6810408@gmail.com', position: 'ปลัดองค์การบริหารส่วนตำบล' };

// [comparison, level, Thai label, one registration, the other]
const ROWS: Array<[PersonComparisonId, string, string, Side, Side]> = [
  ['name', 'missing', 'ไม่มีชื่อให้เทียบ', SOMCHAI, { ...SOMCHAI, name: '-' }],
  ['name', 'exact', 'ชื่อ-นามสกุลตรงกัน', SOMCHAI, { ...SOMCHAI, name: 'สมชาย  ใจดี' }],
  ['name', 'marks', 'ชื่อ-นามสกุลต่างกันเฉพาะวรรณยุกต์หรือการันต์', { ...SOMCHAI, name: 'นายสมศักดิ์ ใจดี' }, { ...SOMCHAI, name: 'นายสมศักดิ ใจดี' }],
  ['name', 'order', 'ชื่อ-นามสกุลตรงกันแต่เขียนนามสกุลก่อน', SOMCHAI, { ...SOMCHAI, name: 'ใจดี นายสมชาย' }],
  // A surname of two words (ณ ระนอง) with two neighbouring words swapped, the title glued to the word it began
  // (nlpaug's word swap; 5001 and 5005 of bench:quality each had such a pair, one person with one mobile, missed).
  ['name', 'words', 'ชื่อ-นามสกุลเป็นคำเดียวกันแต่เรียงลำดับต่างกัน', { ...SOMCHAI, name: 'นายกำธร ณ ระนอง' }, { ...SOMCHAI, name: 'ณ นายกำธร ระนอง' }],
  // นายสมชาย ใจดี typed with the keyboard on the English layout.
  ['name', 'layout', 'ชื่อ-นามสกุลตรงกันเมื่ออ่านเป็นแป้นพิมพ์ภาษาไทย (พิมพ์ขณะแป้นเป็นภาษาอังกฤษ)', SOMCHAI, { ...SOMCHAI, name: 'okpl,=kp .0fu' }],
  ['name', 'given_only', 'ชื่อตรงกัน (คำตอบหนึ่งไม่มีนามสกุล)', SOMCHAI, { ...SOMCHAI, name: 'นายสมชาย' }],
  ['name', 'typo', 'ชื่อ-นามสกุลสะกดต่างกันเล็กน้อย', SOMCHAI, { ...SOMCHAI, name: 'นายสมชาย ใจดีย' }],
  ['name', 'slips', 'ชื่อ-นามสกุลสะกดต่างกันไม่กี่ตัวอักษร (มือถือหรืออีเมลตรงกันหรือต่างกันเล็กน้อย)', SOMCHAI, { ...SOMCHAI, name: 'นายสมชัย ใจดีย' }],
  [
    'name',
    'retyped',
    'ชื่อ-นามสกุลสะกดต่างกันหลายตัวอักษร (มือถือและอีเมลตรงกัน)',
    { name: 'นายชำนาญ สมบูรณ์ดี', phone: '0892427594', email: 'chamnan_84@gmail.com' },
    // Four letters doubled (ญ, ม, ร, ย): marks a keyboard moves are no slips (the names are compared without them too).
    { name: 'นาย ชำนาญญ สมมบูรรณ์ดีย', phone: '089 242 7594', email: 'chamnan_84@gmail.com' },
  ],
  ['name', 'same_family', 'นามสกุลเดียวกันแต่ชื่อต่างกัน', SOMCHAI, { ...SOMCHAI, name: 'นางมาลี ใจดี' }],
  ['name', 'different', 'ชื่อ-นามสกุลต่างกัน', SOMCHAI, { ...SOMCHAI, name: 'นายวิชัย มั่นคง' }],
  ['title', 'sex', 'คำนำหน้าระบุเพศต่างกัน', SOMCHAI, { ...SOMCHAI, name: 'นางสาวสมชาย ใจดี' }],
  ['title', 'married', 'คำนำหน้า นาง/นางสาว ต่างกัน', { name: 'นางมาลี ใจดี' }, { name: 'น.ส.มาลี ใจดี' }],
  ['title', 'same_or_unknown', '', SOMCHAI, { ...SOMCHAI, name: 'ว่าที่ร้อยตรีสมชาย ใจดี' }],
  ['phone', 'missing', 'ไม่มีโทรศัพท์ให้เทียบ', SOMCHAI, { ...SOMCHAI, phone: '-' }],
  ['phone', 'mobile', 'โทรศัพท์มือถือตรงกัน', SOMCHAI, { ...SOMCHAI, phone: '+66 81 234 5678' }],
  ['phone', 'landline', 'โทรศัพท์พื้นฐานเดียวกัน (อาจเป็นของสำนักงาน)', { ...SOMCHAI, phone: '075-123-456' }, { ...SOMCHAI, phone: '075123456 ต่อ 12' }],
  ['phone', 'one_digit', 'โทรศัพท์มือถือต่างกันหนึ่งหลัก (อาจพิมพ์ผิด)', SOMCHAI, { ...SOMCHAI, phone: '081-234-5687' }],
  ['phone', 'landline_other', 'โทรศัพท์ต่างกัน (หมายเลขหนึ่งเป็นโทรศัพท์พื้นฐาน)', SOMCHAI, { ...SOMCHAI, phone: '02-123-4567-8' }],
  ['phone', 'different', 'โทรศัพท์มือถือต่างกัน', SOMCHAI, { ...SOMCHAI, phone: '089-999-9999' }],
  ['email', 'missing', 'ไม่มีอีเมลให้เทียบ', SOMCHAI, { ...SOMCHAI, email: 'ไม่มี' }],
  ['email', 'office_same', 'อีเมลกลางของ อปท. เดียวกัน (ใช้ร่วมกันได้)', { ...SOMCHAI, email: 'saraban@banna.go.th' }, { ...SOMCHAI, email: 'Saraban@banna.go.th' }],
  ['email', 'equal', 'อีเมลตรงกัน', SOMCHAI, { ...SOMCHAI, email: ' Somchai@Example.com' }],
  ['email', 'one_letter', 'อีเมลต่างกันหนึ่งตัวอักษร (อาจพิมพ์ผิด)', SOMCHAI, { ...SOMCHAI, email: 'somchia@example.com' }],
  ['email', 'office', 'อีเมลต่างกัน (อีเมลหนึ่งเป็นอีเมลกลางของ อปท.)', SOMCHAI, { ...SOMCHAI, email: 'saraban@banna.go.th' }],
  ['email', 'changed', 'อีเมลต่างกัน (มือถือเดียวกัน)', SOMCHAI, { ...SOMCHAI, email: 'jaidee.s@hotmail.com' }],
  ['email', 'different', 'อีเมลต่างกัน', SOMCHAI, { ...SOMCHAI, phone: '089-999-9999', email: 'สมชาย@อีเมล.ไทย' }],
  // The post, only where no personal contact is shared: an office landline and mailbox against a mobile and a
  // personal address (what two colleagues of one name give, and sometimes one person on two days).
  ['position', 'contact_shared', '', { ...SOMCHAI, position: 'ปลัดเทศบาล' }, { ...SOMCHAI, email: 'saraban@banna.go.th', position: 'วิศวกรโยธา' }],
  ['position', 'different', 'ตำแหน่งต่างกัน และไม่มีโทรศัพท์มือถือหรืออีเมลส่วนตัวตรงกัน', OFFICE_SOMCHAI, { ...SOMCHAI, position: 'นักวิชาการคอมพิวเตอร์' }],
  ['position', 'same_or_unknown', '', OFFICE_SOMCHAI, { ...SOMCHAI, position: 'ปลัดองค์การบริหารส่วนตำบลชำนาญการพิเศษ' }],
  // The desk rule (one LAO).
  ['conflict', 'contacts', '', SOMCHAI, { ...SOMCHAI, phone: '089-999-9999', email: 'jaidee.s@hotmail.com' }],
  [
    'conflict',
    'none',
    'ไม่มีข้อมูลติดต่อที่ขัดกัน (โทรศัพท์สำนักงานและอีเมลกลางใช้ร่วมกันได้)',
    SOMCHAI,
    { ...SOMCHAI, phone: '075-123-456 ต่อ 12', email: 'obt6810408@gmail.com' },
  ],
  ['conflict', 'not_full_name', '', SOMCHAI, { name: 'นายสมชาย', phone: '075-123-456' }],
];

describe.each(ROWS)('%s: %s (%s)', (comparison, level, label, a, b) => {
  test('fires, and its Thai label is what the explanation says', () => {
    const outcome = compare(PERSON_COMPARISONS, new PersonPair(profile(a, 1), profile(b, 2)));
    expect(outcome.levels[comparison]).toBe(level);
    const spec = PERSON_COMPARISONS.find((c) => c.id === comparison)!.levels.find((l) => l.id === level)!;
    expect(spec.label).toBe(label);
    if (label) expect(outcome.fired.map((f) => f.label)).toContain(label);
  });
});

test('every level of every comparison has a row', () => {
  const covered = new Set(ROWS.map(([c, l]) => `${c}.${l}`));
  const all = PERSON_COMPARISONS.flatMap((c) => c.levels.map((l) => `${c.id}.${l.id}`));
  expect(all.filter((id) => !covered.has(id))).toEqual([]);
});

describe('leastEdits (the quick bound before the edit distance)', () => {
  test.each([
    ['สมชายใจดี', 'สมชายใจดี', 0],
    ['สมชายใจดี', 'สมชัยใจดี', 1], // one substitution
    ['สมชายใจดี', 'สมชายใจดีย', 1], // one insertion
    ['สมชายใจดี', 'สมชยาใจดี', 0], // a swap changes no count
    ['สมชายใจดี', 'วิชัยมั่นคง', 8],
  ])('%s / %s: %i', (a, b, bound) => {
    expect(leastEdits(a, b)).toBe(bound);
  });

  test('never above the edit distance, so no pair within a few slips is ruled out', () => {
    // Names of a few Thai letters and marks, and ASCII: '!' (0x21) shares its low byte with ม (0x0E21).
    const letters = ['ส', 'ม', 'ช', 'า', 'ย', 'ใ', 'จ', 'ด', 'ี', '่', '้', 'a', '!', 'ก', 'า'];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % letters.length;
    const name = () => Array.from({ length: 3 + next() }, () => letters[next()]).join('');
    for (let i = 0; i < 5000; i++) {
      const a = name();
      const b = i % 2 ? name() : a.slice(0, 2) + letters[next()] + a.slice(3);
      expect(leastEdits(a, b)).toBeLessThanOrEqual(editDistance(a, b));
    }
    expect(leastEdits('😀สมชาย', 'สมชาย')).toBe(0); // surrogate pairs: no bound
  });
});
