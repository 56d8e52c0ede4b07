import { parseLaoType, splitLaoName } from '../lao/lao-type';
import { cleanFor, cleanText, compactKey, compactKeyFor, withoutQuotesAround, withoutZeroFraction, type MarkOrder } from '../text/thai';
import { editDistance } from './edit-distance';
import { POST_START } from '../person/position';
import type { LaoType } from '../vocabulary';

/** What a respondent answered about their LAO, as typed. */
export interface LaoQuery {
  province: string;
  district: string;
  /** The form's type choice; may be blank or wrong. */
  typeAnswer: string;
  /** Typed LAO name; may carry a type prefix, a division, or the district and province after it. */
  laoName: string;
  /** รหัส อปท. when given (prefilled links); may be wrong. */
  code?: string;
  /** LAO types of the workshop session the respondent chose (each type attends its own day); evidence of the type. */
  sessionTypes?: readonly LaoType[];
}

/** A type answer: the registry type, or only "some เทศบาล" when the level was left out. */
export interface TypeAnswer {
  type: LaoType | null;
  municipality: boolean;
}

export interface LaoNameAnswer extends TypeAnswer {
  /** Bare name as typed (cleaned), without type prefix or location words. */
  name: string;
  /** compactKey of name. */
  key: string;
  /**
   * The key read with the level word of a written-out เทศบาลเมือง or เทศบาลนคร as the start of the name
   * (`เทศบาลเมืองพล`: เทศบาล + เมืองพล), when the type was written so; the matcher weighs it (readLevelWord).
   */
  levelWordKey?: string;
  /**
   * The key of the words before a type word inside the answer, when they are no office or division (`บ้านแหวน ทต
   * หางดง`: ทต.หางดง, or ทต.บ้านแหวน of อ.หางดง): perhaps the name, which the matcher weighs as a second reading.
   */
  beforeKey?: string;
  /**
   * The key of the name before อ. or จ. glued to it (`แวงอ.โพนทอง`: แวง of อ.โพนทอง), which the matcher weighs as a second
   * reading: the name may instead hold a slip (หนอง typed `หนอ.`, the full stop on the key beside ง).
   */
  beforePlaceKey?: string;
  /** The key of what follows that อ. or จ. (`โพนทอง`), for the matcher to compare with the places stated. */
  afterPlaceKey?: string;
}

const MUNICIPALITY_KEY = compactKey('เทศบาล');

/** The form's type choice (long form, abbreviation, `(อบต.)` suffix) to a registry type. */
export function parseTypeAnswer(text: string): TypeAnswer {
  const type = parseLaoType(text) ?? parseLaoType(cleanText(text).replace(/\(.*?\)/g, ''));
  if (type !== null) return { type, municipality: false };
  const key = compactKey(text);
  if (key === MUNICIPALITY_KEY) return { type: null, municipality: true };
  return { type: longFormWithSlips(key, 'whole')?.type ?? null, municipality: false };
}

