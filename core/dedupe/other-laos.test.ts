import { parseEmail } from '../contact/email';
import { parsePhone } from '../contact/phone';
import { parsePersonName } from '../person/name';
import { samePersonOtherLao } from './other-laos';
import type { Registration } from './person-comparisons';

let nextRow = 1;

function reg(name: string, phone: string, email: string, day: number, laoCode: string): Registration {
  return {
    row: nextRow++,
    laoCode,
    submittedAt: new Date(`2026-06-${String(day).padStart(2, '0')}T09:00:00+07:00`),
    person: parsePersonName(name),
    phone: parsePhone(phone),
    email: parseEmail(email),
    position: '',
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

  test('a personal contact against it: flagged, not a correction', () => {
    const a = reg('นายสมชาย ใจดี', '0812345678', 'somchai@example.com', 1, '6810408');
    const b = reg('นายสมชาย ใจดี', '0812345678', 'other.somchai@example.com', 2, '5810401');
    expect(samePersonOtherLao([a, b])).toEqual([{ row: a.row, later: b.row, correction: false, bothContacts: false }]);
  });

  test('a mobile given by dozens of registrations is nobody’s: not compared', () => {
    // Thirty-six people, their names a letter apart (within the slips a retyped name may have), one placeholder mobile.
    const letters = 'กขคงจฉชซญดตถทธนบปผพฟภมยรลวศษสหอฮฎฏฐฑฒณ';
    const many = Array.from({ length: 36 }, (_, i) => reg(`นาย${letters[i]}มชาย ใจดี`, '0800000000', '', i + 1, String(6810400 + i)));
    expect(samePersonOtherLao(many)).toEqual([]);
    // Under the limit, the same names and mobile are compared.
    expect(samePersonOtherLao(many.slice(0, 2))).toHaveLength(1);
  });
});
