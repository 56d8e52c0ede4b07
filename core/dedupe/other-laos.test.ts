import { parseEmail } from '../contact/email';
import { parsePhone } from '../contact/phone';
import { parsePersonName } from '../person/name';
import { samePersonOtherLao } from './other-laos';
import type { Registration } from './person-comparisons';

let nextRow = 1;

function reg(name: string, phone: string, email: string, day: number, laoCode: string, position = ''): Registration {
  return {
    row: nextRow++,
    laoCode,
    submittedAt: new Date(`2026-06-${String(day).padStart(2, '0')}T09:00:00+07:00`),
    person: parsePersonName(name),
    phone: parsePhone(phone),
    email: parseEmail(email),
    position,
  };
}

beforeEach(() => {
  nextRow = 1;
});

describe('a registration for another LAO by the same person', () => {
  test('the same name, mobile and e-mail: a correction', () => {
    const a = reg('นายสมชาย ใจดี', '0812345678', 'somchai@example.com', 1, '6810408');
    const b = reg('สมชาย ใจดี', '081-234-5678', 'somchai@example.com', 2, '5810401');
    expect(samePersonOtherLao([a, b])).toEqual([{ row: a.row, later: b.row, correction: true, bothContacts: true }]);
  });

  test('the name retyped with slips, with the mobile and e-mail: found by the mobile, a correction', () => {
    const a = reg('นายไพโรจน์ สมบูรณ์วิจิตร', '0959090787', 'phairot.s73@gmail.com', 1, '6930703');
    const b = reg('นาย ไพโโรจน์ ศมบูรณ์วิจิตร', '095-909-0787', 'phairot.s73@gmail.com', 2, '6930702');
    expect(samePersonOtherLao([a, b])).toEqual([{ row: a.row, later: b.row, correction: true, bothContacts: true }]);
  });

  test('one personal contact the same and the other the office’s: a correction, not both contacts', () => {
    // The earlier registration, for the wrong LAO, gave the own LAO's mailbox (6671105's for 5671101).
    const a = reg('นางวิไลวรรณ สมบูรณ์ศรี', '086-602-8987', 'lao6671105@gmail.com', 1, '5671101');
    const b = reg('นางวิไลวรรณ สมบูรณ์ศรี', '0866028987', 'wilaiwan1990@hotmail.com', 2, '6671105');
    expect(samePersonOtherLao([a, b])).toEqual([{ row: a.row, later: b.row, correction: true, bothContacts: false }]);
    // Found by the e-mail when neither the name nor the mobile is the same.
    const c = reg('นางณัฐธิดา แก้วแสง', '056 597145 ต่อ 152', 'kaewsaeng.nat@hotmail.com', 3, '6670804');
    const d = reg('นางณัฐธดา แก้วแสงง', '0856782336', 'kaewsaeng.nat@hotmail.com', 4, '6670809');
    expect(samePersonOtherLao([c, d])).toEqual([{ row: c.row, later: d.row, correction: true, bothContacts: false }]);
  });

  test('the own LAO’s mailbox written with Gmail dots is still the office’s: a correction', () => {
    // Seed 2577 of the generator (rows 10181 and 10637): lao53014.06@gmail.com is lao5301406@gmail.com's mailbox
    // (Gmail ignores dots), given in a registration for another LAO; the same mobile in the correction.
    const a = reg('น.ส.อรุณี ทองรัตน์', '085-699-3687', 'lao53014.06@gmail.com', 1, '6301410', 'ปลัดเทศบาล');
    const b = reg('นางสาวอรุณี ทองรัตน์', '0856993687', 'aruneethongrat@gmail.com', 2, '5301406', 'ปลัดเทศบาล');
    expect(samePersonOtherLao([a, b])).toEqual([{ row: a.row, later: b.row, correction: true, bothContacts: false }]);
  });

  test('a personal contact against it: flagged, not a correction', () => {
    const a = reg('นายสมชาย ใจดี', '0812345678', 'somchai@example.com', 1, '6810408');
    const b = reg('นายสมชาย ใจดี', '0812345678', 'other.somchai@example.com', 2, '5810401');
    expect(samePersonOtherLao([a, b])).toEqual([{ row: a.row, later: b.row, correction: false, bothContacts: false }]);
  });

  describe('a registration for one LAO made with the mailbox of the LAO the person then registered for', () => {
    // Seed 2578 of the generator (rows 4980 and 5075): the LAO of another type in the district picked, the own
    // LAO's mailbox typed; then the own LAO, with the office landline and a personal address. No contact in common.
    const picked = () => reg('นายบรรจง นำ้ธรรม', '0669081987', 'lao5502102@gmail.com', 1, '6502104', 'ปลัดเทศบาล');

    test('the same name and post, nothing against it: a correction', () => {
      const a = picked();
      const b = reg('นาย บรรจง น้ำธรรม', '054-741439 ต่อ 116', 'banchong_3514@gmail.com', 2, '5502102', 'ปลัดเทศบาล');
      expect(samePersonOtherLao([a, b])).toEqual([{ row: a.row, later: b.row, correction: true, bothContacts: false }]);
    });

    test('not the other way round: a later registration for another LAO with the earlier LAO’s mailbox', () => {
      const a = reg('นาย บรรจง น้ำธรรม', '054-741439 ต่อ 116', 'banchong_3514@gmail.com', 1, '5502102', 'ปลัดเทศบาล');
      const b = reg('นายบรรจง นำ้ธรรม', '0669081987', 'lao5502102@gmail.com', 2, '6502104', 'ปลัดเทศบาล');
      expect(samePersonOtherLao([a, b])).toEqual([]);
    });

    test('not with a name a slip off, another post, another mobile, or a role mailbox', () => {
      const later = (name: string, phone: string, position: string) => reg(name, phone, 'banchong_3514@gmail.com', 2, '5502102', position);
      expect(samePersonOtherLao([picked(), later('นายบรรจง น้ำธรรมม', '054-741439', 'ปลัดเทศบาล')])).toEqual([]);
      expect(samePersonOtherLao([picked(), later('นายบรรจง น้ำธรรม', '054-741439', 'นักวิชาการเงินและบัญชี')])).toEqual([]);
      expect(samePersonOtherLao([picked(), later('นายบรรจง น้ำธรรม', '0891234567', 'ปลัดเทศบาล')])).toEqual([]);
      const saraban = reg('นายบรรจง น้ำธรรม', '0669081987', 'saraban@gmail.com', 1, '6502104', 'ปลัดเทศบาล');
      expect(samePersonOtherLao([saraban, later('นายบรรจง น้ำธรรม', '054-741439', 'ปลัดเทศบาล')])).toEqual([]);
    });
  });

  test('a mobile given by dozens of registrations is nobody’s: not compared', () => {
    // Thirty-six people, their names a letter apart (within the slips a retyped name may have), one placeholder mobile.
    const letters = 'กขคงจฉชซญดตถทธนบปผพฟภมยรลวศษสหอฮฎฏฐฑฒณ';
    const many = Array.from({ length: 36 }, (_, i) => reg(`นาย${letters[i]}มชาย ใจดี`, '0800000000', '', i + 1, String(6810400 + i)));
    expect(samePersonOtherLao(many)).toEqual([]);
    // Under the limit, the same names and mobile are compared.
    expect(samePersonOtherLao(many.slice(0, 2))).toHaveLength(1);
  });

  test('a name given by dozens of registrations in other LAOs is nobody’s: not compared by the name', () => {
    // An example name copied from the instructions, 36 times, each with its own contacts. The first gave the mailbox
    // of the LAO it then registered for (5810401), with no mobile: only the name ties the two.
    const many = Array.from({ length: 36 }, (_, i) =>
      reg(
        'นายทดสอบ ระบบ',
        i === 0 ? '' : `08${String(20_000_000 + i * 7919)}`,
        i === 0 ? 'lao5810401@gmail.com' : `test${i}@example.com`,
        i + 1,
        String(6810400 + i),
      ),
    );
    const corrected = reg('นายทดสอบ ระบบ', '', 'test0@example.com', 40, '5810401');
    expect(samePersonOtherLao([...many, corrected])).toEqual([]);
    // Under the limit, the name block finds that correction.
    expect(samePersonOtherLao([many[0]!, corrected])).toEqual([{ row: many[0]!.row, later: corrected.row, correction: true, bothContacts: false }]);
    // The same mobile still links a correction in a crowd of one name.
    const again = reg('นายทดสอบ ระบบ', many[5]!.phone.ok ? many[5]!.phone.e164 : '', 'test5@example.com', 41, '5810402');
    expect(samePersonOtherLao([...many, again])).toEqual([{ row: many[5]!.row, later: again.row, correction: true, bothContacts: true }]);
  });
});
