import { cleanText } from '../text/thai';
import { comparableEmail, parseCleanEmail, parseEmail } from './email';

describe('parseEmail', () => {
  test.each([
    ['somchai@gmail.com', 'somchai@gmail.com'],
    ['  Somchai@Gmail.COM ', 'somchai@gmail.com'],
    ['somchai @ gmail .com', 'somchai@gmail.com'],
    ['somchai＠gmail.com', 'somchai@gmail.com'],
    ['ｓｏｍｃｈａｉ＠ｇｍａｉｌ．ｃｏｍ', 'somchai@gmail.com'],
    ['somchai๒๕๖๙@gmail.com', 'somchai2569@gmail.com'],
    ['somchai.j+rsvp@sao-example.go.th', 'somchai.j+rsvp@sao-example.go.th'],
    ['mailto:somchai@gmail.com', 'somchai@gmail.com'],
    ['<somchai@gmail.com>', 'somchai@gmail.com'],
    ['somchai@gmail.com.', 'somchai@gmail.com'],
    ['\u200Bsomchai@gmail.com', 'somchai@gmail.com'],
    ['somchai@gmail.com, other@hotmail.com', 'somchai@gmail.com'],
    ['ไม่มี, somchai@gmail.com', 'somchai@gmail.com'],
  ])('%s', (text, value) => {
    expect(parseEmail(text)).toMatchObject({ ok: true, value });
  });

  // What is written around an address in a cell: RFC 5322's name-addr (a display name, the address in angle
  // brackets, as mail programs copy it), a label, a note in brackets. A Thai label or note used to join the address
  // as a Thai local part (`อีเมลsomchai@gmail.com`), or make the cell invalid.
  test.each([
    ['Somchai Jaidee <somchai@gmail.com>', 'somchai@gmail.com'],
    ['"ใจดี, สมชาย" <somchai@gmail.com>', 'somchai@gmail.com'],
    ['อีเมล somchai@gmail.com', 'somchai@gmail.com'],
    ['อีเมล์: somchai@gmail.com', 'somchai@gmail.com'],
    ['E-mail : Somchai@Gmail.com', 'somchai@gmail.com'],
    ['somchai@gmail.com (ส่วนตัว)', 'somchai@gmail.com'],
    ['(ใช้ประจำ) somchai @ gmail.com', 'somchai@gmail.com'],
    ['(somchai@gmail.com)', 'somchai@gmail.com'],
    ['email@gmail.com', 'email@gmail.com'],
    ['mail.me@gmail.com', 'mail.me@gmail.com'],
  ])('around the address: %s', (text, value) => {
    expect(parseEmail(text)).toMatchObject({ ok: true, value });
  });

  // A comma for the full stop in the domain: its neighbour on the QWERTY keyboard an address is typed on (nlpaug's
  // KeyboardAug, its `en` layout). Read as the domain meant when the cell has one address; two addresses stay parted.
  test.each([
    ['somchai@gmail,com', 'somchai@gmail.com'],
    ['somchai@hotmail,co,th', 'somchai@hotmail.co.th'],
    ['Somchai <somchai@gmail,com>', 'somchai@gmail.com'],
    ['somchai@gmail,com หรือ -', 'somchai@gmail.com'],
    ['somchai@gmail.com (ส่วนตัว), ใช้ประจำ', 'somchai@gmail.com'],
    ['somchai@gmail.com,other@hotmail.com', 'somchai@gmail.com'],
  ])('a comma in the domain: %s', (text, value) => {
    expect(parseEmail(text)).toMatchObject({ ok: true, value });
  });

  // In quotes, plain or curly (iOS's Smart Punctuation types “ ” for ").
  test.each([
    ['"somchai@gmail.com"', 'somchai@gmail.com'],
    ['“somchai@gmail.com”', 'somchai@gmail.com'],
    ["'somchai@gmail.com'", 'somchai@gmail.com'],
    ['อีเมล “somchai@gmail.com”', 'somchai@gmail.com'],
  ])('in quotes: %s', (text, value) => {
    expect(parseEmail(text)).toMatchObject({ ok: true, value });
  });

  test.each([
    [''],
    ['-'],
    ['ไม่มี'],
    ['somchai'],
    ['somchai@'],
    ['@gmail.com'],
    ['somchai@gmail'],
    ['somchai@@gmail.com'],
    ['somchai..j@gmail.com'],
    ['.somchai@gmail.com'],
    ['somchai@gmail..com'],
    ['somchai@-gmail.com'],
    ['somchai@gmail.c0m'],
    // EAV-XS's failing internationalised cases (metacpan EAV-XS t/06-utf8.t): no top-level domain, empty local part.
    ['иван@бездомена'],
    ['@ελ.ελ'],
    ['สมชาย@ไทย'],
  ])('%s is rejected', (text) => {
    expect(parseEmail(text)).toEqual({ ok: false });
  });

  // Internationalised (EAI, RFC 6531) addresses. Outside source: the passing cases of EAV-XS's UTF-8 tests (metacpan
  // EAV-XS t/06-utf8.t); Thai ones in the same shapes (a Thai local part at a Latin domain, a Thai domain under .ไทย).
  test.each([
    ['иван@иванов.рф', 'иван@иванов.рф'],
    ['борис.борисович+tag@test.com', 'борис.борисович+tag@test.com'],
    ['微博@微博.微博', '微博@微博.微博'],
    ['country-code@भारतम्.भारतम्', 'country-code@भारतम्.भारतम्'],
    ['ok@日本｡co｡jp', 'ok@日本.co.jp'],
    ['สมชาย@gmail.com', 'สมชาย@gmail.com'],
    ['สมชาย.ใจดี@อบต.ไทย', 'สมชาย.ใจดี@อบต.ไทย'],
    [' ทดสอบ@ทีเอชนิค.ไทย ', 'ทดสอบ@ทีเอชนิค.ไทย'],
    ['น้ำทิพย์@example.co.th', 'น้ำทิพย์@example.co.th'],
  ])('internationalised: %s', (text, value) => {
    expect(parseEmail(text)).toMatchObject({ ok: true, value });
  });
});

