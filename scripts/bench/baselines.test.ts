import type { RegistryEntry } from '../../core/registry/types';
import { fingerprint, fingerprintLookup, keyCollision, sheetsLookup, sheetsRemoveDuplicates, sheetsTrim } from './baselines';

const lao = (code: string, type: RegistryEntry['type'], name: string, province = 'ตาก'): RegistryEntry => ({
  code,
  type,
  name,
  province,
  district: 'เมืองตาก',
  districts: ['เมืองตาก'],
});

describe('Google Sheets baseline', () => {
  test('Trim whitespace removes edge whitespace and collapses inner runs, but leaves no-break and zero-width spaces', () => {
    expect(sheetsTrim('  นาย  สมชาย\t ใจดี \n')).toBe('นาย สมชาย ใจดี');
    expect(sheetsTrim('สมชาย\u00A0')).toBe('สมชาย\u00A0');
    expect(sheetsTrim('\u200Bสมชาย')).toBe('\u200Bสมชาย');
  });

  test('Remove duplicates: identical cells up to letter case are duplicates of the first row, which is kept', () => {
    const rows = [
      ['นายสมชาย ใจดี', '0812345678', 'Somchai@Gmail.com'],
      ['นายสมชาย ใจดี', '0812345678', 'somchai@gmail.com'],
      ['สมชาย ใจดี', '0812345678', 'somchai@gmail.com'],
      ['นายสมชาย ใจดี', '081-234-5678', 'somchai@gmail.com'],
      ['นายสมชาย ใจดี', '0812345678', 'SOMCHAI@GMAIL.COM'],
    ];
    expect(sheetsRemoveDuplicates(rows)).toEqual([null, 0, null, null, 0]);
  });

  test('VLOOKUP exact: first registry row with the same province and name, case-insensitive after trimming', () => {
    const lookup = sheetsLookup([lao('2630101', 'อบจ.', 'ตาก'), lao('3630102', 'เทศบาลนคร', 'ตาก'), lao('6630105', 'อบต.', 'Mae Tao')]);
    expect(lookup(' ตาก', 'ตาก ')?.code).toBe('2630101'); // the first of the two, whatever was meant
    expect(lookup('ตาก', 'mae tao')?.code).toBe('6630105');
    expect(lookup('ตาก', 'อบต.แม่ตาว')).toBeNull();
    expect(lookup('จ.ตาก', 'ตาก')).toBeNull();
  });
});

describe('OpenRefine fingerprint baseline', () => {
  test('the documented examples', () => {
    expect(fingerprint('Yes yes, Gödel said this sentence is consistent and.')).toBe('and consistent godel is said sentence this yes');
    expect(fingerprint('New York')).toBe(fingerprint('new york'));
    expect(fingerprint('  Tom  Cruise ')).toBe(fingerprint('Cruise, Tom'));
    expect(fingerprint('Æsop Straße')).toBe('aesop strasse');
  });

  test('on Thai: punctuation and whitespace go, token order does not matter, Thai letters stay', () => {
    expect(fingerprint('อบต. คลองท่อมใต้')).toBe('คลองท่อมใต้ อบต');
    expect(fingerprint('อบต.คลองท่อมใต้')).toBe('อบตคลองท่อมใต้');
    expect(fingerprint('คลองท่อมใต้\u00A0')).toBe('คลองท่อมใต้');
    // NFKD splits sara am into nikhahit + sara aa, so a split sara am collides with the whole one.
    expect(fingerprint('ลำทับ')).toBe(fingerprint('ล\u0E4D\u0E32ทับ'));
    // A zero-width space is neither whitespace nor punctuation: it stays.
    expect(fingerprint('ลำ\u200Bทับ')).not.toBe(fingerprint('ลำทับ'));
    // Thai digits are not folded; the ๆ repetition mark is a modifier letter and is dropped.
    expect(fingerprint('๐๘๑')).not.toBe(fingerprint('081'));
    expect(fingerprint('นาๆ')).toBe('นา');
    expect(fingerprint('somchai@gmail.com +66')).toBe('+66 somchaigmailcom');
  });

  test('key collision groups rows with the same key under the first one', () => {
    expect(keyCollision(['a', 'b', 'a', 'c', 'b'])).toEqual([null, null, 0, null, 1]);
  });

  test('matching by fingerprint: unique collision, several, or none', () => {
    const lookup = fingerprintLookup([lao('2630101', 'อบจ.', 'ตาก'), lao('3630102', 'เทศบาลนคร', 'ตาก'), lao('6630105', 'อบต.', 'แม่ตาว')]);
    expect(lookup('ตาก', ' แม่ตาว.').map((e) => e.code)).toEqual(['6630105']);
    expect(lookup('ตาก', 'ตาก').map((e) => e.code)).toEqual(['2630101', '3630102']);
    expect(lookup('ตาก', 'อบต.แม่ตาว')).toEqual([]);
  });
});
