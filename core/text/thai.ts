/**
 * Thai text as people type it, made comparable. Never NFKC: it splits ำ into ํ + า.
 * `cleanText` keeps what a person would want displayed; `compactKey` is for comparison only.
 */

const THAI_DIGIT_ZERO = 0x0e50;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const ODD_SPACES = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;
// Upper/lower vowels (and nikhahit, mai taikhu) belong before tone marks and thanthakhat.
const TONE_BEFORE_VOWEL = /([\u0E48-\u0E4C])([\u0E31\u0E34-\u0E3A\u0E47\u0E4D])/g;
// Sara am typed as nikhahit + sara aa, possibly with a tone mark on either side of the nikhahit.
const SPLIT_SARA_AM = /\u0E4D([\u0E48-\u0E4B]?)\u0E32/g;
const TONE_THEN_SPLIT_AM = /([\u0E48-\u0E4B])\u0E4D\u0E32/g;
const DOUBLED_MARK = /([\u0E31\u0E34-\u0E3A\u0E47-\u0E4E])\1+/g;
// A tone mark typed after a following vowel (ะ า ำ, or lakkhangyao ๅ): it looks the same on screen (`ปา่`, `นำ้`).
// PyThaiNLP's reorder_vowels moves it before the vowel ("FOLLOW VOWEL + TONEMARK+ -> TONEMARK + FOLLOW VOWEL").
const TONE_AFTER_FOLLOWING_VOWEL = /([\u0E30\u0E32\u0E33\u0E45])([\u0E48-\u0E4B]+)/g;
// Lakkhangyao typed for sara aa (they look alike); it belongs only after ฤ and ฦ.
const LAKKHANGYAO = /([^\u0E24\u0E26])\u0E45/g;
const DOUBLED_SARA_E = /\u0E40\u0E40/g;
// One scan that tells whether any of the repairs above can apply; most text needs none.
const NEEDS_ORDER_FIX =
  /[\u0E48-\u0E4C][\u0E31\u0E34-\u0E3A\u0E47\u0E4D]|\u0E4D|([\u0E31\u0E34-\u0E3A\u0E47-\u0E4E])\1|\u0E40\u0E40|[\u0E30\u0E32\u0E33\u0E45][\u0E48-\u0E4B]|\u0E45/;
const FULL_WIDTH_DIGITS = /[\uFF10-\uFF19]/g;
// Curly quotes and typographic dashes, as phones type them: iOS's Smart Punctuation (Settings → General → Keyboards,
// since iOS 11) turns " and ' into “ ” ‘ ’ and -- into — as one types; word processors do the same.
const TYPOGRAPHIC_QUOTES_AND_DASHES = /[\u2010-\u2015\u2018-\u201F\u2032\u2033]/g;
const NEEDS_CLEANING =
  /[\u2010-\u2015\u2018-\u201F\u2032\u2033\uFF10-\uFF19\u0E50-\u0E59\u0300-\u036F\u200B-\u200D\u2060\uFEFF\u00AD\u00A0\u2000-\u200A\u202F\u205F\u3000\t\n\r\f\v]|  |^ | $/;

const THAI_DIGITS = /[\u0E50-\u0E59]/g;
const arabicDigit = (d: string): string => String(d.charCodeAt(0) - THAI_DIGIT_ZERO);

export function thaiDigitsToArabic(text: string): string {
  return text.replace(THAI_DIGITS, arabicDigit);
}

/** Full-width digits (０-９, typed with an East Asian input method or pasted) to ASCII ones. */
export function fullWidthDigitsToAscii(text: string): string {
  return text.replace(FULL_WIDTH_DIGITS, (d) => String(d.charCodeAt(0) - 0xff10));
}