// องค์กร for องค์การ is the commonest misspelling of the long forms; the letter this project answers types องค้การ, a tone
// mark for the thanthakhat (../shared/seed), and it may be left out (องคการ). Spelled right wherever the form is written
// (before the name, after it, after an office), as they leave no doubt with บริหารส่วน after them.
const LONG_FORM_MISSPELLING = /องค[่้๊๋็]?์?(?:กร|การ)\s*บริหาร\s*ส่วน/g;
// A type word after other words: `กองคลัง เทศบาลตำบลนาดี`, `สำนักปลัด อบต.นาดี`.
const TYPE_WORD_INSIDE = /\s(องค์การบริหารส่วน|เทศบาล|อบ[ตจ]\s?\.|ท\s?\.?\s?[ตมน]\s?\.|เมืองพัทยา)/;
// A type word after an office or a division, spaced or not, a name after it, as LAOs head their own pages and
// letters (`สำนักงานเทศบาลตำบลบางปู`, `ที่ทำการองค์การบริหารส่วนตำบลนาดี`, `กองช่างอบต.นาดี`, `สำนักปลัด อบต นาดี`).
// No registry name holds a type word, so the letters before one are never the name, unless they hold a type word
// too: `อบต.นาดีอบต.ดอนแก้ว` names two LAOs. The abbreviations as typed: อบต. / อบต / อ.บ.ต. (อบจ alike: no registry
// name holds these letters), and ทต. / ท.ต. (ทม, ทน): undotted only before a space, after a space or an office word,
// since names hold ทน (หาดทนง, ยางโทน).
// An office, or a division (กองช่าง, กองคลัง, …), as written before the LAO's type.
const OFFICE_WORDS = 'สำนักงาน|ที่ทำการ|สำนักปลัด|กอง[ก-๛]+';
// The type words no registry name holds, and so may be glued to a name on either side.
const GLUED_TYPE_WORDS = ['องค์การบริหารส่วน(?:ตำบล|จังหวัด)', 'เทศบาล(?:ตำบล|เมือง|นคร)?', 'อ(?:\\.\\s?)?บ(?:\\.\\s?)?[ตจ]\\.?'].join('|');
const TYPE_WORDS = [GLUED_TYPE_WORDS, 'ท\\s?\\.?\\s?[ตมน]\\s?\\.', `(?<=\\s|${OFFICE_WORDS})ท[ตมน](?=\\s)`].join('|');
const TYPE_WORD = new RegExp(TYPE_WORDS);
// A district's, a province's or a tambon's prefix (`อ.เมือง`, `จังหวัดตาก`, `ต.นาดี`).
const PLACE_WORDS = 'อำเภอ|อ\\s?\\.|จังหวัด|จ\\s?\\.|ตำบล|ต\\s?\\.';
// The type written after the name, spaced, dashed or glued (`ห้วยยาง อบต.`, `ห้วยยาง - เทศบาลตำบล`, `รือเสาะอบต.`),
// perhaps with the place after it: the order a word-swapping slip or a list's "name, type" gives. ทต./ทม./ทน. only
// after a space, since names end in those letters (ยางโทน).
const TYPE_WORD_LAST = new RegExp(
  `^(.*?[ก-๛])(?:\\s*[-–:,]?\\s*(${GLUED_TYPE_WORDS})|\\s*[-–:,]?\\s+(ท\\s?\\.?\\s?[ตมน]\\s?\\.?))(?=\\s*$|\\s+(?:${PLACE_WORDS}))`,
);
const TYPE_WORD_AFTER_OFFICE = new RegExp(`(?<=[ก-๛])\\s*(?:${TYPE_WORDS})\\s*[ก-ฮเ-ไ]`);
// A note in brackets after the name (`บางปู (กองช่าง)`, `นาดี (อ.เมือง)`): no registry name has brackets.
const BRACKETED_NOTE = /(?<=\S)\s*\(([^()]*)\)/g;
// The whole answer in brackets: `(อบต.นาดี)`.
const BRACKETED = /^\((.*)\)$/;
// Location written after the name: `นาดี อ.เมือง จ.ตาก`, `นาดี ตำบลนาดี`. Needs a space before it: `จ.ป.ร.` is a name.
const LOCATION_TAIL = new RegExp(`\\s+(?:${PLACE_WORDS})\\s*\\S.*$`);
// The same glued to the name, as Thai is written without spaces between words (the letters this project answers write
// `ศาลากลางจังหวัดตาก`, `ผู้ว่าราชการจังหวัดตาก`): `ชุมช้างอำเภอโพนพิสัยจังหวัดหนองคาย`. No registry name holds อำเภอ or
// จังหวัด. Not their short forms: a finger on the key beside ง types a full stop (nlpaug's KeyboardAug on the Kedmanee
// layout), and หนอง so slipped is `หนอ.`, which would read as อ. and a district (`หนอ.หลวง`).
const GLUED_LOCATION_TAIL = /(?<=[ก-๛])(?:อำเภอ|จังหวัด)\s*[ก-ฮเ-ไ].*$/;
// Their short forms glued: a place, or a slip (LaoNameAnswer.beforePlaceKey). จ. after อบ may be อบจ.
const GLUED_SHORT_PLACE = /(?<=[ก-๛])(?:อ\.|(?<!อบ)จ\.)\s*[ก-ฮเ-ไ]/;
// The rest of an office's address, as its letters head it (`… หมู่ที่ 3 ตำบลแม่สัน … 52190`): a village number, a
// house number, a postal code or a telephone number after a space. No registry name holds a space or two digits
// (one holds one: กม.5).
const ADDRESS_TAIL = /\s+(?:(?:หมู่ที่|หมู่|ม\s?\.|เลขที่)\s*\d|\d+\/\d|\d{2,}).*$/;
// A district, a province or a tambon written with its prefix first.
const PLACE_HEAD = new RegExp(`^(?:${PLACE_WORDS})`);
const PATTAYA = new Set(['พัทยา', 'เมืองพัทยา']);
const TAMBON_HEAD = /^(ตำบล|ต\s?\.)\s*(?=\S)/;

