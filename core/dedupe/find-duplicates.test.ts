import { parseEmail } from '../contact/email';
import { parsePhone } from '../contact/phone';
import { parsePersonName } from '../person/name';
import { explain } from '../match/comparison';
import { comparePeople, findDuplicates } from './find-duplicates';
import type { Registration } from './person-comparisons';

let nextRow = 1;
const JUNE_1 = '2026-06-01T09:00:00+07:00';

function reg(name: string, phone = '', email = '', at: string | null = JUNE_1, laoCode = '6810408', position = ''): Registration {
  return {
    row: nextRow++,
    laoCode,
    submittedAt: at === null ? null : new Date(at),
    person: parsePersonName(name),
    phone: parsePhone(phone),
    email: parseEmail(email),
    position,
  };
}

function pairs(registrations: Registration[]): Array<[number, number]> {
  return findDuplicates(registrations).map((l) => [l.row, l.duplicateOf]);
}

beforeEach(() => {
  nextRow = 1;
});

describe('the same person registered more than once for one LAO', () => {
  test('the most recent submission is kept; the earlier one points to it', () => {
    const first = reg('นายสมชาย ใจดี', '081-234-5678', 'somchai@example.com', '2026-06-01T09:00:00+07:00');
    const again = reg('นายสมชาย ใจดี', '0812345678', 'somchai@example.com', '2026-06-02T09:00:00+07:00');
    expect(pairs([first, again])).toEqual([[first.row, again.row]]);
  });

  test('the post and the LAO written after the name the second time, as a signature block writes them', () => {
    const first = reg('นายสมชาย ใจดี', '0812345678', 'somchai@example.com', '2026-06-01T09:00:00+07:00');
    const again = reg('“นายสมชาย ใจดี ปลัด อบต.คลองท่อมใต้”', '0812345678', 'somchai@example.com', '2026-06-02T09:00:00+07:00');
    expect(pairs([first, again])).toEqual([[first.row, again.row]]);
  });

  test('a name retyped with letters left out, its marks landing elsewhere, the e-mail the same and the mobile a digit off', () => {
    // The generator's seed 5001: ก and ร left out, and the keyboard's order of marks puts ั before ์ (วงศั์กษ์).
    // Compared without the marks the name is two letters off; the contacts say one person.
    const first = reg('ว่าที่ร้อยตรี กำธร วงศ์รักษ์', '0933639747', 'kamthon.w47@gmail.com', '2026-06-01T09:00:00+07:00');
    const again = reg('ว่าที่ร้อยตรี ำธร วงศ์ักษ์', '093-363-2747', 'Kamthon.w47@Gmail.com', '2026-06-02T09:00:00+07:00');
    expect(pairs([first, again])).toEqual([[first.row, again.row]]);
    // A colleague of a name as near, with their own mobile and e-mail, stays apart.
    const other = reg('ว่าที่ร้อยตรี ำธร วงศ์ักษ์', '0861112222', 'other.person@gmail.com', '2026-06-03T09:00:00+07:00');
    expect(pairs([first, other])).toEqual([]);
  });

  test('the timestamp decides, not the row order', () => {
    const later = reg('สมชาย ใจดี', '0812345678', '', '2026-06-05T09:00:00+07:00');
    const earlier = reg('สมชาย ใจดี', '0812345678', '', '2026-06-01T09:00:00+07:00');
    expect(pairs([later, earlier])).toEqual([[earlier.row, later.row]]);
  });

  test('equal timestamps: the later row is kept', () => {
    const a = reg('สมชาย ใจดี', '0812345678');
    const b = reg('สมชาย ใจดี', '0812345678');
    expect(pairs([a, b])).toEqual([[a.row, b.row]]);
  });

  test('an unreadable timestamp counts as the time of the row above it, so the later row wins a tie', () => {
    const a = reg('สมชาย ใจดี', '0812345678', '', '2026-06-03T09:00:00+07:00');
    const b = reg('สมชาย ใจดี', '0812345678', '', null);
    const c = reg('สมชาย ใจดี', '0812345678', '', '2026-06-01T09:00:00+07:00');
    // b sits after a (same time, later row): b is newest; c is oldest.
    expect(pairs([a, b, c])).toEqual([
      [a.row, b.row],
      [c.row, b.row],
    ]);
  });

  test('three submissions: both earlier ones point to the newest, even when only one of them matches it directly', () => {
    const v1 = reg('นางสาวสมศรี มีสุข', '0891112222', '', '2026-06-01T09:00:00+07:00');
    const v2 = reg('น.ส.สมศรี มีสุข', '0891112222', 'somsri@example.com', '2026-06-02T09:00:00+07:00');
    const v3 = reg('สมศรี มีสุข', '0893334444', 'somsri@example.com', '2026-06-03T09:00:00+07:00');
    expect(pairs([v1, v2, v3])).toEqual([
      [v1.row, v3.row],
      [v2.row, v3.row],
    ]);
  });

  test('titles added or dropped, phone in another format, e-mail in capitals', () => {
    const a = reg('ว่าที่ร้อยตรีสมชาย ใจดี', '+66 81 234 5678', 'Somchai@Example.com', '2026-06-01T09:00:00+07:00');
    const b = reg('ว่าที่ ร.ต. สมชาย  ใจดี', '081-234-5678', 'somchai@example.com', '2026-06-02T09:00:00+07:00');
    expect(pairs([a, b])).toEqual([[a.row, b.row]]);
  });

  test('an identical name with the phone or the e-mail corrected is the same person', () => {
    // The mobile changed, the e-mail kept.
    const a = reg('สมชาย ใจดี', '0812345678', 'somchai@example.com', '2026-06-01T09:00:00+07:00');
    const b = reg('สมชาย ใจดี', '0898765432', 'somchai@example.com', '2026-06-02T09:00:00+07:00');
    // A one-digit slip in the mobile corrected, and the office mailbox given once.
    const c = reg('วิชัย ดีงาม', '0812345670', 'saraban@example.go.th', '2026-06-01T09:00:00+07:00', '6810403');
    const d = reg('วิชัย ดีงาม', '0812345678', 'wichai@example.com', '2026-06-02T09:00:00+07:00', '6810403');
    // The office landline given once, a slip in the e-mail corrected.
    const e = reg('มาลี มีสุข', '075-123-456', 'malee.mm@example.com', '2026-06-01T09:00:00+07:00', '6810405');
    const f = reg('มาลี มีสุข', '0861234567', 'malee.m@example.com', '2026-06-02T09:00:00+07:00', '6810405');
    expect(pairs([a, b, c, d, e, f])).toEqual([
      [a.row, b.row],
      [c.row, d.row],
      [e.row, f.row],
    ]);
  });

  test('a few name slips are the same person when the mobile and the e-mail both agree', () => {
    const a = reg('นางสาวพิมพ์ชนก ศรีสิทธิ์', '0812345678', 'pim@example.com', '2026-06-01T09:00:00+07:00');
    const b = reg('นางสาวพิมพ์ชนก สรีสิทธ', '0812345678', 'pim@example.com', '2026-06-02T09:00:00+07:00');
    expect(pairs([a, b])).toEqual([[a.row, b.row]]);
    // The mobile kept and another e-mail given (often the office's): still the person.
    const c = reg('นางสาวพิมพ์ชนก ศรีสิทธิ์', '0812345678', 'pim@example.com', '2026-06-01T09:00:00+07:00', '6810403');
    const d = reg('นางสาวพิมพ์ชนก สรีสิทธ', '0812345678', 'saraban@example.com', '2026-06-02T09:00:00+07:00', '6810403');
    expect(pairs([c, d])).toEqual([[c.row, d.row]]);
    // Another mobile altogether with the same e-mail (a shared mailbox): two slips are not enough.
    const e = reg('นางสาวพิมพ์ชนก ศรีสิทธิ์', '0812345678', 'pim@example.com', '2026-06-01T09:00:00+07:00', '6810405');
    const f = reg('นางสาวพิมพ์ชนก สรีสิทธ', '0899999999', 'pim@example.com', '2026-06-02T09:00:00+07:00', '6810405');
    expect(pairs([e, f])).toEqual([]);
  });

  // Outside source: nlpaug's RandomWordAug (action "swap") swaps neighbouring words of the name cell.
  test('a name with two of its words swapped: the surname first, a title moved among the words', () => {
    const at = (day: number) => `2026-06-0${day}T09:00:00+07:00`;
    const a = reg('นางสาวธิดารัตน์ ภู่รักษ์', '0998829353', 'thidarat.p2@gmail.com', at(1), '6450906');
    for (const swapped of ['ภู่รักษ์ นางสาวธิดารัตน์', 'นางสาว ภู่รักษ์ ธิดารัตน์', 'ธิดารัตน์ นางสาว ภู่รักษ์', 'ภู่รักษ์ ธิดารัตน']) {
      const b = reg(swapped, '0998829353', 'thidarat.p2@gmail.com', at(2), '6450906');
      expect(pairs([a, b])).toEqual([[a.row, b.row]]);
    }
    // Stacked titles, one of them moved after the given name.
    const c = reg('ว่าที่ร้อยตรี นางอัญชลี ชัยคำ', '0985591805', 'anchalee.c74@gmail.com', at(1), '6450907');
    const d = reg('นางอัญชลี ว่าที่ร้อยตรี ชัยคำ', '0985591805', 'anchalee.c74@gmail.com', at(2), '6450907');
    expect(pairs([c, d])).toEqual([[c.row, d.row]]);
    // Swapped, but another person's contacts: a namesake written so is still a namesake.
    const e = reg('ภู่รักษ์ ธิดารัตน์', '0811111111', 'other.person@gmail.com', at(2), '6450906');
    expect(pairs([a, e])).toEqual([]);
    // One address under the name both ways is one person's, not a mailbox colleagues share (then it would count for
    // nothing, and the office's landline and another post would leave the two apart).
    const f = reg('น.ส. ธิดารัตน์ เงินอนันต์', '094-976-8095, 056-661041', 'thidarat.n@hotmail.co.th', at(1), '6600806', 'นักทรัพยากรบุคคล');
    const g = reg('เงินอนันต์ นางสาวธิดารัตน์', '056-661041 ต่อ 144', 'thidarat.n@hotmail.co.th', at(2), '6600806', 'หัวหน้าสำนักปลัด');
    expect(pairs([f, g])).toEqual([[f.row, g.row]]);
  });

  test('a name typed with the keyboard on the English layout, read with the Thai keys', () => {
    // นางสาวพิมพ์ชนก ศรีสิทธิ์, and the same with one Thai slip (ศรีสิทธ์), on the English layout.
    const a = reg('นางสาวพิมพ์ชนก ศรีสิทธิ์', '0812345678', 'pim@example.com', '2026-06-01T09:00:00+07:00', '6810411');
    const b = reg("ok'lk;rb,rN=od LiulbmTN", '0812345678', 'pim@example.com', '2026-06-02T09:00:00+07:00', '6810411');
    expect(pairs([a, b])).toEqual([[a.row, b.row]]);
    // Typed on the English layout and with the surname first (อุดมศรี นางสาวอัญชลี).
    const e = reg('นางสาวอัญชลี อุดมศรี', '0821367678', 'anchalee.u@gmail.com', '2026-06-01T09:00:00+07:00', '6810413');
    const f = reg("v6f,Liu ok'lk;vyP=]u", '0821367678', 'anchalee.u@gmail.com', '2026-06-02T09:00:00+07:00', '6810413');
    expect(pairs([e, f])).toEqual([[e.row, f.row]]);
    // Seen in a generated set: one person three times, as written, surname first, and on the English layout with the
    // office's landline. The one address under those names is no mailbox colleagues share.
    const post = 'เจ้าพนักงานป้องกันและบรรเทาสาธารณภัย';
    const g = reg('นางดวงใจ ประเสริฐทิพย์', '0618143242', 'duangjai19667@gmail.com', '2026-06-01T09:00:00+07:00', '5390304', post);
    const h = reg('ประเสริฐทิพย์ นางดวงใจ', '061 804 3242', 'duangjai19667@gmail.com', '2026-06-02T09:00:00+07:00', '5390304', 'นักวิชาการสาธารณสุข');
    const i = reg("ok'f;'.0 xitglib{mbrpN", '044-310663', 'duangjai19667@gmail.com', '2026-06-03T09:00:00+07:00', '5390304', post);
    expect(pairs([g, h, i])).toEqual([
      [g.row, i.row],
      [h.row, i.row],
    ]);
    // Another person's mobile and e-mail: the name read so is still only a name.
    const c = reg("ok'lk;rb,rN=od LiulbmTN", '0899999999', 'other@example.com', '2026-06-02T09:00:00+07:00', '6810412');
    const d = reg('นางสาวพิมพ์ชนก ศรีสิทธิ์', '0812345678', 'pim@example.com', '2026-06-01T09:00:00+07:00', '6810412');
    expect(pairs([c, d])).toEqual([]);
  });

  test('a few name slips with the mobile retyped with a slip too, the other contact the office’s: one person', () => {
    // Seen in generated data sets: the name and the mobile both retyped in a correction, the LAO's mailbox given.
    const a = reg('ว่าที่ร้อยตรีวนิดา ใจแสง', '0673339352', 'jaisaeng.wan@hotmail.com', '2026-06-01T09:00:00+07:00', '6711303');
    const b = reg('ว่าที่ร้อยตรี นางสาววนิดดา จใแสง', '0683339352', 'lao6711303@gmail.com', '2026-06-02T09:00:00+07:00', '6711303');
    expect(pairs([a, b])).toEqual([[a.row, b.row]]);
    // With two personal e-mails it is someone else's mobile a digit away: not enough.
    const c = reg('ว่าที่ร้อยตรีวนิดา ใจแสง', '0673339352', 'jaisaeng.wan@hotmail.com', '2026-06-01T09:00:00+07:00', '6711304');
    const d = reg('ว่าที่ร้อยตรี นางสาววนิดดา จใแสง', '0683339352', 'wanidda.s@gmail.com', '2026-06-02T09:00:00+07:00', '6711304');
    expect(pairs([c, d])).toEqual([]);
  });

  test('ranks for women bracketed or not, royal-lineage titles written out or abbreviated: one person', () => {
    const a = reg('ว่าที่ร้อยตรี (หญิง) สมศรี มีสุข', '0812345678', 'somsri@example.com', '2026-06-01T09:00:00+07:00');
    const b = reg('ว่าที่ ร.ต.หญิง สมศรี มีสุข', '0812345678', 'somsri@example.com', '2026-06-02T09:00:00+07:00');
    const c = reg('หม่อมหลวงสมชาย ใจดี', '0898765432', 'mlsomchai@example.com', '2026-06-01T09:00:00+07:00');
    const d = reg('ม.ล.สมชาย ใจดี', '0898765432', 'mlsomchai@example.com', '2026-06-02T09:00:00+07:00');
    expect(pairs([a, b, c, d])).toEqual([
      [a.row, b.row],
      [c.row, d.row],
    ]);
    // Name +8, mobile +4, e-mail +4, nothing contradicting +4.
    expect(comparePeople(a, b).score).toBe(20);
  });

  test('a small name slip with the same mobile or e-mail is the same person', () => {
    const a = reg('สมชาย ใจดีมาก', '0812345678', '', '2026-06-01T09:00:00+07:00');
    const b = reg('สมชาย ใจดีมก', '0812345678', '', '2026-06-02T09:00:00+07:00');
    const c = reg('สมชาย ใจดีมาก', '', 'x@example.com', '2026-06-01T09:00:00+07:00', '6810403');
    const d = reg('สมชาย ใจดมาก', '', 'x@example.com', '2026-06-02T09:00:00+07:00', '6810403');
    expect(pairs([a, b, c, d])).toEqual([
      [a.row, b.row],
      [c.row, d.row],
    ]);
  });

  test('the explanation lists the evidence', () => {
    const verdict = comparePeople(reg('นายสมชาย ใจดี', '0812345678'), reg('สมชาย ใจดี', '081-234-5678'));
    expect(explain(verdict.fired, verdict.score)).toBe(
      'ชื่อ-นามสกุลตรงกัน +8, โทรศัพท์มือถือตรงกัน +4, ไม่มีอีเมลให้เทียบ 0, ไม่มีข้อมูลติดต่อที่ขัดกัน (โทรศัพท์สำนักงานและอีเมลกลางใช้ร่วมกันได้) +4 = +16',
    );
    expect(verdict.same).toBe(true);
    const [link] = findDuplicates([reg('นายสมชาย ใจดี', '0812345678'), reg('สมชาย ใจดี', '081-234-5678')]);
    expect(link?.explanation).toBe('ชื่อ-นามสกุลตรงกัน +8, โทรศัพท์มือถือตรงกัน +4, ไม่มีอีเมลให้เทียบ 0, ไม่มีข้อมูลติดต่อที่ขัดกัน (โทรศัพท์สำนักงานและอีเมลกลางใช้ร่วมกันได้) +4 = +16');
  });
});

