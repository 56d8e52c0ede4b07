import { parseEmail } from './email';

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
    expect(parseEmail(text)).toEqual({ ok: true, value });
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
    ['สมชาย@gmail.com'],
    ['somchai@gmail.c0m'],
  ])('%s is rejected', (text) => {
    expect(parseEmail(text)).toEqual({ ok: false });
  });
});