/** Long forms on the compact key, longest first, so a long form broken by stray spaces is still recognised. */
const LONG_FORMS: Array<[string, LaoType | null]> = [
  ...['องค์การบริหารส่วนจังหวัด', 'องค์การบริหารส่วนตำบล', 'เทศบาลนคร', 'เทศบาลเมือง', 'เทศบาลตำบล'].map((form): [string, LaoType | null] => [
    compactKey(form),
    parseLaoType(form),
  ]),
  [MUNICIPALITY_KEY, null],
];

/**
 * The long forms of the types with a level, each with the slips a reader still sees through in it: two in the SAO's
 * and PAO's (21 and 24 letters), one in a municipality's (9 to 11). Letters typed by hand carry them: the letter this
 * project answers writes นายกองค้การบริหารส่วนจังหวัดตาก (../shared/seed), a tone mark for the thanthakhat.
 */
const LONG_FORMS_WITH_SLIPS: ReadonlyArray<{ form: string; type: LaoType; slips: number }> = (
  [
    ['องค์การบริหารส่วนตำบล', 2],
    ['องค์การบริหารส่วนจังหวัด', 2],
    ['เทศบาลตำบล', 1],
    ['เทศบาลเมือง', 1],
    ['เทศบาลนคร', 1],
  ] as const
).map(([form, slips]) => ({ form: compactKey(form), type: parseLaoType(form)!, slips }));

/**
 * A long form typed with slips (LONG_FORMS_WITH_SLIPS) at the start of a compact key (`prefix`: a name follows it) or
 * as all of it (`whole`), with the length of the key it takes; null when none is that near, or forms of two types are
 * equally near. A whole key that begins with a long form as it is spelled is that form and a name (อบต.ชำ), however
 * few the name's letters. Only keys that begin as a long form does (อ or ง, เ or ท in the first two) are compared.
 */
function longFormWithSlips(key: string, extent: 'prefix' | 'whole'): { type: LaoType; length: number } | null {
  const head = key.slice(0, 2);
  const maySao = head.includes('อ') || head.includes('ง');
  // After เทศบาล spelled right, a level word with a slip may be a name or its start (เทศบาล เหมืองแก้ว, เทศบาลเรือง).
  const mayMunicipality = (head.includes('เ') || head.includes('ท')) && !key.startsWith(MUNICIPALITY_KEY);
  if (!maySao && !mayMunicipality) return null;
  const near: Array<{ type: LaoType; length: number; distance: number }> = [];
  for (const { form, type, slips } of LONG_FORMS_WITH_SLIPS) {
    if (!(form.startsWith('อ') ? maySao : mayMunicipality)) continue;
    if (extent === 'whole' && key.startsWith(form)) continue;
    // The lengths the slips allow, the form's own first; a name after it keeps two letters at least.
    const lengths = extent === 'whole' ? [key.length] : [0, -1, 1, -2, 2].filter((d) => Math.abs(d) <= slips).map((d) => form.length + d);
    for (const length of lengths) {
      if (extent === 'prefix' && length > key.length - 2) continue;
      const distance = editDistance(key.slice(0, length), form, slips);
      if (distance <= slips) near.push({ type, length, distance });
    }
  }
  if (near.length === 0) return null;
  const least = Math.min(...near.map((n) => n.distance));
  const nearest = near.filter((n) => n.distance === least);
  return nearest.every((n) => n.type === nearest[0]!.type) ? nearest[0]! : null;
}