describe('different people are not merged', () => {
  test('two names sharing the office landline and e-mail', () => {
    const a = reg('สมชาย ใจดี', '075-123-456', 'saraban@example.go.th');
    const b = reg('สมหญิง รักงาน', '075-123-456', 'saraban@example.go.th');
    expect(pairs([a, b])).toEqual([]);
  });

  test('two names sharing one mobile', () => {
    expect(pairs([reg('สมชาย ใจดี', '0812345678'), reg('วิชัย ดีงาม', '0812345678')])).toEqual([]);
  });

  test('one surname, two given names, even with the same phone', () => {
    expect(pairs([reg('สมชาย ใจดี', '0812345678'), reg('สมหญิง ใจดี', '0812345678')])).toEqual([]);
  });

  test('namesakes: a title of the other sex keeps them apart even with a shared office phone', () => {
    expect(pairs([reg('นายสมพร ใจดี', '075-123-456'), reg('นางสาวสมพร ใจดี', '075-123-456')])).toEqual([]);
  });

  test('namesakes: the same name with another mobile and another e-mail, or another mobile and no e-mail', () => {
    expect(pairs([reg('นางภัทรา เพชรธรรม', '0911111111', 'a@example.com'), reg('นางภัทรา เพชรธรรม', '0922222222', 'b@example.com')])).toEqual([]);
    expect(pairs([reg('ภัทรา เพชรธรรม', '0911111111'), reg('ภัทรา เพชรธรรม', '0922222222')])).toEqual([]);
  });

  test('one นาง and one นางสาว tip a weak case apart; the same title or none does not count', () => {
    // The same name, no phone, two personal e-mails: same person, unless the titles say otherwise.
    expect(pairs([reg('นางภัทรา เพชรธรรม', '', 'phattra@example.com'), reg('นางสาวภัทรา เพชรธรรม', '', 'pattra.p@example.com')])).toEqual([]);
    const a = reg('นางภัทรา เพชรธรรม', '', 'phattra@example.com');
    const b = reg('ภัทรา เพชรธรรม', '', 'pattra.p@example.com');
    expect(pairs([a, b])).toEqual([[a.row, b.row]]);
  });

  test('a name slip with nothing else in common is not enough', () => {
    expect(pairs([reg('สมชาย ใจดีมาก', '0812345678'), reg('สมชาย ใจดีมก', '0899999999')])).toEqual([]);
  });

  test('the same person for two LAOs is two registrations', () => {
    const a = reg('สมชาย ใจดี', '0812345678', '', JUNE_1, '6810408');
    expect(pairs([a, reg('สมชาย ใจดี', '0812345678', '', JUNE_1, '5810401')])).toEqual([]);
  });

  test('a shared phone does not chain a different name into someone else’s registrations', () => {
    const a = reg('สมชาย ใจดี', '0811111111', '', '2026-06-01T09:00:00+07:00');
    const b = reg('สมชาย ใจดี', '0811111112', '', '2026-06-02T09:00:00+07:00');
    const c = reg('วิชัย ดีงาม', '0811111112', '', '2026-06-03T09:00:00+07:00');
    expect(pairs([a, b, c])).toEqual([[a.row, b.row]]);
  });
});

