/**
 * Edit distance on code points (Thai vowels and marks are separate code points, so a dropped tone mark
 * counts one edit). Optimal string alignment: insert, delete, substitute, or swap two adjacent characters
 * (a common slip when typing Thai vowel + tone). Inputs should already be cleaned (see core/text/thai.ts).
 */

/**
 * Distance between `a` and `b`, or `max + 1` as soon as it is certain to exceed `max`
 * (callers only care about small distances, so long comparisons stop early).
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  const s = Array.from(a);
  const t = Array.from(b);
  const limit = Math.min(max, Math.max(s.length, t.length));
  if (Math.abs(s.length - t.length) > limit) return limit + 1;
  if (s.length === 0 || t.length === 0) return Math.max(s.length, t.length);
  // Three rolling rows: two back for the transposition step.
  let before = new Array<number>(t.length + 1).fill(0);
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  let current = new Array<number>(t.length + 1).fill(0);
  for (let i = 1; i <= s.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  const result = previous[t.length]!;
  return result > limit ? limit + 1 : result;
}

// Tone marks, mai taikhu and thanthakhat: people drop or swap them far more often than letters.
const MARKS = /[\u0E47-\u0E4C]/g;

/** Text without tone marks, mai taikhu and thanthakhat: equal keys mean the texts differ only in those marks. */
export function withoutMarks(text: string): string {
  return text.replace(MARKS, '');
}
