import { thaiDigitsToArabic } from '../text/thai';
import { capitaliseEmail, mistypeDigit, mistypeEmail, randomLandline, randomMobile, spaceEmail, writeExtension, writePhone, type PhoneStyle } from './contacts';
import { createRng } from './random';

/** Digits a reader gets back from a written number, in national form. */
function national(written: string): string {
  const digits = thaiDigitsToArabic(written).replace(/\D/g, '');
  if (digits.length === 11 && digits.startsWith('66')) return '0' + digits.slice(2);
  return digits.startsWith('0') ? digits : '0' + digits;
}

describe('synthetic contacts', () => {
  const rng = createRng(11);

  test('mobiles are 0 + 6/8/9 + 8 digits; landlines 0 + 8 digits with a regional area code', () => {
    for (let i = 0; i < 200; i++) expect(randomMobile(rng)).toMatch(/^0[689]\d{8}$/);
    expect(randomLandline(rng, '10')).toMatch(/^02\d{7}$/);
    expect(randomLandline(rng, '50')).toMatch(/^05[34]\d{6}$/);
    expect(randomLandline(rng, '81')).toMatch(/^07[57]\d{6}$/);
  });

  test.each<[PhoneStyle, RegExp]>([
    ['plain', /^0\d{9}$/],
    ['dashes', /^0\d{1,2}-\d{3,4}-\d{4}$/],
    ['spaces', /^0\d{2} \d{3} \d{4}$/],
    ['plus66', /^(\+66|66|\+66 )/],
    ['thai_digits', /^[๐-๙-]+$/],
    ['leading_zero_lost', /^[689]\d{8}$/],
  ])('a mobile written %s keeps its digits', (style, shape) => {
    for (let i = 0; i < 30; i++) {
      const number = randomMobile(rng);
      const written = writePhone(number, style, rng);
      expect(written).toMatch(shape);
      expect(national(written)).toBe(number);
    }
  });

  test('landlines are grouped by area code', () => {
    expect(writePhone('021234567', 'dashes', rng)).toBe('02-123-4567');
    expect(writePhone('053123456', 'dashes', rng)).toBe('053-123456');
    expect(writeExtension(rng)).toMatch(/^ (ต่อ ?|ext\. |#)\d+$/);
  });

  test('a mistyped digit changes exactly one digit after the prefix', () => {
    for (let i = 0; i < 50; i++) {
      const number = randomMobile(rng);
      const typed = mistypeDigit(number, rng);
      expect(typed).toHaveLength(number.length);
      expect([...typed].filter((d, k) => d !== number[k])).toHaveLength(1);
      expect(typed.slice(0, 2)).toBe(number.slice(0, 2));
    }
  });

  test('e-mail noise keeps the address up to case and spaces; a mistyped one differs in the handle only', () => {
    const email = 'somchai.s@gmail.com';
    for (let i = 0; i < 20; i++) {
      const cased = capitaliseEmail(email, rng);
      expect(cased).not.toBe(email);
      expect(cased.toLowerCase()).toBe(email);
      const spaced = spaceEmail(email, rng);
      expect(spaced).toMatch(/\s/);
      expect(spaced.replace(/\s/g, '')).toBe(email);
      const slip = mistypeEmail(email, rng);
      expect(slip).not.toBe(email);
      expect(slip.endsWith('@gmail.com')).toBe(true);
    }
  });
});
