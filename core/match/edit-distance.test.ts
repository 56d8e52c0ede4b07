import { editDistance, withoutMarks } from './edit-distance';

/** Textbook optimal-string-alignment distance, full table, no cut-off: the reference for the fast one. */
function reference(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  const d = Array.from({ length: s.length + 1 }, (_, i) => Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[s.length]![t.length]!;
}

describe('editDistance', () => {
  test.each([
    ['คลองท่อมใต้', 'คลองท่อมใต้', 0],
    ['คลองท่อมใต้', 'คลองท่อมไต้', 1], // substitution
    ['คลองท่อมใต้', 'คลองทอมใต้', 1], // tone mark dropped
    ['คลองท่อมใต้', 'คลองท่อมใ้ต', 1], // adjacent swap
    ['นาดี', 'นาดีใต้', 3],
    ['', 'ปง', 2],
  ])('%s / %s = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });

  test('stops at max + 1', () => {
    expect(editDistance('บ้านใหม่', 'หนองบัวแดง', 2)).toBe(3);
    expect(editDistance('ก', 'กขคงจ', 1)).toBe(2);
  });

  test('agrees with the full-table reference on random Thai-like strings, with and without a cut-off', () => {
    const letters = ['ก', 'น', 'า', 'ี', '่', '้', 'ม', 'อ'];
    let seed = 12345;
    const next = (n: number) => {
      seed = (seed * 48271) % 2147483647;
      return seed % n;
    };
    const word = () => Array.from({ length: next(7) }, () => letters[next(letters.length)]).join('');
    for (let i = 0; i < 3000; i++) {
      const a = word();
      const b = word();
      const exact = reference(a, b);
      expect(editDistance(a, b)).toBe(exact);
      expect(editDistance(a, b, 2)).toBe(Math.min(exact, 3));
    }
  });

  test('withoutMarks drops tone marks, mai taikhu and thanthakhat only', () => {
    expect(withoutMarks('ท่าตูม')).toBe('ทาตูม');
    expect(withoutMarks('โพธิ์ไทร')).toBe('โพธิไทร');
    expect(withoutMarks('เก็บ')).toBe('เกบ');
    expect(withoutMarks('ลำปาง')).toBe('ลำปาง');
  });

  describe('reused buffers past their first size (64 code points)', () => {
    // The rows and code-point buffers are module-level and grow on demand; these cases cross the growth point, mix
    // long and short calls in both argument orders, and include characters outside the BMP (two UTF-16 units).
    const letters = ['ก', 'น', 'า', 'ี', '่', '้', 'ม', 'อ', 'ร', 'ะ'];
    let seed = 777;
    const next = (n: number) => {
      seed = (seed * 48271) % 2147483647;
      return seed % n;
    };
    const word = (length: number) => Array.from({ length }, () => letters[next(letters.length)]).join('');
    /** `text` with `edits` random substitutions, insertions, deletions or adjacent swaps. */
    const slip = (text: string, edits: number) => {
      const cs = Array.from(text);
      for (let e = 0; e < edits; e++) {
        const at = next(Math.max(cs.length, 1));
        const kind = next(4);
        if (kind === 0) cs[at] = letters[next(letters.length)]!;
        else if (kind === 1) cs.splice(at, 0, letters[next(letters.length)]!);
        else if (kind === 2) cs.splice(at, 1);
        else if (at + 1 < cs.length) [cs[at], cs[at + 1]] = [cs[at + 1]!, cs[at]!];
      }
      return cs.join('');
    };

    test.each([63, 64, 65, 100, 129, 300])('names of %i code points agree with the reference, cut off or not', (length) => {
      for (let i = 0; i < (length > 100 ? 8 : 30); i++) {
        const a = word(length);
        const b = slip(a, next(6));
        const exact = reference(a, b);
        expect(editDistance(a, b)).toBe(exact);
        expect(editDistance(b, a)).toBe(exact);
        expect(editDistance(a, b, 2)).toBe(Math.min(exact, 3));
      }
    });

    test('a long name against a short one, in both orders, and short pairs after the buffers grew', () => {
      const long = word(150);
      const short = word(5);
      expect(editDistance(long, short)).toBe(reference(long, short));
      expect(editDistance(short, long)).toBe(reference(short, long));
      expect(editDistance(long, short, 3)).toBe(4);
      // Stale values from the long call sit beyond the short rows' ends; they must never be read.
      for (const [a, b, d] of [
        ['คลองท่อมใต้', 'คลองท่อมใ้ต', 1],
        ['นาดี', 'นาดีใต้', 3],
        ['', 'ปง', 2],
      ] as const) {
        expect(editDistance(a, b)).toBe(d);
        expect(editDistance(b, a)).toBe(d);
      }
      // And back to long names, longer than any before: the buffers grow again.
      const longer = word(400);
      const typo = slip(longer, 3);
      expect(editDistance(longer, typo, 4)).toBe(Math.min(reference(longer, typo), 5));
    });

    test('characters outside the BMP count one edit each, on long names too', () => {
      const emoji = '\u{1F3E0}'; // 🏠, two UTF-16 units
      const a = `${word(70)}${emoji}${word(10)}`;
      expect(editDistance(a, a.replace(emoji, ''))).toBe(1);
      expect(editDistance(a, a.replace(emoji, 'ก'))).toBe(1);
      expect(editDistance(`${emoji}${emoji}${a}`, a)).toBe(2);
      expect(editDistance(a, `${a}${emoji.repeat(40)}`, 5)).toBe(6);
      expect(editDistance(a, `${a}${emoji.repeat(40)}`)).toBe(40);
    });
  });
});