// Quotes at either end of a text, with the spaces inside them.
const QUOTES_AROUND = /^["'`]+\s*|\s*["'`]+$/g;
const isQuote = (c: number): boolean => c === 0x22 || c === 0x27 || c === 0x60;

/**
 * Cleaned text without the quotes around it (`"อบต.ชำ"`; curly ones, as iOS's Smart Punctuation types them, are plain
 * after cleanText): no LAO name, person's name or e-mail address begins or ends with one.
 */
export function withoutQuotesAround(text: string): string {
  return isQuote(text.charCodeAt(0)) || isQuote(text.charCodeAt(text.length - 1)) ? text.replace(QUOTES_AROUND, '') : text;
}

/** Curly quotes and typographic dashes as the ASCII characters they stand for (' " -). */
export function plainQuotesAndDashes(text: string): string {
  return text.replace(TYPOGRAPHIC_QUOTES_AND_DASHES, (c) => {
    const code = c.charCodeAt(0);
    if (code <= 0x2015) return '-';
    return code <= 0x201b || code === 0x2032 ? "'" : '"';
  });
}

/**
 * Canonical Thai character order: tone after an upper or lower vowel and before a following one, ำ as one
 * character, no doubled marks, เเ as แ, ๅ as า.
 */
export function fixThaiOrder(text: string): string {
  if (!NEEDS_ORDER_FIX.test(text)) return text;
  return text
    .replace(TONE_THEN_SPLIT_AM, '$1\u0E33')
    .replace(SPLIT_SARA_AM, '$1\u0E33')
    .replace(TONE_BEFORE_VOWEL, '$2$1')
    .replace(LAKKHANGYAO, '$1\u0E32')
    .replace(TONE_AFTER_FOLLOWING_VOWEL, '$2$1')
    .replace(DOUBLED_MARK, '$1')
    .replace(DOUBLED_SARA_E, '\u0E41');
}

/**
 * One pass over the characters: true only when neither NEEDS_CLEANING nor NEEDS_ORDER_FIX can match, so cleanText
 * would return the text unchanged (most cells: a name, a number, an address typed cleanly). It may say false for
 * clean text (the regexes then decide), never true for text that needs a repair. Cheaper than the two regexes
 * (and than a Map lookup of the cell), which showed in profiles: it runs for every cell of every response.
 */
function isClean(text: string): boolean {
  const last = text.length - 1;
  let previous = -1;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0e01 && c <= 0x0e2e) {
      // A Thai consonant, most of the text: no repair concerns it.
    } else if (c < 0x80) {
      if (c === 0x20 ? i === 0 || i === last || previous === 0x20 : c >= 0x09 && c <= 0x0d) return false;
    } else if (c >= 0x0e00 && c <= 0x0e7f) {
      if (!cleanThaiAfter(previous, c)) return false;
    } else if (c <= 0x36f || (c >= 0x2000 && c <= 0x206f) || c >= 0x3000) {
      // Latin-1 spaces and soft hyphen, combining marks, odd spaces and invisible characters, full-width digits:
      // these ranges hold all of them (and more, which the regexes then judge).
      return false;
    }
    previous = c;
  }
  return true;
}

/** A Thai character `c` after `previous` that none of the order repairs (NEEDS_ORDER_FIX) or Thai digits concern. */
function cleanThaiAfter(previous: number, c: number): boolean {
  if (c === 0x0e4d || c === 0x0e45 || (c >= 0x0e50 && c <= 0x0e59)) return false; // nikhahit, lakkhangyao, digits
  if (c === previous && (c === 0x0e40 || c === 0x0e31 || (c >= 0x0e34 && c <= 0x0e3a) || (c >= 0x0e47 && c <= 0x0e4e))) return false;
  const tone = c >= 0x0e48 && c <= 0x0e4b;
  if (tone && (previous === 0x0e30 || previous === 0x0e32 || previous === 0x0e33)) return false; // tone after ะ า ำ
  const upperOrLowerVowel = c === 0x0e31 || (c >= 0x0e34 && c <= 0x0e3a) || c === 0x0e47;
  return !(upperOrLowerVowel && previous >= 0x0e48 && previous <= 0x0e4c); // vowel after a tone mark
}

