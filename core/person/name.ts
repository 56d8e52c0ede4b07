import { withoutMarks } from '../match/edit-distance';
import { mayBeEnglishLayout, thaiFromEnglishLayout } from '../text/keyboard-layout';
import { cleanText, compactKey, withoutQuotesAround, type CleanText } from '../text/thai';
import { POST_START } from './position';
import { PERSON_TITLES, type PersonTitle } from './titles';

export interface PersonName {
  /** As typed, cleaned (titles kept): what a coordinator reads. */
  display: string;
  /** Titles found before the name, in order, in their reported spelling (`ว่าที่`, `ร.ต.`). */
  titles: string[];
  given: string;
  /** Everything after the given name, so `ณ อยุธยา` stays whole. */
  family: string;
  /** Comparison key: given + family without titles, spaces, punctuation or case; '' when no name. */
  key: string;
  /** The key without tone marks, mai taikhu and thanthakhat: equal for names that differ only in those. */
  marksKey: string;
  /** The given name and the family name as comparison keys (compactKey); '' when none. */
  givenKey: string;
  familyKey: string;
  /** What the titles say: 'm' or 'f' (null when no title tells), and for women นาง (married) or นางสาว. */
  sex: 'm' | 'f' | null;
  married: boolean | null;
  /**
   * The key of the name read with the Thai keys, when it may have been typed with the keyboard still on the English
   * layout (`l;ylj ij'mu` is สมชาย ใจดี): which it is, only another registration's name can tell.
   */
  layoutKey?: string;
  /** That reading with the surname first (family + given), when it has a surname. */
  layoutSwappedKey?: string;
  /**
   * A name of three words or more (`กำธร ณ ระนอง`): its words' keys in sorted order, equal for the same words in
   * another order, as a swap of two neighbouring words leaves them (`ณ กำธร ระนอง`, `ณ ระนอง กำธร`).
   */
  wordsKey?: string;
}

interface TitleMatcher {
  title: string;
  abbreviation: boolean;
  latinWord: boolean;
  letters: number;
  /** The letters (lower case) without dots or spaces: what the text must start with, once its own are skipped. */
  lettersKey: string;
  pattern: RegExp;
}

/**
 * By the character code of the first letter (lower case), longest spelling first, so พ.ต.อ. wins over พ.ต. and
 * นางสาว over นาง. A code, not a one-letter string: a Thai letter's string would be made anew for every lookup.
 */
const MATCHERS = new Map<number, TitleMatcher[]>();
for (const t of PERSON_TITLES) {
  for (const form of [t.title, ...(t.forms ?? [])]) {
    const first = asciiLower(form.charCodeAt(0));
    MATCHERS.set(
      first,
      [...(MATCHERS.get(first) ?? []), matcher(t, form)].sort((a, b) => b.letters - a.letters),
    );
  }
}

/**
 * Per first letter, the second letters its titles have (lower case), or none when one of them has only one letter:
 * a name whose second letter is none of them (most names: `สมชาย` after `นาย`) needs no title tried at all.
 */
const SECOND_LETTERS = new Map<number, ReadonlySet<number> | null>();
for (const [first, matchers] of MATCHERS) {
  const one = matchers.some((m) => m.lettersKey.length < 2);
  SECOND_LETTERS.set(first, one ? null : new Set(matchers.map((m) => m.lettersKey.charCodeAt(1))));
}

