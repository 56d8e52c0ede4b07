import { editDistance } from '../match/edit-distance';
import { cleanText, fixThaiOrder } from '../text/thai';
import { createRng } from './random';
import {
  abbreviateWithPaiyannoi,
  insertZeroWidth,
  neighbourKeySlip,
  noBreakSpaces,
  splitSaraAm,
  straySpaces,
  toFullWidthDigits,
  toneAfterFollowingVowel,
  toneBeforeVowel,
  toThaiDigits,
  typo,
} from './typing';

const NAMES = ['คลองท่อมใต้', 'น้ำเชี่ยว', 'ลำทับ', 'ท่าข้าม', 'หนองหญ้าไซ', 'สมุทรปราการ', 'สำราญ', 'ที่ว่าการ', 'จำเนียร'];

describe('Thai typing mistakes', () => {
  test('sara am split into nikhahit + sara aa, and cleanText puts it back', () => {
    const rng = createRng(1);
    for (const name of ['ลำทับ', 'น้ำเชี่ยว', 'จำเนียร', 'น้ำ']) {
      for (let i = 0; i < 5; i++) {
        const typed = splitSaraAm(name, rng);
        expect(typed).not.toContain('\u0E33');
        expect(typed).toContain('\u0E4D\u0E32'.charAt(0));
        expect(fixThaiOrder(typed)).toBe(name);
      }
    }
    // With a tone, the tone lands either before the nikhahit or between it and sara aa.
    const forms = new Set(Array.from({ length: 20 }, () => splitSaraAm('น้ำ', rng)));
    expect(forms).toEqual(new Set(['น\u0E49\u0E4D\u0E32', 'น\u0E4D\u0E49\u0E32']));
    expect(splitSaraAm('ท่าข้าม', rng)).toBe('ท่าข้าม');
  });

  test('tone before vowel swaps every vowel+tone pair, and fixThaiOrder undoes it', () => {
    expect(toneBeforeVowel('ที่')).toBe('ท\u0E48\u0E35');
    expect(toneBeforeVowel('รุ่ง')).toBe('ร\u0E48\u0E38ง');
    expect(toneBeforeVowel('ท่าข้าม')).toBe('ท่าข้าม'); // tone with no vowel mark: nothing to swap
    for (const name of NAMES) expect(fixThaiOrder(toneBeforeVowel(name))).toBe(name);
  });

  test('zero-width and no-break spaces are invisible to cleanText', () => {
    const rng = createRng(2);
    for (const name of [...NAMES, 'นาย สมชาย ใจดี']) {
      const zw = insertZeroWidth(name, rng);
      expect(zw).not.toBe(name);
      expect(zw).toMatch(/[\u200B-\u200D\uFEFF]/);
      expect(cleanText(zw)).toBe(name);
      const nb = noBreakSpaces(name, rng);
      expect(nb).toContain('\u00A0');
      expect(cleanText(nb)).toBe(name);
    }
  });

  test('Thai digits', () => {
    expect(toThaiDigits('081-234 5678')).toBe('๐๘๑-๒๓๔ ๕๖๗๘');
  });

  test('stray spaces change only spacing', () => {
    const rng = createRng(3);
    for (let i = 0; i < 50; i++) {
      const name = rng.pick(NAMES);
      const typed = straySpaces(name, rng, true);
      expect(typed).not.toBe(name);
      expect(typed.replace(/\s/g, '')).toBe(name);
    }
  });

  test('a typo is exactly one edit and never the same text', () => {
    const rng = createRng(4);
    for (let i = 0; i < 300; i++) {
      const name = rng.pick([...NAMES, 'somchai.s']);
      const typed = typo(name, rng);
      expect(typed).not.toBe(name);
      expect(editDistance(typed, name)).toBe(1);
    }
  });

  test('tone typed after า or ำ: looks the same, and fixThaiOrder undoes it', () => {
    expect(toneAfterFollowingVowel('ท่าข้าม')).toBe('ทา\u0E48ขา\u0E49ม');
    expect(toneAfterFollowingVowel('น้ำเชี่ยว')).toBe('นำ\u0E49เชี่ยว');
    for (const name of NAMES) expect(fixThaiOrder(toneAfterFollowingVowel(name))).toBe(name);
  });

  test('a place cut with ฯ at the shortest stem no other name begins; none when every stem is shared', () => {
    const provinces = ['นครศรีธรรมราช', 'นครสวรรค์', 'นครปฐม', 'สุราษฎร์ธานี', 'อุบลราชธานี'];
    expect(abbreviateWithPaiyannoi('นครศรีธรรมราช', provinces)).toBe('นครศรีฯ');
    expect(abbreviateWithPaiyannoi('สุราษฎร์ธานี', provinces)).toBe('สุราฯ');
    expect(abbreviateWithPaiyannoi('อุบลราชธานี', provinces)).toBe('อุบลราฯ');
    expect(abbreviateWithPaiyannoi('นครสวรรค์', provinces)).toBe('นครสฯ');
    expect(abbreviateWithPaiyannoi('นครปฐม', provinces)).toBeNull();
  });

  test('full-width digits', () => {
    expect(toFullWidthDigits('02-123-4567 ต่อ 12')).toBe('０２-１２３-４５６７ ต่อ １２');
    expect(cleanText(toFullWidthDigits('081-234-5678'))).toBe('081-234-5678');
  });

  test('a neighbour-key slip lands on a touching key of the Kedmanee layout or the same key shifted', () => {
    const rng = createRng(7);
    // ก is the D key: S (ห) and F (ด) beside it, W E R (ไ ำ พ) above, X C (ป แ) below, and shifted D (ฏ).
    const slips = new Set(Array.from({ length: 400 }, () => neighbourKeySlip('ก', rng)));
    expect(slips).toEqual(new Set(['ห', 'ด', 'ไ', 'ำ', 'พ', 'ป', 'แ', 'ฏ']));
    // ฟ, the A key at the row's end, has no key on its left.
    expect(new Set(Array.from({ length: 200 }, () => neighbourKeySlip('ฟ', rng)))).toEqual(new Set(['ห', 'ๆ', 'ไ', 'ผ', 'ฤ']));
    for (const name of NAMES) {
      const typed = [...neighbourKeySlip(name, rng)];
      expect(typed).toHaveLength([...name].length);
      expect(typed.filter((c, i) => c !== [...name][i])).toHaveLength(1);
    }
    expect(neighbourKeySlip('abc 123', rng)).toBe('abc 123');
  });
});