describe('the desk rule: one full name in one LAO is one person unless the contacts contradict', () => {
  // The office landline and the LAO's mailbox are colleagues' as much as anyone's: they tell nobody apart.
  test('one time the office landline and a personal e-mail, the other a mobile and the LAO mailbox', () => {
    const a = reg('นายชาตรี เงินนิล', '0605804967', 'saraban@banna.go.th', '2026-06-01T09:00:00+07:00');
    const b = reg('นายชาตรี เงินนิล', '032-217899 ต่อ 185', 'chatri.n@outlook.com', '2026-06-02T09:00:00+07:00');
    expect(pairs([a, b])).toEqual([[a.row, b.row]]);
    expect(findDuplicates([a, b])[0]!.explanation).toBe(
      'ชื่อ-นามสกุลตรงกัน +8, โทรศัพท์ต่างกัน (หมายเลขหนึ่งเป็นโทรศัพท์พื้นฐาน) -1, อีเมลต่างกัน (อีเมลหนึ่งเป็นอีเมลกลางของ อปท.) 0, ' +
        'ไม่มีข้อมูลติดต่อที่ขัดกัน (โทรศัพท์สำนักงานและอีเมลกลางใช้ร่วมกันได้) +4 = +11',
    );
  });

  test("the LAO mailbox known by the LAO's code in it", () => {
    const a = reg('นางลำดวน สิทธิมณี', '0675708761', 'obt6810408@gmail.com', '2026-06-01T09:00:00+07:00');
    const b = reg('นางลำดวน สิทธิมณี', '045-856044', 'sitthimanee.lam@gmail.com', '2026-06-02T09:00:00+07:00');
    expect(pairs([a, b])).toEqual([[a.row, b.row]]);
  });

  test('the LAO mailbox known because colleagues of other names give it too', () => {
    const shared = 'banna.team@gmail.com';
    const colleague = reg('นางสาวมาลี ศรีสุข', '0891112222', shared, '2026-06-01T08:00:00+07:00');
    const a = reg('นายไพโรจน์ ภู่เรือง', '083 136 6251', shared, '2026-06-01T09:00:00+07:00');
    const b = reg('ไพโรจน์ ภู่เรือง', '035111260 ต่อ 46', 'phairot.p@gmail.com', '2026-06-02T09:00:00+07:00');
    expect(pairs([colleague, a, b])).toEqual([[a.row, b.row]]);
    // Given by one person only, the same address is just another e-mail of theirs: two e-mails, no mobile to agree.
    expect(pairs([a, b])).toEqual([]);
  });

  test('a name slip, the office landline once and an e-mail corrected by a letter', () => {
    const a = reg('สุเมธ ทองศักดิ์', '๐๖๔๘๓๔๓๒๙๓', 'sumet_566@gmail.com', '2026-06-01T09:00:00+07:00');
    const b = reg('นายสุเมธ ทองศัดิ์', '053-892755 ต่อ 162', 'sumet_56@gmail.com', '2026-06-02T09:00:00+07:00');
    expect(pairs([a, b])).toEqual([[a.row, b.row]]);
  });

  test('two personal mobiles are two people, whatever else they share', () => {
    const a = reg('นางภัทรา เพชรธรรม', '0911111111', 'saraban@banna.go.th');
    const b = reg('นางภัทรา เพชรธรรม', '0922222222', 'phattra@example.com');
    expect(pairs([a, b])).toEqual([]);
    expect(pairs([reg('สุเมธ ทองศักดิ์', '0648343293', 'sumet_56@gmail.com'), reg('สุเมธ ทองศัดิ์', '0891234567', 'sumet_57@gmail.com')])).toEqual([]);
  });

  test('two personal e-mails with the office landline once: namesakes stay apart', () => {
    const a = reg('นายชาตรี คำมณี', '0811810987', 'chatri.k@gmail.com');
    const b = reg('นายชาตรี คำมณี', '042 395596-7', 'wanida.p@gmail.com');
    expect(pairs([a, b])).toEqual([]);
  });

  test('a name retyped with four slips is one person only with the mobile and the e-mail both', () => {
    // สมบูรณ์ดี retyped with four letters doubled: four edits in a name of fourteen characters.
    const a = reg('นายชำนาญ สมบูรณ์ดี', '0892427594', 'chamnan_84@gmail.com', '2026-06-01T09:00:00+07:00');
    const b = reg('นาย ชำนาญญ สมมบูรรณ์ดีย', '089 242 7594', 'chamnan_84@gmail.com', '2026-06-02T09:00:00+07:00');
    expect(pairs([a, b])).toEqual([[a.row, b.row]]);
    // The mobile alone, or the LAO's mailbox as the e-mail, is not enough for that many slips.
    expect(pairs([a, reg('นาย ชำนาญญ สมมบูรรณ์ดีย', '089 242 7594', 'other@gmail.com', '2026-06-02T09:00:00+07:00')])).toEqual([]);
    const office = (name: string, at: string) => reg(name, '0892427594', 'obt6810408@gmail.com', at);
    expect(pairs([office('นายชำนาญ สมบูรณ์ดี', '2026-06-01T09:00:00+07:00'), office('นาย ชำนาญญ สมมบูรรณ์ดีย', '2026-06-02T09:00:00+07:00')])).toEqual([]);
  });

  test('marks a keyboard moved are no slips: สมบูรรณ์ี is สมบูรณ์ดี two letters off', () => {
    // Cleaned, สมบูรรณ์ี reads สมบูรรณี์ (the mark after the vowel): four edits as typed, two without the marks.
    const a = reg('นายชำนาญ สมบูรณ์ดี', '0892427594', 'chamnan_84@gmail.com', '2026-06-01T09:00:00+07:00');
    const b = reg('นาย ชำนาญ สมบูรรณ์ี', '089 242 7594', 'chamnan.84@hotmail.com', '2026-06-02T09:00:00+07:00');
    expect(comparePeople(a, b).fired.map((f) => f.label)).toContain('ชื่อ-นามสกุลสะกดต่างกันเล็กน้อย');
    expect(pairs([a, b])).toEqual([[a.row, b.row]]);
  });

  test('a provider domain typed with a slip is the same address (gmail.con)', () => {
    const a = reg('นายชาตรี คำมณี', '0811810987', 'chatri.k@gmail.con', '2026-06-01T09:00:00+07:00');
    const b = reg('นายชาตรี คำมณี', '0899999999', 'chatri.k@gmail.com', '2026-06-02T09:00:00+07:00');
    expect(pairs([a, b])).toEqual([[a.row, b.row]]);
    expect(comparePeople(a, b).fired.map((f) => f.label)).toContain('อีเมลตรงกัน');
  });

  test("the LAO mailbox known by the LAO's code typed with a slip: two digits swapped, one doubled or left out", () => {
    for (const mailbox of ['obt6810480@gmail.com', 'obt68104088@gmail.com', 'obt681048@gmail.com']) {
      const a = reg('นางลำดวน สิทธิมณี', '0675708761', mailbox, '2026-06-01T09:00:00+07:00');
      const b = reg('นางลำดวน สิทธิมณี', '045-856044', 'sitthimanee.lam@gmail.com', '2026-06-02T09:00:00+07:00');
      expect(pairs([a, b])).toEqual([[a.row, b.row]]);
    }
  });
});