/**
 * Reads a typed LAO name into its type prefix and bare name:
 * `อบต. คลองท่อมใต้`, `องค์กรบริหารส่วนตำบลคลองท่อมใต้ อ.คลองท่อม`, `กองคลัง อบต.คลองท่อมใต้` all give อบต. + คลองท่อมใต้.
 */
export function parseLaoNameAnswer(text: string, marks: MarkOrder = 'repaired'): LaoNameAnswer {
  const keyOf = (t: string) => compactKeyFor(marks, t);
  let clean = withoutQuotesAround(cleanFor(marks, text));
  if (clean.includes('องค')) clean = clean.replace(LONG_FORM_MISSPELLING, 'องค์การบริหารส่วน');
  if (clean.includes('เทศมนตรี')) clean = clean.replace(MAYOR, 'นายกเทศบาล');
  const notes: string[] = [];
  if (clean.includes('(')) clean = withoutNotes(clean, notes);
  clean = typeWordFirst(clean);
  // What comes before a type word inside the answer: an office or a division, as a rule; kept to weigh when not one.
  let before = '';
  const inside = clean.includes(' ') ? TYPE_WORD_INSIDE.exec(clean) : null;
  if (inside) {
    before = clean.slice(0, inside.index);
    clean = clean.slice(inside.index + 1);
  } else {
    const office = TYPE_WORD_AFTER_OFFICE.exec(clean);
    if (office && !TYPE_WORD.test(clean.slice(0, office.index))) {
      before = clean.slice(0, office.index);
      clean = clean.slice(office.index).trim();
    }
  }
  const split = splitLaoName(clean, marks);
  // A type in a note (`นาดี (อบต.)`) when the name itself has none.
  let type = split.type ?? notes.map((note) => parseTypeAnswer(note).type).find((t) => t !== null) ?? null;
  let name = split.name;
  let municipality = false;
  if (type === null) {
    const compact = keyOf(clean);
    // Only a type word (`อบต.`, `เทศบาล`): the type, and no name.
    const only = parseTypeAnswer(compact);
    if (only.type || only.municipality) return { ...only, name: '', key: '' };
    // A long form with stray spaces inside (`องค์การบริหารส่ว นตำบล`), or เทศบาล without its level.
    const long = LONG_FORMS.find(([form]) => compact.startsWith(form));
    const slipped = long ? null : longFormWithSlips(compact, 'prefix');
    if (long) {
      type = long[1];
      municipality = long[1] === null;
      name = textAfter(clean, long[0].length);
    } else if (slipped) {
      type = slipped.type;
      name = textAfter(clean, slipped.length);
    } else {
      const inside = typeInsideKey(compact);
      if (inside) {
        type = parseLaoType(inside.form);
        municipality = type === null;
        name = textAfter(clean, inside.end);
      }
    }
  }
  if (name.includes(' ')) name = withoutDivisionLast(withoutDivisionFirst(name)).replace(LOCATION_TAIL, '').replace(ADDRESS_TAIL, '');
  name = name.replace(GLUED_LOCATION_TAIL, '').replace(TAMBON_HEAD, '').trim();
  const key = keyOf(name);
  // Pattaya is often written without เมือง (and sometimes as a เทศบาลเมือง).
  if (PATTAYA.has(key)) return { type: 'ท้องถิ่นรูปแบบพิเศษ', municipality: false, name: 'เมืองพัทยา', key: 'เมืองพัทยา' };
  const levelWord = key === '' ? undefined : LEVEL_WORDS.find(([form]) => keyOf(clean).startsWith(form));
  const answer: LaoNameAnswer = levelWord ? { type, municipality, name, key, levelWordKey: levelWord[1] + key } : { type, municipality, name, key };
  // A place written first (`อ.เชียงคาน ทต.ธาตุ`) is no name.
  const beforeKey = before === '' || PLACE_HEAD.test(before) ? '' : keyOf(withoutDivisionFirst(before));
  if (beforeKey !== '' && beforeKey !== key && !DIVISION_KEY.test(beforeKey) && !POST_KEY.test(beforeKey) && THAI_LETTER.test(beforeKey)) {
    answer.beforeKey = beforeKey;
  }
  const gluedPlace = name.includes('.') ? GLUED_SHORT_PLACE.exec(name) : null;
  if (gluedPlace) {
    answer.beforePlaceKey = keyOf(name.slice(0, gluedPlace.index));
    answer.afterPlaceKey = keyOf(name.slice(gluedPlace.index + 2));
  }
  return answer;
}

