import { kedmaneeRows } from '../text/keyboard-layout';
import type { Rng } from './random';

/**
 * The character-level mistakes real people make typing Thai, each a pure transform. A transform that finds nothing
 * to change returns its input unchanged, so callers record a mistake only when the text actually changed.
 */

const NIKHAHIT = '\u0E4D';
const SARA_AA = '\u0E32';
const TONE = /[\u0E48-\u0E4B]/;
const UPPER_OR_LOWER_VOWEL = /[\u0E31\u0E34-\u0E3A\u0E47\u0E4D]/;
const THAI_DIGIT_ZERO = 0x0e50;
const ZERO_WIDTH = ['\u200B', '\u200C', '\u200D', '\uFEFF'];

/** ำ typed as nikhahit + sara aa (ํ + า); with a tone mark, the tone sometimes lands between them. */
export function splitSaraAm(text: string, rng: Rng): string {
  return text.replace(/([\u0E48-\u0E4B]?)\u0E33/g, (_m, tone: string) => (tone && rng.chance(0.5) ? NIKHAHIT + tone + SARA_AA : tone + NIKHAHIT + SARA_AA));
}

/** Tone mark typed before the upper or lower vowel it sits with: `ที่` typed as `ท่ี`. Every such pair is swapped. */
export function toneBeforeVowel(text: string): string {
  const chars = [...text];
  for (let i = 0; i + 1 < chars.length; i++) {
    const [a, b] = [chars[i] as string, chars[i + 1] as string];
    if (UPPER_OR_LOWER_VOWEL.test(a) && TONE.test(b)) {
      chars[i] = b;
      chars[i + 1] = a;
      i++;
    }
  }
  return chars.join('');
}

/** A zero-width character (space, joiner, BOM) inside or at the edge of the text, as pasted text carries them. */
export function insertZeroWidth(text: string, rng: Rng): string {
  const at = rng.int(text.length + 1);
  return text.slice(0, at) + rng.pick(ZERO_WIDTH) + text.slice(at);
}

/** Spaces replaced by no-break spaces (text pasted from Word or a web page), or one trailing no-break space. */
export function noBreakSpaces(text: string, rng: Rng): string {
  return text.includes(' ') && rng.chance(0.7) ? text.replace(/ /g, '\u00A0') : text + '\u00A0';
}

export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(THAI_DIGIT_ZERO + Number(d)));
}

/** Stray spaces: doubled, leading or trailing; `inside` also splits a word between two Thai consonants. */
export function straySpaces(text: string, rng: Rng, inside = false): string {
  const kind = rng.int(inside ? 4 : 3);
  if (kind === 0) return ' ' + text;
  if (kind === 1) return text + '  ';
  if (kind === 2) return text.includes(' ') ? text.replace(' ', '  ') : text + ' ';
  const spots: number[] = [];
  const chars = [...text];
  for (let i = 1; i < chars.length; i++) if (isConsonant(chars[i - 1] as string) && isConsonant(chars[i] as string)) spots.push(i);
  if (spots.length === 0) return text + ' ';
  const at = rng.pick(spots);
  return [...chars.slice(0, at), ' ', ...chars.slice(at)].join('');
}

/** Letters people confuse (same sound or same shape), for typos that a reader still recognises. */
const CONFUSABLE: readonly string[] = ['สศษ', 'นณ', 'ลฬ', 'ทธฑ', 'คฅ', 'ขฃ', 'พภ', 'ตฏ', 'ดฎ', 'ชฉ', 'ิี', 'ุู', '่้', 'ัะ', 'บป', 'ผฝ', 'อฮ'];

/**
 * One edit (delete, double, swap adjacent, or a confusable letter) on a Thai or Latin word. Never returns the input
 * unchanged unless it is shorter than 2 characters.
 */
export function typo(text: string, rng: Rng): string {
  const chars = [...text];
  if (chars.length < 2) return text;
  for (let attempt = 0; attempt < 20; attempt++) {
    const out = [...chars];
    const i = rng.int(chars.length);
    const c = chars[i] as string;
    const kind = rng.int(4);
    if (kind === 0 && chars.length > 3) out.splice(i, 1);
    else if (kind === 1) out.splice(i, 0, c);
    else if (kind === 2 && i + 1 < chars.length) [out[i], out[i + 1]] = [chars[i + 1] as string, c];
    else {
      const group = CONFUSABLE.find((g) => g.includes(c));
      if (!group) continue;
      const others = [...group].filter((x) => x !== c);
      out[i] = rng.pick(others);
    }
    const result = out.join('');
    if (result !== text && result.trim() !== '') return result;
  }
  // Fallback that always changes the text: drop the last character.
  return chars.slice(0, -1).join('');
}

/**
 * Where each row of a keyboard starts, in key widths (the Tab, Caps Lock and Shift keys before rows 2-4 of a standard
 * ANSI keyboard): keys of two rows whose centres are at most 1.25 widths apart touch.
 */
const ROW_OFFSETS = [0, 1.5, 1.75, 2.25];

