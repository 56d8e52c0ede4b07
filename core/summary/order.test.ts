import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { compareThai, compareThaiFallback, thaiRanks } from './order';
import { sharedDataPath, testWithSharedData } from '../../scripts/testing/shared-data';

// Thai dictionary order, checked by hand: a leading vowel is read after its consonant (เชียงใหม่ under ช, แพร่ after
// พะเยา), tone marks count only between otherwise equal words (กอ, ก่อ, ก้อ).
const ORDERED = [
  'กระบี่',
  'กอ',
  'ก่อ',
  'ก้อ',
  'ขอนแก่น',
  'โคราช',
  'ชลบุรี',
  'เชียงใหม่',
  'ตาก',
  'ไทย',
  'พะเยา',
  'แพร่',
  'เมือง',
  'เมืองตาก',
  'แม่สอด',
  'ลำปาง',
  'เลย',
  'หนองคาย',
  'ใหม่',
];
const shuffled = () => [...ORDERED].reverse().sort((a, b) => a.length - b.length);

/** compareThai from a fresh copy of the module, first called while `intl` stands in for the global Intl. */
function compareThaiWith(intl: unknown): (a: string, b: string) => number {
  const real = globalThis.Intl;
  let fresh!: typeof compareThai;
  jest.isolateModules(() => {
    fresh = (require('./order') as typeof import('./order')).compareThai;
  });
  Object.defineProperty(globalThis, 'Intl', { value: intl, configurable: true, writable: true });
  try {
    fresh('ก', 'ข'); // the collator is looked up at the first comparison
  } finally {
    Object.defineProperty(globalThis, 'Intl', { value: real, configurable: true, writable: true });
  }
  return fresh;
}

test("Thai dictionary order with the runtime's Thai collation", () => {
  expect(shuffled().sort(compareThai)).toEqual(ORDERED);
});

test('without Intl: the fallback, in the same order', () => {
  const withoutIntl = compareThaiWith(undefined);
  expect(shuffled().sort(withoutIntl)).toEqual(ORDERED);
});

test('with Intl but no Thai data (a collator ordering by code point): the fallback, in the same order', () => {
  const byCodePoint = {
    Collator: class {
      compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    },
  };
  const withoutThai = compareThaiWith(byCodePoint);
  expect(new byCodePoint.Collator().compare('เก', 'ขา')).toBe(1); // what sorting by it would get wrong
  expect(shuffled().sort(withoutThai)).toEqual(ORDERED);
});

testWithSharedData('the fallback orders every name, province and district of the real registry as the Thai collation does', ['lao-registry.csv'], () => {
  const rows = parse(readFileSync(sharedDataPath('lao-registry.csv'), 'utf8'), { bom: true, columns: true }) as Array<Record<string, string>>;
  const collator = new Intl.Collator('th');
  for (const column of ['name', 'province', 'district']) {
    const words = [...new Set(rows.map((r) => r[column]!))];
    expect(words.length).toBeGreaterThan(70);
    expect([...words].sort(compareThaiFallback)).toEqual([...words].sort(collator.compare));
  }
  // Punctuation counts only between otherwise equal words, as in the Thai collation.
  expect(['จ.ป.ร.', 'จตุรพักตรพิมาน'].sort(compareThaiFallback)).toEqual(['จตุรพักตรพิมาน', 'จ.ป.ร.']);
});

test("thaiRanks: sorting by rank gives compareThai's order, strings that collate equal share a rank", () => {
  // ZERO WIDTH SPACE is ignored by the Thai collation: two strings, one place.
  const words = [...shuffled(), 'เมือง\u200b', 'ตาก'];
  const rank = thaiRanks(words);
  expect([...words].sort((a, b) => rank.get(a)! - rank.get(b)!)).toEqual([...words].sort(compareThai));
  expect(rank.get('เมือง\u200b')).toBe(rank.get('เมือง'));
  expect(rank.get('ก่อ')).toBeGreaterThan(rank.get('กอ')!);
  expect(new Set(rank.values()).size).toBe(ORDERED.length);
});