/**
 * An office or one of the divisions every LAO has (Department of Local Administration's structure: สำนักปลัด, กองคลัง,
 * กองช่าง, กองการศึกษา, กองสาธารณสุขและสิ่งแวดล้อม, กองสวัสดิการสังคม, …), on the compact key: not OFFICE_WORDS's
 * any กอง word, since registry names begin with กอง too (กองแขก, กองดิน, กองควาย).
 */
const DIVISION_KEY = /^(?:สำนักงาน|ที่ทำการ|สำนักปลัด|กอง(?:คลัง|ช่าง|การ|สาธารณสุข|สวัสดิการ|ส่งเสริม|ยุทธศาสตร์|วิชาการ|แผน|พัสดุ))/;

/**
 * A post or title of an LAO's staff or council before its type, as an addressee line or a signature writes them
 * (`เรียน นายกองค์การบริหารส่วนตำบล…`, `ปลัดเทศบาลตำบล…`; the letter this project answers writes
 * นายกองค้การบริหารส่วนจังหวัดตาก, ../shared/seed), on the compact key. No registry name begins with one of these
 * words, so the words before the type are no name. A mayor is นายกเทศมนตรี: MAYOR reads his title as นายก + เทศบาล.
 */
const POST_KEY = new RegExp(`^(?:เรียน)?(?:${POST_START})`);
const MAYOR = /นายกเทศมนตรี/g;
// Words before the type with no Thai letter (a list's number, `1. อบต.…`) are no name either.
const THAI_LETTER = /[ก-ฮ]/;

/**
 * The answer with a type word written after the name moved before it (TYPE_WORD_LAST), an office or a division
 * between them left out (`นิคม กองการศึกษาเทศบาลตำบล`); as it is otherwise.
 */
function typeWordFirst(clean: string): string {
  const last = TYPE_WORD_LAST.exec(clean);
  if (!last) return clean;
  const name = withoutDivisionLast(last[1]!);
  // `กองคลัง อบต.`, `อบต.นาดี อบต.`: no name before the type word, or a type word already.
  if (TYPE_WORD.test(name) || DIVISION_KEY.test(compactKey(name))) return clean;
  return `${last[2] ?? last[3]} ${name}${clean.slice(last[0].length)}`;
}

/** Words without a first one that is an office or a division (`สำนักงาน ทับกุง`, after its type: อบต สำนักงาน ทับกุง). */
function withoutDivisionFirst(words: string): string {
  const space = words.indexOf(' ');
  return space > 0 && DIVISION_KEY.test(compactKey(words.slice(0, space))) ? words.slice(space + 1).trim() : words;
}

/** Words without a last one that is an office or a division (`นิคม กองการศึกษา`, `เสาไห้ กองคลัง`). */
function withoutDivisionLast(words: string): string {
  const space = words.lastIndexOf(' ');
  return space > 0 && DIVISION_KEY.test(compactKey(words.slice(space + 1))) ? words.slice(0, space).trim() : words;
}

/**
 * Long forms whose last word also begins LAO names (ทม.เมืองพล, ทต.เมืองเก่า, ทต.นครชัยศรี; no registry name
 * begins with ตำบล or จังหวัด), with that word's key.
 */
const LEVEL_WORDS: ReadonlyArray<[string, string]> = [
  [compactKey('เทศบาลเมือง'), compactKey('เมือง')],
  [compactKey('เทศบาลนคร'), compactKey('นคร')],
];

// Type words on the compact key that no registry name holds: the long forms, เทศบาล, and อบต/อบจ.
const TYPE_WORD_IN_KEY = /องค์การบริหารส่วน(?:ตำบล|จังหวัด)|เทศบาล(?:ตำบล|เมือง|นคร)?|อบ[ตจ]/;
const OFFICE_KEY = new RegExp(`^(?:${OFFICE_WORDS})`);

