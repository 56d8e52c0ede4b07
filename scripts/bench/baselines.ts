/**
 * The two baselines of the quality benchmark, implemented from their documentation (not tuned for Thai):
 *
 * 1. Google Sheets' own clean-up, as a coordinator would use it: Data → Data cleanup → Trim whitespace, then
 *    Remove duplicates on the chosen columns, then VLOOKUP (exact match) against the registry. The Sheets API documents
 *    the same operations: TrimWhitespaceRequest "removes all whitespace from the start and end of each cell's text,
 *    and reduces any subsequence of remaining whitespace characters to a single space"; DeleteDuplicatesRequest
 *    "Rows with identical values but different letter cases, formatting, or formulas are considered to be
 *    duplicates … the first instance of each duplicate row scanning from the top downwards is kept". VLOOKUP with
 *    is_sorted FALSE returns the first exact (case-insensitive) match.
 * 2. OpenRefine's key collision clustering with the fingerprint keyer
 *    (https://openrefine.org/docs/technical-reference/clustering-in-depth; the keyer of OpenRefine 3.x,
 *    FingerprintKeyer.java): trim, lower-case, fold diacritics (NFKD, then drop combining marks U+0300–U+036F,
 *    modifier letters Lm and modifier symbols Sk), replace ß/æ/ø/… by ASCII, remove Unicode punctuation (\p{P}) and
 *    control characters, split on whitespace, sort, drop repeats, join with one space.
 */
import type { RegistryEntry } from '../../core/registry/types';

// ---------------------------------------------------------------------------------------------------------------
// Google Sheets

/** The whitespace the documentation names (spaces, tabs, new lines); no-break and zero-width spaces are not it. */
const SHEETS_WHITESPACE = /[ \t\n\r\f\v]+/g;

/** Data cleanup → Trim whitespace. */
export function sheetsTrim(text: string): string {
  // Not String.prototype.trim: that would also strip the no-break spaces Sheets leaves alone.
  return text.replace(SHEETS_WHITESPACE, ' ').replace(/^ | $/g, '');
}

/** The comparison Remove duplicates makes between two rows' selected cells: equal up to letter case. */
export function sheetsDuplicateKey(cells: readonly string[]): string {
  return cells.map((c) => c.toLowerCase()).join('\u0000');
}

/** Remove duplicates: for every row, the first earlier row with the same key (the kept one), or null. */
export function sheetsRemoveDuplicates(rows: ReadonlyArray<readonly string[]>): Array<number | null> {
  const first = new Map<string, number>();
  return rows.map((cells, i) => {
    const key = sheetsDuplicateKey(cells);
    const kept = first.get(key);
    if (kept === undefined) {
      first.set(key, i);
      return null;
    }
    return kept;
  });
}

/** VLOOKUP(province & name, registry, …, FALSE): the first registry row whose key equals the answer's, case-insensitive. */
export function sheetsLookup(registry: readonly RegistryEntry[]): (province: string, name: string) => RegistryEntry | null {
  const first = new Map<string, RegistryEntry>();
  for (const e of registry) {
    const key = sheetsDuplicateKey([e.province, e.name]);
    if (!first.has(key)) first.set(key, e);
  }
  return (province, name) => first.get(sheetsDuplicateKey([sheetsTrim(province), sheetsTrim(name)])) ?? null;
}

// ---------------------------------------------------------------------------------------------------------------
// OpenRefine

// Guava's CharMatcher.whitespace() (trim) and Java's \s with UNICODE_CHARACTER_CLASS (split): Unicode White_Space.
const WHITE_SPACE = '\\t\\n\\v\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000';
const TRIM = new RegExp(`^[${WHITE_SPACE}]+|[${WHITE_SPACE}]+$`, 'g');
const SPLIT = new RegExp(`[${WHITE_SPACE}]+`);
const DIACRITICS_AND_FRIENDS = /[\u0300-\u036F\p{Lm}\p{Sk}]+/gu;
const PUNCT_CTRL = /[\p{P}\x00-\x08\x0E-\x1F\x7F\x80-\x84\x86-\x9F]/gu;
const NON_DIACRITICS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  ø: 'oe',
  å: 'aa',
  '©': 'c',
  ð: 'd',
  đ: 'd',
  ɖ: 'd',
  þ: 'th',
  ƿ: 'w',
  ħ: 'h',
  ı: 'i',
  ĸ: 'k',
  ł: 'l',
  ŋ: 'n',
  ſ: 's',
  ŧ: 't',
  œ: 'oe',
  ẜ: 's',
  ẝ: 's',
};

export function fingerprint(text: string): string {
  let s = text.replace(TRIM, '').toLowerCase();
  s = s.normalize('NFKD').replace(DIACRITICS_AND_FRIENDS, '');
  s = [...s].map((c) => NON_DIACRITICS[c] ?? c).join('');
  s = s.replace(PUNCT_CTRL, '');
  const tokens = s.split(SPLIT);
  while (tokens.length > 1 && tokens[tokens.length - 1] === '') tokens.pop(); // Java drops trailing empty strings
  return [...new Set(tokens)].sort().join(' ');
}

/** Key collision: every row's cluster (rows whose keys collide), as the first row of its cluster or null when alone. */
export function keyCollision(keys: readonly string[]): Array<number | null> {
  const first = new Map<string, number>();
  return keys.map((key, i) => {
    const seen = first.get(key);
    if (seen === undefined) {
      first.set(key, i);
      return null;
    }
    return seen;
  });
}

/**
 * Matching by fingerprint: the answer's province and LAO name fingerprints against the registry's; one colliding
 * LAO is a match, several are left for a person (a cluster to review), none is no match.
 */
export function fingerprintLookup(registry: readonly RegistryEntry[]): (province: string, name: string) => RegistryEntry[] {
  const byKey = new Map<string, RegistryEntry[]>();
  for (const e of registry) {
    const key = `${fingerprint(e.province)}|${fingerprint(e.name)}`;
    byKey.set(key, [...(byKey.get(key) ?? []), e]);
  }
  return (province, name) => byKey.get(`${fingerprint(province)}|${fingerprint(name)}`) ?? [];
}
