import { cleanText } from '../text/thai';
import { parseCleanPhone, parsePhone, phoneKey } from './phone';

describe('parsePhone', () => {
  // Outside source: libphonenumber's Thai metadata (region TH: fixed line (?:2\d|3[2-9]|4[2-5]|5[2-6]|7[3-7])\d{6},
  // example 21234567, format "02 123 4567"; mobile (?:14|6[1-6]|[89]\d)\d{7}, example 812345678) and its extension
  // words (ext, extn, x, #); the Thai extension words ต่อ, กด, ภายใน and ranges as offices write them.
  test.each([
    ['02 123 4567', '02-123-4567', null],
    ['+66 2 123 4567', '02-123-4567', null],
    ['02-123-4567-8', '02-123-4567', null],
    ['02 123 4567-9', '02-123-4567', null],
    ['053-123-456-7', '053-123-456', null],
    ['02-123-4567 ต่อ 12-13', '02-123-4567 ต่อ 12', '12'],
    ['02-123-4567 ต่อ 12 ถึง 13', '02-123-4567 ต่อ 12', '12'],
    ['02-123-4567 กด 12', '02-123-4567 ต่อ 12', '12'],
    ['02-123-4567 ภายใน 104', '02-123-4567 ต่อ 104', '104'],
    ['02 123 4567 #3456', '02-123-4567 ต่อ 3456', '3456'],
    ['02-123-4567 extn. 3', '02-123-4567 ต่อ 3', '3'],
    ['０２-１２３-４５６７', '02-123-4567', null],
  ])('office number %s', (text, display, extension) => {
    expect(parsePhone(text)).toMatchObject({ ok: true, kind: 'landline', display, extension });
  });

  test('a number shown in scientific notation has lost digits: unread', () => {
    // Excel's General format shows 66812345678 as 6.68123E+10 in a narrow column, and a CSV saved then keeps that.
    expect(parsePhone('6.68123E+10')).toEqual({ ok: false });
  });

  test('a mobile is not a range: a stray last digit leaves it unread', () => {
    expect(parsePhone('081-234-5678-9')).toEqual({ ok: false });
    expect(parsePhone('８１２３４５６７８')).toMatchObject({ ok: true, kind: 'mobile', display: '081-234-5678' });
  });

  test.each([
    ['0812345678', 'mobile', '+66812345678', '081-234-5678'],
    ['081-234-5678', 'mobile', '+66812345678', '081-234-5678'],
    ['081 234 5678', 'mobile', '+66812345678', '081-234-5678'],
    ['081.234.5678', 'mobile', '+66812345678', '081-234-5678'],
    ['(081) 234-5678', 'mobile', '+66812345678', '081-234-5678'],
    ['๐๘๑-๒๓๔-๕๖๗๘', 'mobile', '+66812345678', '081-234-5678'],
    ['+66812345678', 'mobile', '+66812345678', '081-234-5678'],
    ['+66 81 234 5678', 'mobile', '+66812345678', '081-234-5678'],
    ['66812345678', 'mobile', '+66812345678', '081-234-5678'],
    ['+66 (0) 81-234-5678', 'mobile', '+66812345678', '081-234-5678'],
    ['0612345678', 'mobile', '+66612345678', '061-234-5678'],
    ['0912345678', 'mobile', '+66912345678', '091-234-5678'],
    ['812345678', 'mobile', '+66812345678', '081-234-5678'],
    ['661234567', 'mobile', '+66661234567', '066-123-4567'],
    // 06x mobiles with the country code, and one whose lost zero leaves it starting 660
    ['+66 61 234 5678', 'mobile', '+66612345678', '061-234-5678'],
    ['66612345678', 'mobile', '+66612345678', '061-234-5678'],
    ['660990531', 'mobile', '+66660990531', '066-099-0531'],
    ['021234567', 'landline', '+6621234567', '02-123-4567'],
    ['02-123-4567', 'landline', '+6621234567', '02-123-4567'],
    ['+66 2 123 4567', 'landline', '+6621234567', '02-123-4567'],
    ['053-123-456', 'landline', '+6653123456', '053-123-456'],
    ['053123456', 'landline', '+6653123456', '053-123-456'],
    ['53123456', 'landline', '+6653123456', '053-123-456'],
    ['โทร. 081-234-5678', 'mobile', '+66812345678', '081-234-5678'],
    // A column of numbers read and written back by pandas (read_csv makes it float64 when a cell is blank; to_csv
    // writes 812345678.0), as an analyst's export of the responses sheet has them.
    ['812345678.0', 'mobile', '+66812345678', '081-234-5678'],
    ['66812345678.0', 'mobile', '+66812345678', '081-234-5678'],
    ['21234567.0', 'landline', '+6621234567', '02-123-4567'],
  ])('%s', (text, kind, e164, display) => {
    const phone = parsePhone(text);
    expect(phone).toMatchObject({ ok: true, kind, e164, display, extension: null, others: [] });
  });

  test.each([
    ['02-123-4567 ต่อ 3', '3'],
    ['02-123-4567 ต่อ3', '3'],
    ['02-123-4567 ต่อ. 12', '12'],
    ['02 123 4567 ext. 3', '3'],
    ['02-123-4567 Ext 3', '3'],
    ['02-123-4567 #3', '3'],
    ['02-123-4567 x 105', '105'],
    ['02-123-4567 ต่อ ๑๒', '12'],
  ])('extension in %s', (text, extension) => {
    const phone = parsePhone(text);
    expect(phone).toMatchObject({ ok: true, kind: 'landline', e164: '+6621234567', extension });
    expect(phone.ok && phone.display).toBe(`02-123-4567 ต่อ ${extension}`);
  });

  test('a fax label is not an extension', () => {
    expect(parsePhone('Fax 02-123-4567')).toMatchObject({ ok: true, display: '02-123-4567', extension: null });
  });

  test.each([
    ['02-123-4567, 081-234-5678'],
    ['02-123-4567 / 081-234-5678'],
    ['02-123-4567 หรือ 081-234-5678'],
    ['02-123-4567 081-234-5678'],
    ['021234567 0812345678'],
  ])('mobile preferred over landline in %s', (text) => {
    expect(parsePhone(text)).toEqual({
      ok: true,
      kind: 'mobile',
      e164: '+66812345678',
      display: '081-234-5678',
      extension: null,
      others: ['02-123-4567'],
    });
  });

  test('landline with extension next to a mobile keeps its extension in others', () => {
    const phone = parsePhone('053-123-456 ต่อ 7, 089-999-8888');
    expect(phone).toMatchObject({ ok: true, display: '089-999-8888', others: ['053-123-456 ต่อ 7'] });
  });

  test('two mobiles: the first is main', () => {
    expect(parsePhone('081-234-5678 / 089-999-8888')).toMatchObject({ display: '081-234-5678', others: ['089-999-8888'] });
  });

  test('an invalid part next to a valid one is ignored', () => {
    expect(parsePhone('12345, 081-234-5678')).toMatchObject({ ok: true, display: '081-234-5678', others: [] });
  });

  test.each([[''], ['-'], ['ไม่มี'], ['081-234-567'], ['081-234-56789'], ['0112345678'], ['1234567890'], ['+1 212 555 0100'], ['061234567']])(
    '%s is not a phone',
    (text) => {
      expect(parsePhone(text)).toEqual({ ok: false });
    },
  );

  test('phoneKey compares numbers however they were written', () => {
    expect(phoneKey('081-234-5678')).toBe('66812345678');
    expect(phoneKey('+66 81 234 5678')).toBe(phoneKey('๐๘๑๒๓๔๕๖๗๘'));
    expect(phoneKey('081-234-5678')).not.toBe(phoneKey('081-234-5679'));
    expect(phoneKey('abc')).toBeNull();
  });
});

describe('parseCleanPhone', () => {
  // Text cleaned once (checkResponse) is read as parsePhone reads the text as typed.
  test.each(['๐๘๑-๒๓๔-๕๖๗๘', '０８１２３４５６７８', ' 081\u00A0234\u200B5678 ', '02-123-4567 ต่อ 12', '+66 81 234 5678', 'ไม่มี', ''])('%j', (typed) => {
    expect(parseCleanPhone(cleanText(typed))).toEqual(parsePhone(typed));
  });
});