describe('when a name is all two registrations share, the post tells colleagues of one name apart', () => {
  // Nothing personal in common: the office landline and a personal e-mail, a mobile and the LAO's mailbox.
  const office = (position: string, at: string) => reg('นายปิยะพงษ์ มั่นเลิศ', '032 636551', 'piyaphong.m@gmail.com', at, '6810408', position);
  const mobile = (position: string, at: string) => reg('นายปิยะพงษ์ มั่นเลิศ', '085-627-1645', 'obt6810408@gmail.com', at, '6810408', position);

  test('clearly different posts: two people, and the explanation says why', () => {
    const a = office('นักพัฒนาชุมชนปฏิบัติงาน', '2026-06-01T09:00:00+07:00');
    const b = mobile('นักวิชาการเงินและบัญชี', '2026-06-02T09:00:00+07:00');
    expect(pairs([a, b])).toEqual([]);
    expect(comparePeople(a, b).fired.map((f) => f.label)).toContain('ตำแหน่งต่างกัน และไม่มีโทรศัพท์มือถือหรืออีเมลส่วนตัวตรงกัน');
  });

  test('a post abbreviated the common way is read: clearly different from another, two people', () => {
    // ผอ.กองช่าง (ผู้อำนวยการกองช่าง) and นักวิชาการคอมพิวเตอร์: namesakes, one of them giving the office's contacts.
    const a = office('นักวิชาการคอมพิวเตอร์', '2026-06-01T09:00:00+07:00');
    const b = mobile('ผอ.กองช่าง', '2026-06-02T09:00:00+07:00');
    expect(pairs([a, b])).toEqual([]);
    expect(pairs([office('ผู้อำนวยการกองช่าง', '2026-06-01T09:00:00+07:00'), b])).toHaveLength(1);
  });

  test('clearly different posts outweigh the office landline both gave: two people', () => {
    // Seen in a generated data set: namesakes, both on the office's landline, one with a personal e-mail and one
    // with the LAO's mailbox. Name +8, landline +1 and the desk rule +4 against the posts: two colleagues.
    const a = reg('นายเฉลิมพล แก้วแสง', '044312997', 'weeraphong.p5918@gmail.com', '2026-06-01T09:00:00+07:00', '5310807', 'ผอ.กองช่าง');
    const b = reg('นายเฉลิมพล แก้วแสง', '044-312997', 'lao5310807@gmail.com', '2026-06-02T09:00:00+07:00', '5310807', 'นักวิชาการเงินและบัญชีชำนาญงาน');
    expect(pairs([a, b])).toEqual([]);
    // The same post on the same landline is one person.
    const c = reg('นายเฉลิมพล แก้วแสง', '044-312997', 'lao5310807@gmail.com', '2026-06-02T09:00:00+07:00', '5310807', 'ผู้อำนวยการกองช่าง');
    expect(pairs([a, c])).toEqual([[a.row, c.row]]);
  });

  test("namesakes who both give the LAO's mailbox, with clearly different posts: two people", () => {
    // Seen in a generated data set: the shared mailbox counted as an e-mail in common (+4) and tipped them into one.
    const a = reg('น.ส.สุดารัตน์ คำธรรม', '039001124', 'lao4270401@gmail.com', '2026-06-01T09:00:00+07:00', '4270401', 'นักวิเคราะห์นโยบายและแผนปฏิบัติการ');
    const b = reg('น.ส. สุดารัตน์ คำธรรม', '0847655312', 'lao4270401@gmail.com', '2026-06-02T09:00:00+07:00', '4270401', 'นักพัฒนาชุมชน');
    expect(pairs([a, b])).toEqual([]);
  });

  test('the same post, with or without its level, or a post not given or abbreviated: one person', () => {
    for (const [first, second] of [
      ['นักพัฒนาชุมชนปฏิบัติงาน', 'นักพัฒนาชุมชน'],
      ['', 'นักวิชาการเงินและบัญชี'],
      ['ปลัด อบต.', 'ปลัดองค์การบริหารส่วนตำบล'],
    ] as const) {
      const a = office(first, '2026-06-01T09:00:00+07:00');
      const b = mobile(second, '2026-06-02T09:00:00+07:00');
      expect(pairs([a, b])).toEqual([[a.row, b.row]]);
    }
  });

  test('a post corrected with the same mobile or e-mail is still one person', () => {
    const a = reg('นายมานพ บุญมา', '0664063607', 'manop.b@gmail.com', '2026-06-01T09:00:00+07:00', '6810408', 'ผู้อำนวยการกองการศึกษา');
    const b = reg('นายมานพ บุญมา', '053-083653 ต่อ 111', 'manop.b@gmail.com', '2026-06-02T09:00:00+07:00', '6810408', 'ผู้อำนวยการกองช่าง');
    expect(pairs([a, b])).toEqual([[a.row, b.row]]);
  });
});