/**
 * For each Thai character on the Kedmanee layout, what a finger slipping onto a touching key types instead (same
 * shift state), or the same key with the shift state wrong. This is nlpaug's KeyboardAug model (makcedward/nlpaug,
 * nlpaug/res/char/keyboard: neighbouring keys and their shifted characters, `th` among its layouts), built here from the
 * layout itself (TIS 820-2538, core/text/keyboard-layout.ts) rather than from its tables.
 */
const NEIGHBOUR_KEYS: ReadonlyMap<string, readonly string[]> = (() => {
  const rows = kedmaneeRows();
  const neighbours = new Map<string, string[]>();
  const add = (ch: string, more: string[]) => neighbours.set(ch, [...(neighbours.get(ch) ?? []), ...more]);
  rows.forEach((row, r) => {
    for (let k = 0; k < row.unshifted.length; k++) {
      const touching = touchingKeys(rows, r, k);
      add(row.unshifted[k]!, [...touching.map(([r2, k2]) => rows[r2]!.unshifted[k2]!), row.shifted[k]!]);
      add(row.shifted[k]!, [...touching.map(([r2, k2]) => rows[r2]!.shifted[k2]!), row.unshifted[k]!]);
    }
  });
  return neighbours;
})();

/** The keys (row, position in the row) that touch key `k` of row `r`: beside it, and above or below it. */
function touchingKeys(rows: ReadonlyArray<{ unshifted: string[] }>, r: number, k: number): [number, number][] {
  const touching: [number, number][] = [];
  for (let r2 = Math.max(0, r - 1); r2 <= Math.min(rows.length - 1, r + 1); r2++) {
    for (let k2 = 0; k2 < rows[r2]!.unshifted.length; k2++) {
      const apart = Math.abs(ROW_OFFSETS[r2]! + k2 - (ROW_OFFSETS[r]! + k));
      if (apart > 0 && apart <= (r2 === r ? 1 : 1.25)) touching.push([r2, k2]);
    }
  }
  return touching;
}

const THAI_CHAR = /[\u0E01-\u0E5B]/;

/**
 * One Thai character typed with a touching key, or with the shift state wrong (`ก` → `ด`, `ห`, `ฏ`...): the slip of a
 * finger, not of the speller (typo's confusable letters). Returns the text unchanged when it has no Thai character.
 */
export function neighbourKeySlip(text: string, rng: Rng): string {
  const chars = [...text];
  const spots = chars.flatMap((c, i) => (THAI_CHAR.test(c) && NEIGHBOUR_KEYS.has(c) ? [i] : []));
  if (spots.length === 0) return text;
  const at = rng.pick(spots);
  const instead = NEIGHBOUR_KEYS.get(chars[at]!)!.filter((c) => c !== chars[at] && c.trim() !== '');
  if (instead.length === 0) return text;
  chars[at] = rng.pick(instead);
  return chars.join('');
}

export function isConsonant(ch: string): boolean {
  return ch >= '\u0E01' && ch <= '\u0E2E';
}

/**
 * A tone mark typed after the following vowel it sits before (า or ำ): `ป่า` typed `ปา่`, `น้ำ` typed `นำ้`. It looks
 * the same on screen; PyThaiNLP's reorder_vowels lists the repair ("FOLLOW VOWEL + TONEMARK+ -> TONEMARK + FOLLOW
 * VOWEL"). Every such pair is swapped.
 */
export function toneAfterFollowingVowel(text: string): string {
  return text.replace(/([\u0E48-\u0E4B])([\u0E32\u0E33])/g, '$2$1');
}

/**
 * A long place name cut short with ฯ, as Thai writes them (`จ.นครศรีฯ`, `สนง.กฟส.สุราษฎร์ฯ`, `อ.เมืองฯ` in public code
 * and documents): the shortest stem of at least four characters, ending before a consonant, that begins no other
 * of `others`; null when there is none (a reader could not tell which was meant).
 */
export function abbreviateWithPaiyannoi(name: string, others: readonly string[]): string | null {
  const chars = [...name];
  const stems: string[] = [];
  for (let cut = 4; cut < chars.length - 2; cut++) {
    if (isConsonant(chars[cut] as string)) stems.push(chars.slice(0, cut).join(''));
  }
  const unique = stems.filter((stem) => !others.some((o) => o !== name && o.startsWith(stem)));
  // Preferably after a vowel or mark (นครศรีฯ rather than นครศฯ): the end of a written syllable.
  return (unique.find((stem) => !isConsonant(stem.slice(-1))) ?? unique[0] ?? null)?.concat('ฯ') ?? null;
}

/** Digits as full-width characters (０-９), as an East Asian input method types them. */
export function toFullWidthDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
}

/**
 * Two neighbouring words of the text swapped, words being what is between spaces: nlpaug's RandomWordAug with action
 * "swap" (makcedward/nlpaug, nlpaug/augmenter/word/random.py), one swap. `before` is the word that now comes first,
 * `after` the one it moved in front of. The text as it is when it has one word.
 */
export function swapNeighbourWords(text: string, rng: Rng): { text: string; before: string; after: string } {
  const words = text.split(' ');
  if (words.length < 2) return { text, before: '', after: '' };
  const i = rng.int(words.length - 1);
  const [first, second] = [words[i]!, words[i + 1]!];
  words[i] = second;
  words[i + 1] = first;
  return { text: words.join(' '), before: second, after: first };
}