function matcher(t: PersonTitle, form: string): TitleMatcher {
  const abbreviation = form.includes('.');
  const letters = [...form.replace(/[.\s]/g, '')];
  const body = abbreviation ? letters.map(escape).join('\\s*\\.?\\s*') + '\\.?' : escape(form);
  // หญิง after a rank, bare or bracketed: `ร.ต.อ.หญิง`, `ร.ต.อ.(หญิง)`, `ว่าที่ ร.ต. ( หญิง )`.
  const suffix = t.rank ? '(\\s*(?:หญิง|\\(\\s*หญิง\\s*\\)))?' : '()';
  return {
    title: t.title,
    abbreviation,
    latinWord: !abbreviation && /[a-z]$/i.test(form),
    letters: letters.length,
    lettersKey: letters.join('').toLowerCase(),
    pattern: new RegExp(`^(${body})${suffix}`, 'i'),
  };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// At module level: a regular expression literal inside a function is a new object at every call (a title per name).
const SPACE_OR_DOT_FIRST = /^[\s.]/;
const SPACE_FIRST = /^\s/;
const SPACES_AND_DOTS_FIRST = /^[\s.]+/;

/** Removes one leading title, or returns null when the text does not start with one. */
function stripTitle(text: string): { title: string; rest: string } | null {
  if (!mayStartWithTitle(text, 0)) return null;
  const matchers = MATCHERS.get(asciiLower(text.charCodeAt(0)))!;
  // A pattern allows only spaces and dots between its letters, so the text, its own spaces and dots skipped, must
  // start with the title's letters: most of the dozens of patterns for a first letter are ruled out without running.
  for (const m of matchers) {
    if (!startsWithLetters(text, m.lettersKey)) continue;
    const found = m.pattern.exec(text);
    if (!found) continue;
    const body = found[1] ?? '';
    const woman = Boolean(found[2]);
    const rest = text.slice(found[0].length);
    const spaceOrEnd = rest === '' || SPACE_OR_DOT_FIRST.test(rest);
    if (m.abbreviation && !woman) {
      if (body.includes('.')) {
        // `น.สมศรี` is not น.ส. + มศรี: an abbreviation without its final dot must end at a space.
        if (!body.endsWith('.') && !spaceOrEnd) continue;
      } else {
        // Without any dot (`จสอ สมชาย ใจดี`) only a clear title: two letters or more, then a full name.
        if (m.letters < 2 || !SPACE_FIRST.test(rest) || rest.trim().split(' ').length < 2) continue;
      }
    }
    if (m.latinWord && !spaceOrEnd) continue;
    return { title: woman ? `${m.title}หญิง` : m.title, rest: rest.replace(SPACES_AND_DOTS_FIRST, '') };
  }
  return null;
}

/**
 * Whether the text from `start` may begin with a title, by its first two letters: most names cannot (`สมชาย` after
 * `นาย`), and need no title's pattern tried at all.
 */
function mayStartWithTitle(text: string, start: number): boolean {
  // Titles start with a Thai letter or an ASCII one (Mr., Dr.): ASCII capitals are the only case to fold.
  const first = asciiLower(text.charCodeAt(start));
  if (!MATCHERS.has(first)) return false;
  const seconds = SECOND_LETTERS.get(first);
  return !seconds || seconds.has(secondLetter(text, start));
}

/** The code of the first character after `start` that is not a space or a dot, lower case; NaN if none. */
function secondLetter(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x2e && !isSpace(c)) return asciiLower(c);
  }
  return NaN;
}

/** A-Z to a-z, by character code; any other code as it is. */
function asciiLower(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
}

/**
 * Whether the text, its spaces and dots skipped, starts with `letters` (a title's, lower case), ASCII letters in
 * either case: what the title's pattern (case-insensitive) needs before it can match. Without building a string:
 * this runs for each title that shares a name's first letter.
 */
function startsWithLetters(text: string, letters: string): boolean {
  let i = 0;
  for (let j = 0; j < letters.length; j++) {
    let c = text.charCodeAt(i++);
    while (c === 0x2e || isSpace(c)) c = text.charCodeAt(i++);
    if (asciiLower(c) !== letters.charCodeAt(j)) return false; // NaN past the end of the text
  }
  return true;
}

/** What `\s` matches in a pattern (ECMAScript WhiteSpace and LineTerminator), by character code. */
function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** A Thai consonant or a letter of another script: `-`, `123`, `ๆๆ` or `...` is no name. */
const LETTER = /[\u0E01-\u0E2E]|[^\P{L}\u0E00-\u0E7F]/u;

export function hasLetter(text: string): boolean {
  return LETTER.test(text);
}

/**
 * Splits a typed person name into titles, given and family name. Titles may be stacked (`ว่าที่ ร.ต.`, `ผศ.ดร.`),
 * written with or without dots and spaces; the display form keeps them, the key drops them.
 */
export function parsePersonName(text: string): PersonName {
  return parseCleanPersonName(cleanText(text));
}

