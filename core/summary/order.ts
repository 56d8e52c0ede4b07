/** undefined: not looked up yet; null: this runtime has no Thai collation. */
let thai: Intl.Collator | null | undefined;

/**
 * Thai dictionary order (leading vowels such as เ, แ, โ are skipped as a Thai reader expects). Uses the runtime's
 * Thai collation, looked up at the first comparison rather than when the module loads (every Apps Script trigger
 * run loads every module); a runtime without Intl or without Thai data gets `compareThaiFallback`.
 */
export function compareThai(a: string, b: string): number {
  if (thai === undefined) thai = thaiCollator();
  return thai ? thai.compare(a, b) : compareThaiFallback(a, b);
}

/**
 * Each distinct string's place in Thai order, strings that collate equal sharing one: comparing these numbers gives
 * exactly compareThai's order, with the collation run once per distinct string rather than in every comparison of a
 * sort (ICU collation dominated sorting thousands of rows by district and name).
 */
export function thaiRanks(strings: Iterable<string>): Map<string, number> {
  const distinct = [...new Set(strings)].sort(compareThai);
  const ranks = new Map<string, number>();
  let rank = 0;
  for (let i = 0; i < distinct.length; i++) {
    if (i > 0 && compareThai(distinct[i - 1]!, distinct[i]!) !== 0) rank++;
    ranks.set(distinct[i]!, rank);
  }
  return ranks;
}

/**
 * Without Thai data a collator falls back to another locale's rules (Thai by code point, so every เ word after
 * every ก–ฮ word): the probe `เก` < `ขา` holds only with Thai rules.
 */
function thaiCollator(): Intl.Collator | null {
  if (typeof Intl === 'undefined' || typeof Intl.Collator !== 'function') return null;
  const collator = new Intl.Collator('th');
  return collator.compare('เก', 'ขา') < 0 ? collator : null;
}

const LEADING_VOWEL = /([\u0E40-\u0E44])([\u0E01-\u0E2E])/g;
const SIGNS_ABOVE = /[\u0E47-\u0E4E]/g;
const SPACES_AND_PUNCTUATION = /[\s\p{P}]/gu;

/**
 * A deterministic stand-in for Thai collation: each leading vowel (เ แ โ ใ ไ) is read after the consonant it
 * precedes, as Thai dictionaries order words; tone marks and other signs above count only between words otherwise
 * equal, and spaces and punctuation (`จ.ป.ร.`, `แป-ระ`) only after that, as in the Thai collation. Thai consonants
 * and vowels are in dictionary order in Unicode, so the rest is by code unit.
 */
export function compareThaiFallback(a: string, b: string): number {
  const sa = a.replace(LEADING_VOWEL, '$2$1');
  const sb = b.replace(LEADING_VOWEL, '$2$1');
  const letters = (s: string) => s.replace(SPACES_AND_PUNCTUATION, '');
  return (
    byCodeUnit(letters(sa).replace(SIGNS_ABOVE, ''), letters(sb).replace(SIGNS_ABOVE, '')) ||
    byCodeUnit(letters(sa), letters(sb)) ||
    byCodeUnit(sa, sb) ||
    byCodeUnit(a, b)
  );
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
