import { cleanText, withoutZeroFraction, type CleanText } from '../text/thai';

export type PhoneKind = 'mobile' | 'landline';

export type ParsedPhone =
  | {
      ok: true;
      kind: PhoneKind;
      /** `+66812345678`; the extension is not part of it. */
      e164: string;
      /** Thai display form: `081-234-5678`, `02-123-4567`, `053-123-456`, with ` ต่อ 3` when there is an extension. */
      display: string;
      extension: string | null;
      /** Other numbers found in the same cell, display form (the mobile is preferred as the main one). */
      others: string[];
    }
  | { ok: false };

interface PhoneNumber {
  kind: PhoneKind;
  /** National form, leading 0. */
  national: string;
  extension: string | null;
}

const MOBILE = /^0[689]\d{8}$/;
const LANDLINE = /^0[2-57]\d{7}$/;
/** Between two numbers in one cell. */
const NUMBER_SEPARATOR = /[,;/\n]|หรือ|และ/;
/**
 * Last digits of the part, so `Fax 02-...` is not read as extension 02. Thai offices write ต่อ, กด (press) or ภายใน
 * (internal), often with a range (`ต่อ 12-13`, `ต่อ 12 ถึง 13`); the first extension is kept.
 */
const EXTENSION = /(?:ต่อ|กด|ภายใน|(?<![a-z])(?:ext(?:ension|n)?|x)|#)\s*[.:]?\s*(\d{1,6})(?:\s*(?:-|–|~|ถึง)\s*\d{1,6})*\D*$/i;
/** A landline written as a range of consecutive numbers: `02-123-4567-8` is 02-123-4567 (and 02-123-4568). */
const NUMBER_RANGE = /^(.*\d)\s*[-–~]\s*(\d{1,2})\s*$/;

/**
 * Parses a Thai phone number as typed: separators, Thai digits, +66/66 country code, a lost leading zero (a sheet
 * that stored the number as a number, perhaps written back as `812345678.0`), an extension (`ต่อ 3`, `ext. 3`, `#3`).
 * When the cell holds several numbers the first mobile is the main one and the rest go to `others`.
 */
export function parsePhone(text: string): ParsedPhone {
  return parseCleanPhone(cleanText(text));
}

/** parsePhone of text cleaned already (checkResponse cleans each answer once). */
export function parseCleanPhone(cleaned: CleanText): ParsedPhone {
  const cell = withoutZeroFraction(cleaned);
  // Most cells: one number, no lists to build.
  const plain = plainNumber(cell);
  if (plain) return parsed(plain, []);
  const numbers = cell.split(NUMBER_SEPARATOR).flatMap(numbersInPart);
  const main = numbers.find((n) => n.kind === 'mobile') ?? numbers[0];
  if (!main) return { ok: false };
  return parsed(main, numbers.filter((n) => n !== main).map(displayPhone));
}

function parsed(main: PhoneNumber, others: string[]): ParsedPhone {
  return {
    ok: true,
    kind: main.kind,
    e164: `+66${main.national.slice(1)}`,
    display: displayPhone(main),
    extension: main.extension,
    others,
  };
}

/** Comparison key for duplicates: the main number's E.164 digits (`66812345678`), or null when there is none. */
export function phoneKey(text: string): string | null {
  const phone = parsePhone(text);
  return phone.ok ? phone.e164.slice(1) : null;
}

/** Only digits, dashes and spaces: no separator, extension or prefix to look for. */
const PLAIN = /^[\d -]+$/;
// At module level, as all of these: a regular expression literal inside a function is a new object at every call.
const NON_DIGITS = /\D/g;
const MOBILE_START = /^0[689]/;

/**
 * The usual cell, one number as `081-234-5678` or `0812345678`, read without the general search (what
 * numbersInPart would find for it: the digits themselves, when they are a valid number). Null for anything else.
 */
function plainNumber(cleaned: string): PhoneNumber | null {
  if (!PLAIN.test(cleaned)) return null;
  const national = cleaned.replace(NON_DIGITS, '');
  const kind = MOBILE.test(national) ? 'mobile' : LANDLINE.test(national) ? 'landline' : null;
  return kind ? { kind, national, extension: null } : null;
}

function numbersInPart(part: string): PhoneNumber[] {
  const ext = EXTENSION.exec(part);
  const digits = (ext ? part.slice(0, ext.index) + part.slice(ext.index + ext[0].length) : part).replace(NON_DIGITS, '');
  if (!digits) return [];
  const single = nationalForm(digits);
  const found = single ? [single] : (rangeStart(ext ? part.slice(0, ext.index) : part) ?? splitRun(digits));
  const numbers = found.map((national): PhoneNumber => ({ kind: MOBILE.test(national) ? 'mobile' : 'landline', national, extension: null }));
  const last = numbers[numbers.length - 1];
  if (last && ext) last.extension = ext[1] ?? null;
  return numbers;
}

/** The first number of a range written `02-123-4567-8` (a landline, then one or two last digits), or null. */
function rangeStart(part: string): string[] | null {
  const range = NUMBER_RANGE.exec(part.trim());
  if (!range) return null;
  const first = nationalForm(range[1]!.replace(NON_DIGITS, ''));
  return first && LANDLINE.test(first) ? [first] : null;
}

/**
 * One number's digits to its national form, or null. Each reading is tried in turn, and only one that gives a
 * valid Thai number counts: `660990531` is 066-099-0531 with its zero lost, not +66 0990531.
 */
function nationalForm(digits: string): string | null {
  const readings = [
    digits,
    digits.startsWith('660') ? digits.slice(2) : null, // +66 (0) 81...
    digits.startsWith('66') ? `0${digits.slice(2)}` : null, // +66 81...
    `0${digits}`, // leading zero lost when a sheet stored the number as a number
  ];
  return readings.find((n): n is string => n !== null && (MOBILE.test(n) || LANDLINE.test(n))) ?? null;
}

/**
 * Numbers written without a separator between them (`081-234-5678 02-123-4567`): cut by each one's length.
 * All or nothing: a leftover digit means the run is not a list of numbers (`081-234-56789`).
 */
function splitRun(digits: string): string[] {
  const found: string[] = [];
  let rest = digits;
  while (rest) {
    if (rest.startsWith('660')) rest = rest.slice(2);
    else if (rest.startsWith('66')) rest = `0${rest.slice(2)}`;
    const length = MOBILE_START.test(rest) ? 10 : 9;
    const national = rest.startsWith('0') ? nationalForm(rest.slice(0, length)) : null;
    if (!national) return [];
    found.push(national);
    rest = rest.slice(length);
  }
  return found;
}

function displayPhone(n: PhoneNumber): string {
  const d = n.national;
  const base =
    n.kind === 'mobile'
      ? `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`
      : d.startsWith('02')
        ? `${d.slice(0, 2)}-${d.slice(2, 5)}-${d.slice(5)}`
        : `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`;
  return n.extension ? `${base} ต่อ ${n.extension}` : base;
}