/** What compactKey needs to do to a text, by its characters (see compactShape). */
const enum Shape {
  /** Nothing: it is its own key. */
  Key,
  /** Drop spaces and punctuation: clean already, and nothing to lower-case. */
  DropOnly,
  /** Clean, lower-case and drop (the general path). */
  General,
}

/** ASCII punctuation compactKey drops (spaces are told apart by isClean's rules), by character code. */
const PUNCTUATION = new Uint8Array(128);
for (const c of '.,;:\'"`()[]{}-_/\\') PUNCTUATION[c.charCodeAt(0)] = 1;

/**
 * What compactKey has to do, in one pass: nothing, or only drop spaces and punctuation, when the text is clean (as
 * isClean judges it) and Thai or ASCII without capitals; the general path otherwise (and whenever unsure).
 */
function compactShape(text: string): Shape {
  const last = text.length - 1;
  let previous = -1;
  let drop = false;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0e01 && c <= 0x0e2e) {
      // A Thai consonant: nothing to do.
    } else if (c < 0x80) {
      if (c === 0x20) {
        if (i === 0 || i === last || previous === 0x20) return Shape.General;
        drop = true;
      } else if ((c >= 0x09 && c <= 0x0d) || (c >= 0x41 && c <= 0x5a)) {
        return Shape.General;
      } else if (PUNCTUATION[c] === 1) {
        drop = true;
      }
    } else if (c < 0x0e00 || c > 0x0e7f || !cleanThaiAfter(previous, c)) {
      return Shape.General;
    }
    previous = c;
  }
  return drop ? Shape.DropOnly : Shape.Key;
}

