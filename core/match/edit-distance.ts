/**
 * Edit distance on code points (Thai vowels and marks are separate code points, so a dropped tone mark
 * counts one edit). Optimal string alignment: insert, delete, substitute, or swap two adjacent characters
 * (a common slip when typing Thai vowel + tone). Inputs should already be cleaned (see core/text/thai.ts).
 */

/**
 * Distance between `a` and `b`, or `max + 1` as soon as it is certain to exceed `max`
 * (callers only care about small distances: only a band of width 2·max+1 around the diagonal is computed).
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  const n = codePoints(a, 0);
  const m = codePoints(b, 1);
  const [s, t] = points;
  const limit = Math.min(max, Math.max(n, m));
  if (Math.abs(n - m) > limit) return limit + 1;
  if (n === 0 || m === 0) return Math.max(n, m);
  const over = limit + 1;
  // Three rolling rows (two back for the swap step); cells outside the band stay at `over`.
  let [before, previous, current] = scratchRows(m + 1);
  before.fill(over, 0, m + 1);
  previous.fill(over, 0, m + 1);
  for (let j = 0; j <= Math.min(m, limit); j++) previous[j] = j;
  for (let i = 1; i <= n; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(m, i + limit);
    current.fill(over, 0, m + 1);
    if (i <= limit) current[0] = i;
    let rowMin = i <= limit ? i : over;
    const si = s[i - 1];
    for (let j = from; j <= to; j++) {
      const tj = t[j - 1];
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (si === tj ? 0 : 1));
      if (i > 1 && j > 1 && si === t[j - 2] && s[i - 2] === tj) d = Math.min(d, before[j - 2]! + 1);
      if (d > over) d = over;
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return over;
    [before, previous, current] = [previous, current, before];
  }
  const result = previous[m]!;
  return result > limit ? over : result;
}

// Rows reused between calls (JavaScript runs one call at a time): comparing thousands of pairs allocates nothing.
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

function scratchRows(length: number): [Int32Array, Int32Array, Int32Array] {
  if (rows[0].length < length) rows = [new Int32Array(length * 2), new Int32Array(length * 2), new Int32Array(length * 2)];
  return [rows[0], rows[1], rows[2]];
}

// The two texts' code points, in buffers reused between calls like the rows.
const points: [Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64)];

/**
 * Writes the code points of `text` into points[which] (grown when needed) and returns how many there are; Thai text
 * is all in the Basic Multilingual Plane, so usually one per UTF-16 unit.
 */
function codePoints(text: string, which: 0 | 1): number {
  if (points[which].length < text.length) points[which] = new Int32Array(text.length * 2);
  const out = points[which];
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.codePointAt(i)!;
    out[count++] = c;
    if (c > 0xffff) i++;
  }
  return count;
}

// Tone marks, mai taikhu and thanthakhat: people drop or swap them far more often than letters.
const MARKS = /[\u0E47-\u0E4C]/g;

/** Text without tone marks, mai taikhu and thanthakhat: equal keys mean the texts differ only in those marks. */
export function withoutMarks(text: string): string {
  return text.replace(MARKS, '');
}
