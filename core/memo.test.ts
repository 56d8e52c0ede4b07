import { Memo, PairMemo } from './memo';

describe('Memo', () => {
  test('reads each key once, remembering undefined and null too', () => {
    const reads: string[] = [];
    const memo = new Memo<string, string | null | undefined>();
    const read = (key: string) => {
      reads.push(key);
      return key === 'none' ? undefined : key === 'null' ? null : key.toUpperCase();
    };
    for (const key of ['a', 'none', 'null', 'a', 'none', 'null']) memo.get(key, read);
    expect(reads).toEqual(['a', 'none', 'null']);
    expect(memo.get('a', () => 'other')).toBe('A');
    expect(memo.get('none', () => 'other')).toBeUndefined();
    expect(memo.size).toBe(3);
  });
});

describe('PairMemo', () => {
  test('keys by both parts: (a, b) and (b, a) and a key shared by two firsts stay apart', () => {
    const reads: string[] = [];
    const memo = new PairMemo<string, string, string>();
    const read = (a: string, b: string) => {
      reads.push(`${a}/${b}`);
      return `${a}+${b}`;
    };
    expect(memo.get('x', 'y', read)).toBe('x+y');
    expect(memo.get('y', 'x', read)).toBe('y+x');
    expect(memo.get('z', 'y', read)).toBe('z+y');
    expect(memo.get('x', 'y', read)).toBe('x+y');
    expect(reads).toEqual(['x/y', 'y/x', 'z/y']);
  });
});

describe('a context for the reader', () => {
  test('is handed to the reader with the key, and a remembered value is returned whatever the context', () => {
    const memo = new Memo<string, string>();
    const read = (key: string, suffix: string) => key + suffix;
    expect(memo.get('a', read, '!')).toBe('a!');
    expect(memo.get('a', read, '?')).toBe('a!');
    const pairs = new PairMemo<string, number, string>();
    const readPair = (a: string, b: number, times: number) => a.repeat(b * times);
    expect(pairs.get('x', 2, readPair, 2)).toBe('xxxx');
    expect(pairs.get('x', 2, readPair, 3)).toBe('xxxx');
    expect(pairs.get('x', 1, readPair, 3)).toBe('xxx');
  });
});