/**
 * A type word after an office or a division, with a stray space inside it (`ที่ทำการ อบ ตแม่อุสุ`,
 * `กองคลังองค์การบริหาร ส่วนจังหวัด สิงห์บุรี`), which the patterns on the text miss: found on the compact key, where
 * it is one word again. Only with a name after it, and when the rest holds no other (two LAOs named).
 */
function typeInsideKey(compact: string): { form: string; end: number } | null {
  if (!OFFICE_KEY.test(compact)) return null;
  const found = TYPE_WORD_IN_KEY.exec(compact);
  if (!found || found.index === 0) return null;
  const end = found.index + found[0].length;
  return end === compact.length || TYPE_WORD_IN_KEY.test(compact.slice(end)) ? null : { form: found[0], end };
}

/**
 * `clean` after its first `keyLength` key characters (those compactKey keeps), spaces inside the rest kept: what
 * follows a long form typed with stray spaces, whose separators still tell the name from a place written after it.
 */
function textAfter(clean: string, keyLength: number): string {
  let kept = 0;
  for (let i = 0; i < clean.length; i++) {
    if (kept === keyLength) return clean.slice(i).trim();
    if (compactKey(clean[i]!) !== '') kept++;
  }
  return '';
}

/**
 * The answer without bracketed notes (each kept in `notes`), or unwrapped when all of it is bracketed. A note before
 * the name, as a swap of words leaves it (`(อ.ชัยบาดาล) บัวชุม`), only when it is a place, a division or a type alone;
 * other bracketed words first (`(อบต.นาดี) กองคลัง`) are read without their brackets.
 */
function withoutNotes(clean: string, notes: string[]): string {
  const whole = BRACKETED.exec(clean);
  if (whole) return whole[1]!.trim();
  const first = BRACKETED_FIRST.exec(clean);
  if (first) {
    const inside = first[1]!.trim();
    const rest = clean.slice(first[0].length);
    if (isNote(inside)) notes.push(inside);
    clean = isNote(inside) ? rest : `${inside} ${rest}`;
  }
  return clean.replace(BRACKETED_NOTE, (_, note: string) => {
    notes.push(note);
    return '';
  });
}

// Words in brackets first, something after them.
const BRACKETED_FIRST = /^\(([^()]*)\)\s*(?=\S)/;

/** Bracketed words that are no LAO's name: a place with its prefix, a division, a type alone. */
function isNote(words: string): boolean {
  const key = compactKey(words);
  return PLACE_HEAD.test(words) || DIVISION_KEY.test(key) || parseTypeAnswer(key).type !== null;
}

/**
 * A รหัส อปท. typed in the name's box and none in its own (seven digits, Thai ones too, spaced or dashed): the code,
 * and no name. No LAO's name holds a digit but กม.5.
 */
export function withCodeFromName(query: LaoQuery): LaoQuery {
  // Most names hold no digit: read no further (this runs for every response matched).
  if (!DIGIT.test(query.laoName) || parseCodeAnswer(query.code) !== '') return query;
  const code = parseCodeAnswer(query.laoName);
  return SEVEN_DIGITS.test(code) ? { ...query, code, laoName: '' } : query;
}

const DIGIT = /[0-9\u0E50-\u0E59\uFF10-\uFF19]/;
const SEVEN_DIGITS = /^\d{7}$/;

// Separators, and what spreadsheets leave around a number kept as text: a leading apostrophe (`'6810408`) or a formula
// that yields it (`="6810408"`, as Excel-bound exports write codes to keep their leading zeros).
const CODE_SEPARATORS = /[\s\-.'"=]/g;

/**
 * A typed รหัส อปท.: Thai digits (cleanText makes them Arabic), spaces and dashes tolerated, a zero fraction dropped,
 * a spreadsheet's text marks left out; '' when blank.
 */
export function parseCodeAnswer(text: string | undefined): string {
  return withoutZeroFraction(cleanText(text ?? ''))
    .replace(CODE_SEPARATORS, '')
    .toUpperCase();
}