const SPACES_AND_PUNCTUATION = /[\s.,;:'"`()\[\]{}\-_/\\]+/g;

declare const cleaned: unique symbol;

/**
 * Text as cleanText returns it. Cleaning it again changes nothing (cleanText is idempotent), so a parser handed one
 * (parseCleanPhone, parseCleanEmail, parseCleanPersonName) skips the cleaning: checks clean each answer once.
 */
export type CleanText = string & { readonly [cleaned]: true };

/**
 * What we store and show: invisible characters gone, spaces single, digits Arabic, quotes and dashes plain, Thai marks
 * in order.
 * Idempotent (cleaning clean text changes nothing), so text cleaned once can be handed on without cleaning it again.
 */
export function cleanText(text: string): CleanText {
  // One round of repairs can make another possible (a doubled mark removed brings two marks together, NFC reorders
  // marks, a tone moved past one vowel meets the next), so rounds repeat until the text stays the same. It ends:
  // every repair shortens the text or moves a tone mark past a vowel, always in the same direction for that vowel.
  // Nearly all text needs no round, and text that needs one is clean (isClean) after it.
  let cleaned = text;
  while (!isClean(cleaned)) {
    const next = cleanRound(cleaned);
    if (next === cleaned) break;
    cleaned = next;
  }
  return cleaned as CleanText;
}

/** One round of every repair. */
function cleanRound(text: string): string {
  if (!NEEDS_CLEANING.test(text)) return fixThaiOrder(text);
  return fixThaiOrder(cleanKeepingOrder(text));
}

/** Whether fixThaiOrder could change the text: a mark typed out of order, doubled, or ำ/แ/า typed in two keys. */
export function mayNeedOrderFix(text: string): boolean {
  return NEEDS_ORDER_FIX.test(text);
}

/**
 * The text as typed, marks left in their order: cleanText without fixThaiOrder. Only for a second reading: a finger
 * that slips onto a mark's key (ต → ่ in ทุ่งต่อ, typed ทุ่งน่ิ with a second slip) leaves marks that the repair moves
 * (ทุ่งนิ่), one edit further from the name meant.
 */
export function cleanKeepingOrder(text: string): string {
  return plainQuotesAndDashes(fullWidthDigitsToAscii(thaiDigitsToArabic(text.normalize('NFC').replace(INVISIBLE, ''))))
    .replace(ODD_SPACES, ' ')
    .trim();
}

/** How Thai marks are read: put in order (cleanText), or as typed (cleanKeepingOrder: a second reading only). */
export type MarkOrder = 'repaired' | 'as_typed';

/** cleanText, or cleanKeepingOrder for the reading as typed. */
export function cleanFor(marks: MarkOrder, text: string): string {
  return marks === 'repaired' ? cleanText(text) : cleanKeepingOrder(text);
}

/** compactKey, or the key of the text as typed (cleanKeepingOrder) for that reading. */
export function compactKeyFor(marks: MarkOrder, text: string): string {
  return marks === 'repaired' ? compactKey(text) : compacted(cleanKeepingOrder(text));
}

/** A whole number with a zero fraction, as a data-frame library writes a number column back (pandas: 812345678.0). */
const ZERO_FRACTION = /^(\d+)\.0+$/;

/**
 * A number a spreadsheet stored as a number and a tool wrote back as a float (`812345678.0`, `6810408.0`): its
 * digits. Any other text as it is (a number Excel showed in scientific notation has lost digits: not read here).
 */
export function withoutZeroFraction(text: string): string {
  return ZERO_FRACTION.exec(text)?.[1] ?? text;
}

/** Comparison key: cleaned, lower-case, without spaces or punctuation. */
export function compactKey(text: string): string {
  const shape = compactShape(text);
  if (shape === Shape.Key) return text;
  if (shape === Shape.DropOnly) return text.replace(SPACES_AND_PUNCTUATION, '');
  return compacted(cleanText(text));
}

/** Cleaned text as a key: lower-case, without spaces or punctuation. */
function compacted(clean: string): string {
  return clean.toLowerCase().replace(SPACES_AND_PUNCTUATION, '');
}

/**
 * Parses a number as typed in Thai sheets: Thai digits, thousands separators, stray spaces.
 * Returns null for blank or `-` (nothing recorded) and NaN for text that is not a number.
 */
export function parseThaiNumber(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : NaN;
  if (typeof value === 'string') {
    const ascii = parseAsciiNumber(value);
    if (ascii !== undefined) return ascii;
  }
  return numberOrBlank(cleanText(String(value)).replace(/[\s,]/g, ''));
}

/**
 * Most cells (400,000 indicator entries nationally) hold only ASCII digits, points, signs, commas and spaces: the
 * Thai clean-up leaves those as they are but for the spaces and commas removed anyway, so they are read with one scan
 * and no regex. Undefined for any other character: the full path reads it.
 */
function parseAsciiNumber(text: string): number | null | undefined {
  let separators = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) continue;
    if (c === 0x2c || c === 0x20) separators = true;
    else if (c !== 0x2e && c !== 0x2b && c !== 0x2d) return undefined;
  }
  if (!separators) return numberOrBlank(text);
  let kept = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x2c && c !== 0x20) kept += text[i];
  }
  return numberOrBlank(kept);
}

/** Text without spaces or commas: null when blank or a dash (- – —), else its number, NaN when it is none. */
function numberOrBlank(text: string): number | null {
  if (text === '' || text === '-' || text === '\u2013' || text === '\u2014') return null;
  return isDecimal(text) ? Number(text) : NaN;
}

/** `^[+-]?(\d+\.?\d*|\.\d+)$` without a regex: an optional sign, then digits with an optional point, or a point and digits. */
function isDecimal(text: string): boolean {
  let i = text.charCodeAt(0) === 0x2b || text.charCodeAt(0) === 0x2d ? 1 : 0;
  const digitsBefore = i;
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  const whole = i - digitsBefore;
  let fraction = 0;
  let point = false;
  if (i < text.length && text.charCodeAt(i) === 0x2e) {
    point = true;
    const after = ++i;
    while (i < text.length && isDigit(text.charCodeAt(i))) i++;
    fraction = i - after;
  }
  return i === text.length && (whole > 0 || (point && fraction > 0));
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