describe('parseCleanEmail', () => {
  // Text cleaned once (checkResponse) is read as parseEmail reads the text as typed.
  test.each(['somchai@gmail.com', ' Somchai@Gmail.com\u200B ', 'สมชาย＠ตัวอย่าง．ไทย', 'a@b.com, c@d.com', 'ไม่มี', ''])('%j', (typed) => {
    expect(parseCleanEmail(cleanText(typed))).toEqual(parseEmail(typed));
  });
});

describe('comparableEmail', () => {
  // Mailcheck's README (mailcheck.js) shows these slips and the domains it suggests for them.
  test.each([
    ['user@gmil.con', 'user@gmail.com'],
    ['user@hotnail.con', 'user@hotmail.com'],
    ['user@hotmail.cmo', 'user@hotmail.com'],
    ['somchai@gmail.co', 'somchai@gmail.com'],
    ['somchai@outlok.com', 'somchai@outlook.com'],
    ['somchai@hotmal.co.th', 'somchai@hotmail.co.th'],
    ['somchai@homail.com', 'somchai@hotmail.com'],
  ])('a provider typed with a slip: %s → %s', (typed, read) => {
    expect(comparableEmail(typed)).toBe(read);
  });

  test('a Gmail address is its mailbox: dots and a + word in the name do not matter, googlemail.com is gmail.com', () => {
    // Google's help pages: john.smith@gmail.com and johnsmith@gmail.com are one account; + aliases reach the inbox.
    for (const typed of [
      'john.smith@gmail.com',
      'johnsmith@gmail.com',
      'jo.hn.sm.ith@gmail.com',
      'johnsmith+lao@gmail.com',
      'john.smith@googlemail.com',
      'john.smith@gmial.com',
    ]) {
      expect(comparableEmail(typed)).toBe('johnsmith@gmail.com');
    }
    // Other providers keep the dots: at Hotmail and Outlook john.smith and johnsmith are two mailboxes.
    expect(comparableEmail('john.smith@hotmail.com')).toBe('john.smith@hotmail.com');
    // A parsed address carries its mailbox; the address shown stays as typed.
    expect(parseEmail(' John.Smith@GMAIL.COM ')).toEqual({ ok: true, value: 'john.smith@gmail.com', comparable: 'johnsmith@gmail.com' });
  });

  test.each(['somchai@gmail.com', 'somchai@hotmail.co.th', 'saraban@banna.go.th', 'somchai@gmail.co.th', 'สมชาย@ไทยเมล.ไทย', 'no-at-sign'])(
    'unchanged: %s',
    (typed) => {
      // A provider as it is, an LAO's own domain, a domain two providers could be, or no provider near at all.
      expect(comparableEmail(typed)).toBe(typed);
    },
  );
});
