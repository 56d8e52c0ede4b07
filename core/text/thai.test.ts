import {
  cleanKeepingOrder,
  cleanText,
  compactKey,
  compactKeyFor,
  fixThaiOrder,
  mayNeedOrderFix,
  parseThaiNumber,
  thaiDigitsToArabic,
  withoutQuotesAround,
} from './thai';

describe('thai text', () => {
  test('Thai digits become Arabic', () => {
    expect(thaiDigitsToArabic('ว ๒๗๔๕ ลงวันที่ ๑๑')).toBe('ว 2745 ลงวันที่ 11');
  });

  test('sara am typed as nikhahit + sara aa is joined, with a tone mark on either side', () => {
    expect(fixThaiOrder('น\u0E4D\u0E32')).toBe('นำ');
    expect(fixThaiOrder('น\u0E4D\u0E49\u0E32')).toBe('น้ำ');
    expect(fixThaiOrder('น\u0E49\u0E4D\u0E32')).toBe('น้ำ');
  });

  test('tone mark typed before an upper vowel is moved after it', () => {
    expect(fixThaiOrder('ท\u0E48\u0E35')).toBe('ที่');
  });

  // Outside sources: PyThaiNLP's reorder_vowels (pythainlp/util/normalize.py: "FOLLOW VOWEL + TONEMARK+ -> TONEMARK +
  // FOLLOW VOWEL", "Lakkhangyao -> Sara Aa", its docstring case ก้ำ) and a public Thai normaliser's test suite
  // (ThaiNormalizer: "tone mark typed after Sara Am", นำ้ -> น้ำ; ตํ่า -> ต่ำ).
  test.each([
    ['น\u0E33\u0E49', 'น้ำ'], // นำ้: tone after sara am
    ['ต\u0E4D\u0E48\u0E32', 'ต่ำ'], // ตํ่า
    ['ก\u0E49\u0E33', 'ก้ำ'], // already right: unchanged
    ['ป\u0E32\u0E48', 'ป่า'], // ปา่: tone after sara aa
    ['ค\u0E30\u0E48', 'ค่ะ'], // คะ่: tone after sara a
    ['ท\u0E32\u0E48น', 'ท่าน'], // ทา่น
    ['น\u0E45\u0E14\u0E35', 'นาดี'], // ๅ typed for า
    ['\u0E24\u0E45', 'ฤๅ'], // ฤๅ is right as it is
  ])('tone mark after a following vowel, lakkhangyao: %s', (typed, right) => {
    expect(fixThaiOrder(typed)).toBe(right);
  });

  test('kept as typed: the same cleaning but for the order of marks, for a second reading', () => {
    const typed = '\u200Bทุ่งน่ิ\u00A0 ๑';
    expect(cleanText(typed)).toBe('ทุ่งนิ่ 1');
    expect(cleanKeepingOrder(typed)).toBe('ทุ่งน่ิ 1');
    expect(compactKeyFor('as_typed', 'ทุ่ง น่ิ.')).toBe('ทุ่งน่ิ');
    expect(compactKeyFor('repaired', 'ทุ่ง น่ิ.')).toBe('ทุ่งนิ่');
    expect([mayNeedOrderFix('ทุ่งน่ิ'), mayNeedOrderFix('ปา่'), mayNeedOrderFix('เเม่'), mayNeedOrderFix('ทุ่งต่อ')]).toEqual([true, true, true, false]);
  });

  test('full-width digits become ASCII', () => {
    expect(cleanText('０８１-２３４-５６７８')).toBe('081-234-5678');
  });

  // Outside source: iOS's Smart Punctuation (since iOS 11) types “ ” ‘ ’ for " and ', and — for --.
  test('curly quotes and typographic dashes become plain, and compact keys drop them as they drop the plain ones', () => {
    expect(cleanText('“อบต.ชำ” ‘นาดี’ ′x″')).toBe(`"อบต.ชำ" 'นาดี' 'x"`);
    expect(cleanText('081–234—5678 ‐ ‑ ‒ ―')).toBe('081-234-5678 - - - -');
    expect(compactKey('“สุไหงโก–ลก”')).toBe(compactKey('สุไหงโก-ลก'));
    expect(cleanText(cleanText('“นาดี”'))).toBe(cleanText('“นาดี”'));
  });

  test('quotes around a cleaned text are left out, at either end', () => {
    expect(withoutQuotesAround(cleanText('“ อบต.ชำ ”'))).toBe('อบต.ชำ');
    expect(withoutQuotesAround("'somchai@gmail.com")).toBe('somchai@gmail.com');
    expect(withoutQuotesAround('อบต."ชำ"')).toBe('อบต."ชำ');
    expect(withoutQuotesAround('อบต.ชำ')).toBe('อบต.ชำ');
  });

  test('doubled marks and เเ are repaired', () => {
    expect(fixThaiOrder('ก\u0E34\u0E34น')).toBe('กิน');
    expect(fixThaiOrder('\u0E40\u0E40ม่')).toBe('แม่');
  });

  test('invisible characters and odd spaces are removed, and sara am survives (no NFKC)', () => {
    expect(cleanText('\u200Bคลอง\u00A0\u00A0ท่อม  ใต้\uFEFF ')).toBe('คลอง ท่อม ใต้');
    expect(cleanText('ลำปาง')).toBe('ลำปาง');
    expect(cleanText('ลำปาง')).toHaveLength(5);
  });

  test('compact key ignores spaces, punctuation and case', () => {
    expect(compactKey('อบต. คลองท่อมใต้')).toBe(compactKey('อบต.คลองท่อมใต้'));
    expect(compactKey('Somchai@Mail.com')).toBe('somchai@mailcom');
  });

  // cleanText and compactKey skip their repairs for text that needs none: every repair must still be found when
  // its trigger is the only odd thing, after a long clean stretch (each case is one of the repairs above).
  test.each([
    ['สมชาย ใจดี น\u0E4D\u0E32', 'สมชาย ใจดี นำ'],
    ['สมชาย ใจดี ท\u0E48\u0E35', 'สมชาย ใจดี ที่'],
    ['สมชาย ใจดี ป\u0E32\u0E48', 'สมชาย ใจดี ป่า'],
    ['สมชาย ใจดี น\u0E45', 'สมชาย ใจดี นา'],
    ['สมชาย ใจดี ก\u0E34\u0E34', 'สมชาย ใจดี กิ'],
    ['สมชาย ใจดี \u0E40\u0E40ม', 'สมชาย ใจดี แม'],
    ['สมชาย ใจดี ๑', 'สมชาย ใจดี 1'],
    ['สมชาย ใจดี １', 'สมชาย ใจดี 1'],
    ['สมชาย ใจดี\u200B', 'สมชาย ใจดี'],
    ['สมชาย\u00A0ใจดี', 'สมชาย ใจดี'],
    ['สมชาย  ใจดี', 'สมชาย ใจดี'],
    ['สมชาย ใจดี ', 'สมชาย ใจดี'],
    [' สมชาย ใจดี', 'สมชาย ใจดี'],
    ['สมชาย\tใจดี', 'สมชาย ใจดี'],
  ])('a single repair after clean text is still made: %j', (typed, right) => {
    expect(cleanText(typed)).toBe(right);
    expect(compactKey(typed)).toBe(right.replace(/ /g, ''));
  });

  test('clean text and compact keys come back as they are', () => {
    expect(cleanText('นายสมชาย ใจดี 081-234-5678')).toBe('นายสมชาย ใจดี 081-234-5678');
    expect(compactKey('สมชายใจดี')).toBe('สมชายใจดี');
    expect(compactKey('Somchai')).toBe('somchai');
    expect(compactKey('ÉCOLE')).toBe('école');
  });

  // Outside source for the odd sequences: PyThaiNLP's test_normalize (tests/test_util.py): เเปลก, นํา, ก + nikhahit
  // + sara aa with a tone on either side, a tone after ะ or า, repeated vowels (กาา, กา า  า  า, กา าาะา), repeated and
  // mixed tone marks (ก่่, ก่้่้), dangling tones (่ก, ่่ก), zero-width characters; then what random sequences found
  // (the next test) that cleaned in two rounds before rounds repeated.
  test.each([
    ['เเปลก'],
    ['นํา'],
    ['\u0E01\u0E48\u0E4D\u0E32'],
    ['\u0E01\u0E4D\u0E48\u0E32'],
    ['\u0E01\u0E30\u0E48'],
    ['\u0E01\u0E32\u0E48'],
    ['กาา'],
    ['กา า  า  า'],
    ['กา าาะา'],
    ['\u0E01\u0E48\u0E48'],
    ['\u0E01\u0E48\u0E49\u0E48\u0E49'],
    ['\u0E48\u0E48\u0E01'],
    ['ก\u200Cา\u200B'],
    ['\u0E48\u0E49\u0E38'],
    ['\u0E48\u0E34\u0E34\u0E01'],
    ['\u0E4D\u0E4D\u0E45\u0E19\u0E35'],
    ['\u0E19\u00A0\u0E48\u0E4D\u0E45'],
    ['\u0E33\u0E30\u0E32\u0E4B'],
    ['\u0E4C\u0E38\u0E31'],
    ['\u0E04\u0E48\u0E48\u0E34\u0E34'],
    ['\u0E4E\u0301\u0E33\u0E32\u0E49'],
  ])('cleaning is idempotent on odd mark sequences: %j', (typed) => {
    const once = cleanText(typed);
    expect(cleanText(once)).toBe(once);
  });

  test('cleaning is idempotent on any short sequence of Thai letters, vowels, marks, digits and spaces', () => {
    // Every text of up to three of these characters, then random longer ones from a fixed seed: the repairs
    // interact only between neighbours, so short texts cover the interactions and the longer ones their chains.
    const alphabet = [
      ...'กนฤฦ\u0E30\u0E31\u0E32\u0E33\u0E34\u0E35\u0E38\u0E3A\u0E40\u0E41\u0E45\u0E47\u0E48\u0E49\u0E4A\u0E4B\u0E4C\u0E4D\u0E4E ๑\u00A0\u200B\uFF10\u0301\u201C\u2013',
    ];
    const texts: string[] = [];
    for (const a of alphabet) for (const b of ['', ...alphabet]) for (const c of ['', ...alphabet]) texts.push(a + b + c);
    let seed = 20260621;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let n = 0; n < 100_000; n++) {
      let text = '';
      for (let i = 0, length = 4 + Math.floor(next() * 6); i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)];
      texts.push(text);
    }
    const failures = texts.filter((text) => cleanText(cleanText(text)) !== cleanText(text));
    expect(failures).toEqual([]);
  });

  test('numbers as typed', () => {
    expect(parseThaiNumber('๑,๒๓๔.๕ ')).toBe(1234.5);
    expect(parseThaiNumber(' 57.24')).toBe(57.24);
    expect(parseThaiNumber('-')).toBeNull();
    expect(parseThaiNumber('')).toBeNull();
    expect(parseThaiNumber(null)).toBeNull();
    expect(parseThaiNumber(12)).toBe(12);
    expect(parseThaiNumber('-3')).toBe(-3);
    expect(parseThaiNumber('ห้า')).toBeNaN();
    expect(parseThaiNumber('1.2.3')).toBeNaN();
  });

  test('numbers in plain ASCII (read without the Thai clean-up) follow the same rules as the rest', () => {
    expect(parseThaiNumber('1,572')).toBe(1572);
    expect(parseThaiNumber('1 234,5')).toBe(12345);
    expect(parseThaiNumber('  6 ')).toBe(6);
    expect(parseThaiNumber('007')).toBe(7);
    expect(parseThaiNumber('.5')).toBe(0.5);
    expect(parseThaiNumber('5.')).toBe(5);
    expect(parseThaiNumber('+5')).toBe(5);
    expect(parseThaiNumber(' - ')).toBeNull();
    expect(parseThaiNumber(', ')).toBeNull();
    expect(parseThaiNumber('\u2013')).toBeNull();
    for (const text of ['+', '.', '-.', '1-2', '+-1', '1e5', '0x10', '1..2', 'Infinity', '12 กม.']) expect(parseThaiNumber(text)).toBeNaN();
  });
});
