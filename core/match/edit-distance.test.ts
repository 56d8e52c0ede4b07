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
});