test('a bare given name does not bridge two different full names', () => {
  const full = reg('สมชาย ใจดี', '0812345678', '', '2026-06-03T09:00:00+07:00');
  const bare = reg('สมชาย', '0812345678', '', '2026-06-02T09:00:00+07:00');
  const other = reg('สมชาย รักดี', '0812345678', '', '2026-06-01T09:00:00+07:00');
  // `other` matches `bare` (given name + mobile) but is clearly not `full`, who `bare` belongs to.
  expect(pairs([full, bare, other])).toEqual([[bare.row, full.row]]);
});

test('thousands of LAOs with a few registrations each: blocked by LAO, every registration linked at most once', () => {
  const many: Registration[] = [];
  for (let lao = 0; lao < 3000; lao++) {
    const code = String(6000000 + lao);
    many.push(reg(`สมชาย ใจดี${lao}`, '0812345678', '', '2026-06-01T09:00:00+07:00', code));
    many.push(reg(`สมชาย ใจดี${lao}`, '0812345678', '', '2026-06-02T09:00:00+07:00', code));
    many.push(reg(`วิชัย ดีงาม${lao}`, '0812345678', '', '2026-06-03T09:00:00+07:00', code));
  }
  const links = findDuplicates(many);
  expect(links).toHaveLength(3000);
  expect(links.every((l) => l.duplicateOf === l.row + 1)).toBe(true);
});