/** parsePersonName of text cleaned already (checkResponse cleans each answer once): it is the display form. */
export function parseCleanPersonName(display: CleanText): PersonName {
  // A name all in brackets (`(นายสมชาย ใจดี)`, as a signature block writes it) or in quotes is unwrapped; notes in
  // brackets after the titles are dropped below.
  let { titles, rest } = leadingTitles(withoutLabel(unwrapped(display)));
  if (rest.includes('(')) rest = withoutNotes(rest);
  if (rest.includes(' ')) rest = withoutWordsAfterName(rest);
  const moved = rest.includes(' ') ? titlesAmongWords(rest, titles.length === 0 && rest.startsWith('ณ ')) : null;
  if (moved) {
    // Without the title, the words after the name may now follow a given name and a surname (`สมชาย นาย ใจดี ปลัด`).
    rest = moved.rest.includes(' ') ? withoutWordsAfterName(moved.rest) : moved.rest;
    titles = titles.concat(moved.titles);
  }
  const { sex, married } = titleFacts(titles);
  if (!hasLetter(rest)) return { display, titles, given: '', family: '', key: '', marksKey: '', givenKey: '', familyKey: '', sex, married };
  // The given name up to the first space; the family name all the rest (`ณ อยุธยา` stays whole).
  const space = rest.indexOf(' ');
  const given = space < 0 ? rest : rest.slice(0, space);
  const family = space < 0 ? '' : rest.slice(space + 1);
  const key = compactKey(rest);
  // Dedupe compares every name by these, through several passes: read once here, with the name.
  const marksKey = withoutMarks(key);
  const name: PersonName = { display, titles, given, family, key, marksKey, givenKey: compactKey(given), familyKey: compactKey(family), sex, married };
  const words =
    space < 0 || family.indexOf(' ') < 0
      ? []
      : rest
          .split(' ')
          .map((w) => compactKey(w))
          .filter((w) => w !== '');
  if (words.length >= 3) name.wordsKey = words.sort().join(' ');
  if (mayBeEnglishLayout(display)) {
    const thai = parseCleanPersonName(cleanText(thaiFromEnglishLayout(display)));
    if (thai.key !== '') name.layoutKey = thai.key;
    if (thai.familyKey !== '') name.layoutSwappedKey = surnameFirstKey(thai);
  }
  return name;
}

/** The name's key with the surname first (family + given), '' without a surname: to compare a name so written. */
export function surnameFirstKey(name: Pick<PersonName, 'givenKey' | 'familyKey'>): string {
  return name.familyKey === '' ? '' : name.familyKey + name.givenKey;
}

/**
 * Titles among the words of the name (null when none), as a swap of two words leaves them: words of titles only after
 * the first word (`สมชาย นาย ใจดี`, `อัญชลี ว่าที่ร้อยตรี ชัยคำ`), and a title glued to the last word of two, the
 * surname written first (`ใจดี นายสมชาย`; a surname that begins like a title loses it alike in every registration).
 * A name that begins with ณ, the particle of a surname (ณ อยุธยา), and has no title before it is written surname
 * first or with two words swapped (`ณ ระนอง นายกำธร`, `ณ นายกำธร ระนอง` for นายกำธร ณ ระนอง): a title glued to a
 * later word of more than two is read too. Elsewhere a later word that begins like a title is the name's (สมชาย ณ
 * นางรอง, สมชาย นายกร สุข).
 */
function titlesAmongWords(rest: string, particleFirst: boolean): { rest: string; titles: string[] } | null {
  if (!laterWordMayBeTitle(rest)) return null;
  const words = rest.split(' ');
  const kept = [words[0]!];
  const found: string[] = [];
  for (const word of words.slice(1)) {
    const read = leadingTitles(word);
    const onlyTitles = read.titles.length > 0 && read.rest === '';
    const surnameFirst = read.titles.length > 0 && (words.length === 2 || particleFirst) && hasLetter(read.rest);
    if (onlyTitles || surnameFirst) found.push(...read.titles);
    if (!onlyTitles) kept.push(surnameFirst ? read.rest : word);
  }
  return found.length === 0 ? null : { rest: kept.join(' '), titles: found };
}

/** Whether a word after the first may begin with a title (mayStartWithTitle): for most names none can. */
function laterWordMayBeTitle(rest: string): boolean {
  for (let space = rest.indexOf(' '); space >= 0; space = rest.indexOf(' ', space + 1)) {
    if (mayStartWithTitle(rest, space + 1)) return true;
  }
  return false;
}

/** The titles a text begins with, stacked or not (`ว่าที่ร้อยตรี`, `ผศ.ดร.`), and what follows them. */
function leadingTitles(text: string): { titles: string[]; rest: string } {
  let titles: string[] = [];
  let rest = text;
  for (let stripped = stripTitle(rest); stripped; stripped = stripTitle(rest)) {
    // concat, not push: the list is kept with every name (30,000 in a national job), and a list grown by push
    // reserves 16 slots for its one or two titles.
    titles = titles.concat(stripped.title);
    rest = stripped.rest;
  }
  return { titles, rest };
}

