import { cleanText, compactKey } from '../text/thai';
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
}

interface TitleMatcher {
  title: string;
  abbreviation: boolean;
  latinWord: boolean;
  letters: number;
  /** Second letter (lower case), null for one-letter forms: a quick test before the pattern. */
  second: string | null;
  pattern: RegExp;
}

/** By first letter (lower case), longest spelling first, so พ.ต.อ. wins over พ.ต. and นางสาว over นาง. */
const MATCHERS = new Map<string, TitleMatcher[]>();
for (const t of PERSON_TITLES) {
  for (const form of [t.title, ...(t.forms ?? [])]) {
    const first = form.charAt(0).toLowerCase();
    MATCHERS.set(
      first,
      [...(MATCHERS.get(first) ?? []), matcher(t, form)].sort((a, b) => b.letters - a.letters),
    );
  }
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
    second: letters[1]?.toLowerCase() ?? null,
    pattern: new RegExp(`^(${body})${suffix}`, 'i'),
  };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Removes one leading title, or returns null when the text does not start with one. */
function stripTitle(text: string): { title: string; rest: string } | null {
  const matchers = MATCHERS.get(text.charAt(0).toLowerCase());
  if (!matchers) return null;
  // A pattern allows only spaces and dots between its letters, so the text's next other character must be the
  // second letter: most of the dozens of patterns for a first letter are ruled out without running them.
  const second = secondLetter(text);
  for (const m of matchers) {
    if (m.second !== null && m.second !== second) continue;
    const found = m.pattern.exec(text);
    if (!found) continue;
    const body = found[1] ?? '';
    const woman = Boolean(found[2]);
    const rest = text.slice(found[0].length);
    const spaceOrEnd = rest === '' || /^[\s.]/.test(rest);
    if (m.abbreviation && !woman) {
      if (body.includes('.')) {
        // `น.สมศรี` is not น.ส. + มศรี: an abbreviation without its final dot must end at a space.
        if (!body.endsWith('.') && !spaceOrEnd) continue;
      } else {
        // Without any dot (`จสอ สมชาย ใจดี`) only a clear title: two letters or more, then a full name.
        if (m.letters < 2 || !/^\s/.test(rest) || rest.trim().split(' ').length < 2) continue;
      }
    }
    if (m.latinWord && !spaceOrEnd) continue;
    return { title: woman ? `${m.title}หญิง` : m.title, rest: rest.replace(/^[\s.]+/, '') };
  }
  return null;
}

const SPACE_OR_DOT = /[\s.]/;

/** The first character after the first one that is not a space or a dot, lower case; '' when none. */
function secondLetter(text: string): string {
  for (let i = 1; i < text.length; i++) {
    const c = text.charAt(i);
    if (!SPACE_OR_DOT.test(c)) return c.toLowerCase();
  }
  return '';
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
  const display = cleanText(text);
  const titles: string[] = [];
  let rest = display;
  for (let stripped = stripTitle(rest); stripped; stripped = stripTitle(rest)) {
    titles.push(stripped.title);
    rest = stripped.rest;
  }
  const key = hasLetter(rest) ? compactKey(rest) : '';
  if (!key) return { display, titles, given: '', family: '', key: '' };
  const [given = '', ...family] = rest.split(' ');
  return { display, titles, given, family: family.join(' '), key };
}
