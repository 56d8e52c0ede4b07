import { sortShort } from './sort-short';

/** A small deterministic generator (mulberry32), so a failure can be reproduced. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Item {
  score: number;
  code: string;
  /** Where the item was before sorting: tells a stable order from another. */
  at: number;
}

const byScoreThenCode = (a: Item, b: Item) => b.score - a.score || a.code.localeCompare(b.code);
const byScoreOnly = (a: Item, b: Item) => b.score - a.score;

describe('sortShort', () => {
  test('the same order as Array.prototype.sort, ties kept in place, for every length up to and past the short limit', () => {
    const next = random(20260621);
    for (let length = 0; length <= 40; length++) {
      for (let round = 0; round < 50; round++) {
        // Few distinct scores and codes, so ties are common.
        const items: Item[] = Array.from({ length }, (_, at) => ({ score: Math.floor(next() * 4) - 1, code: String(Math.floor(next() * 3)), at }));
        for (const compare of [byScoreThenCode, byScoreOnly]) {
          const expected = [...items].sort(compare);
          const list = [...items];
          const sorted = sortShort(list, compare);
          expect(sorted).toBe(list);
          expect(sorted.map((i) => i.at)).toEqual(expected.map((i) => i.at));
        }
      }
    }
  });

  test('sorts numbers descending as asked', () => {
    expect(sortShort([3, 1, 2, 5, 4], (a, b) => b - a)).toEqual([5, 4, 3, 2, 1]);
  });
});