/**
 * A label before the name, ending in a colon, as a letter's contact line writes it (../shared/seed:
 * `ผู้ประสานงาน: นางปยุณนุช บุ๊กคำ`) and as people copy a form's own question (`ชื่อ-สกุล: …`): a post, or a word of
 * ชื่อ or ผู้…. Only these, so that a name with a note after a colon keeps its name.
 */
const LABEL = new RegExp(String.raw`^(?:ชื่อ|ผู้|${POST_START})[^:\d]{0,40}:\s*`);

function withoutLabel(text: string): string {
  if (!text.includes(':')) return text;
  const label = LABEL.exec(text);
  return label && hasLetter(text.slice(label[0].length)) ? text.slice(label[0].length) : text;
}

/** The text without quotes around it, and inside the brackets that hold all of it. */
function unwrapped(display: string): string {
  const text = withoutQuotesAround(display);
  return text.startsWith('(') && text.endsWith(')') ? text.slice(1, -1).trim() : text;
}

/** Words that label a telephone number: โทร. (โทรศัพท์, โทรสาร), เบอร์, มือถือ, Tel, Mobile. */
const PHONE_LABEL = 'โทร|เบอร์|มือถือ|[Tt]el|TEL|[Mm]obile|MOBILE';

/**
 * What people write after their name in the name's box, as a signature block writes the post under it: the post or
 * the LAO (`สมชาย ใจดี ปลัด อบต.นาดี`, `สมชาย ใจดี ผู้ประสานงาน`), or a telephone number, bare or after its label as
 * a letter's contact line writes it (`สมชาย ใจดี 0812345678`; ../shared/seed: `นางปยุณนุช บุ๊กคำ โทร. ๐๘๒-๑๘๘๘๐๘๔`).
 * Only from the third word, after a given name and a surname; a surname holds no digit and begins with none of these
 * (a label counts only with a number after it).
 */
const AFTER_NAME = new RegExp(String.raw`^(\S+ (?:ณ )?\S+) (?:${POST_START}|อบ\s?\.?\s?[ตจ]|เทศบาล|องค์การบริหาร|(?:${PHONE_LABEL})[^\s\d]*\s?[+(]?\d|[+(]?\d)`);

function withoutWordsAfterName(rest: string): string {
  const found = AFTER_NAME.exec(rest);
  return found ? found[1]! : rest;
}

// A nickname or a note in brackets: `สมชาย (ต้น) ใจดี`, `สมชาย ใจดี (ต้น)`, `สมชาย ใจดี (ผอ.กองช่าง)`.
const BRACKETED = /\s*\([^()]*\)\s*/g;

/**
 * The name without what is in brackets: Thai staff add their nickname so (ชื่อเล่น, which colleagues know them by),
 * and no one's name as registered holds brackets. Kept as it is when nothing else has a letter.
 */
function withoutNotes(rest: string): string {
  const without = rest.replace(BRACKETED, ' ').trim();
  return hasLetter(without) ? without : rest;
}

const MALE_TITLES: ReadonlySet<string> = new Set(['นาย', 'Mr.', 'นพ.', 'ทพ.', 'ภก.']);
const MARRIED_TITLES: ReadonlySet<string> = new Set(['นาง', 'Mrs.']);
const UNMARRIED_TITLES: ReadonlySet<string> = new Set(['นางสาว', 'Miss', 'Ms.']);
const FEMALE_TITLES: ReadonlySet<string> = new Set([...MARRIED_TITLES, ...UNMARRIED_TITLES, 'พญ.', 'ทพญ.', 'ภญ.']);

/** Sex and (for women) marital status as the titles state them; ranks without หญิง say nothing. */
function titleFacts(titles: readonly string[]): Pick<PersonName, 'sex' | 'married'> {
  if (titles.length === 0) return NO_TITLE_FACTS;
  const female = titles.some((t) => FEMALE_TITLES.has(t) || t.endsWith('หญิง'));
  const male = titles.some((t) => MALE_TITLES.has(t));
  const married = titles.some((t) => MARRIED_TITLES.has(t)) ? true : titles.some((t) => UNMARRIED_TITLES.has(t)) ? false : null;
  return { sex: female === male ? null : female ? 'f' : 'm', married };
}

const NO_TITLE_FACTS: Pick<PersonName, 'sex' | 'married'> = { sex: null, married: null };
