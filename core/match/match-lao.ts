import { mayBeEnglishLayout, thaiFromEnglishLayout } from '../text/keyboard-layout';
import type { RegistryEntry } from '../registry/types';
import type { MatchCandidate } from '../rsvp/types';
import { levelWeight } from './comparison';
import { namesOfficeNotLao } from './not-an-lao';
import { deskChoice, statedPlaceChoice } from './desk-choice';
import { MATCH_RULE, SPELLED } from './match-rule';
import { explainScore, LAO_COMPARISONS, scorePair, type LaoLevels, type PairScore, type PreparedQuery, type TypeClaim } from './comparisons';
import { nearNames } from './near-names';
import { editDistance } from './edit-distance';
import type { NameKeys } from './name-keys';
import { sortShort } from './sort-short';
import { provinceAndDistrictInPlace, provinceOfDistrict, swappedPlaces, weighSwappedPlaces, type MatcherReadings, type PlaceReading } from './swapped-places';
import { parseCodeAnswer, parseLaoNameAnswer, withCodeFromName, type LaoNameAnswer, type LaoQuery, type TypeAnswer } from './lao-answer';
import {
  answeredNameKeys,
  namedInDistrict,
  namedInProvince,
  readCutName,
  resolveDistrict,
  resolveProvince,
  type DistrictAnswer,
  type IndexedLao,
  type MatchIndex,
  type ProvinceIndex,
} from './registry-index';
import { compactKey, mayNeedOrderFix, type MarkOrder } from '../text/thai';
import { LAO_TYPES, laoDisplayName, type LaoType } from '../vocabulary';

/** A given รหัส อปท. that does not fit the other answers. */
export interface CodeConflict {
  kind: 'not_in_registry' | 'other_province' | 'other_lao';
  code: string;
  /** The code's LAO as Thai documents write it, with its province; null when the code is not in the registry. */
  owner: string | null;
  /** Thai, for the coordinator. */
  message: string;
}

/**
 * A match carries no explanation: the job reads only the code of its ~27,000 matches, and building each one's text,
 * or keeping each one's scored pair for it, showed in heap profiles. `compareWith` says why, for the code matched.
 */
export type LaoMatch =
  | {
      status: 'matched';
      code: string;
      /** The matched LAO's registry entry (its code is `code`), so callers need not look the code up again. */
      entry: RegistryEntry;
      score: number;
      codeConflict: CodeConflict | null;
      /** The name as read with the Thai keys, when it was typed on the English layout (core/text/keyboard-layout.ts). */
      englishLayout?: string;
      /** The place answers read other than as answered (core/match/swapped-places.ts): how. */
      placesRead?: PlaceReading;
    }
  | {
      status: 'ambiguous' | 'not_found';
      candidates: MatchCandidate[];
      codeConflict: CodeConflict | null;
      /** The name answered is an office that is no LAO (core/match/not-an-lao.ts): not looked for. */
      notAnLao?: true;
    };

/** Reads the answers once: province and district resolved against the registry, type claims, name keys, code. */
function prepareQuery(index: MatchIndex, query: LaoQuery, marks: MarkOrder = 'repaired'): PreparedQuery {
  const province = resolveProvince(index, query.province);
  const district = resolveDistrict(index, province.province, query.district);
  const typed = index.memo.typeAnswer(query.typeAnswer);
  // The second reading (marks as typed) is rare: not memoised.
  const written = marks === 'repaired' ? index.memo.nameAnswer(query.laoName) : parseLaoNameAnswer(query.laoName, marks);
  const places = province.province ? statedPlaceKeys(province.province, district) : [];
  const named = province.province
    ? readLevelPrefix(index, readLevelWord(index, readAroundType(readGluedPlace(written, places), places), province.province), province.province, typed)
    : written;
  const claims = typeClaims(typed, named);
  const fits = (type: LaoType) => claims.some((c) => (c === 'เทศบาล' ? type.startsWith('เทศบาล') : c === type));
  const reading = province.province ? readStatedPlace(index, named, province.province, district, places) : { key: named.key, otherKey: null };
  return {
    province,
    district,
    typeClaims: claims,
    name: answeredNameKeys(index, province.province ? readCutName(province.province, reading.key, fits) : reading.key),
    otherName: otherReading(index, reading, named),
    code: parseCodeAnswer(query.code),
    sessionTypes: query.sessionTypes && query.sessionTypes.length < LAO_TYPES.length ? typeSet(query.sessionTypes) : null,
  };
}

/**
 * The name a person would weigh besides the one read: without the place written after it (readStatedPlace), the
 * words before a type word inside the answer (`บ้านแหวน ทต หางดง`), or before อ. or จ. glued to the name (`แวงอ.โพนทอง`);
 * null when there is none.
 */
function otherReading(index: MatchIndex, reading: NameReading, named: LaoNameAnswer): NameKeys | null {
  const key = reading.otherKey ?? named.beforeKey ?? named.beforePlaceKey ?? null;
  return key === null ? null : answeredNameKeys(index, key);
}

// No registry name holds a space, a comma or a slash: in an answer that does, something besides the name was written.
const SEPARATORS = /[\s,/]+/;

/** A name answer read against the registry: its key, and the key of another reading a person would weigh too. */
interface NameReading {
  key: string;
  /** Without the place written after it, where both readings are LAOs of the province: `เวียง เชียงของ`. */
  otherKey: string | null;
}

/**
 * The name without the district or province the respondent stated, written again after it (`แม่สัน ห้างฉัตร ลำปาง` in
 * ห้างฉัตร, ลำปาง; `แม่ข้าวต้ม, เมืองเชีย งราย` in เมืองเชียงราย): the key without the stated place's key at its end,
 * when the answer has a separator or what remains is a name of the province. The least cut that leaves a name of
 * the province stands: the whole answer, or the answer without the province after it (`เวียงเชียงของ เชียงราย` is
 * ทต.เวียงเชียงของ, not ทต.เวียง with the district cut from inside a word). When the cut places were words of their
 * own, the other reading goes with it if that is a name too (`เวียง เชียงของ`, `เวียง เชียงของ เชียงราย`:
 * ทต.เวียงเชียงของ typed with a space, or ทต.เวียง of อ.เชียงของ).
 */
function readStatedPlace(index: MatchIndex, named: LaoNameAnswer, province: ProvinceIndex, district: DistrictAnswer, places: readonly string[]): NameReading {
  let key = named.key;
  const cut = (keys: readonly string[]) => {
    const place = keys.find((p) => key.length > p.length && key.endsWith(p));
    if (place) key = key.slice(0, -place.length);
  };
  // Written as Thai addresses are, the district and then the province: each cut once, the province first, so a name
  // that holds a place is kept (หนองบัวลาย บัวลาย in บัวลาย, กุดขอนแก่น - ภูเวียง in ขอนแก่น).
  cut(places.slice(0, 1));
  const withoutProvince = key;
  cut(places.slice(1));
  // Places as words of their own in another order: taken when they leave less of the places than the cuts do (a place
  // broken by a stray space is cut only on the key: `นาทัน - คำม่ว ง กาฬสินธุ์`). Two words at least: a separator
  // left at the end by a cut location (`เวียงเชียงของ / จ.เชียงราย`) parts nothing.
  const words = SEPARATORS.test(named.name) ? keyedWords(named.name) : [];
  const separated = words.length > 1;
  const asWords = separated ? placesAsWords(words, places) : null;
  const wordsLeaveLess = asWords !== null && asWords.key.length < key.length;
  if (wordsLeaveLess) key = asWords.key;
  if (key === named.key) return { key, otherKey: null };
  const isName = (k: string) => namedInProvince(index, k, province);
  const partsWords = asWords?.key === key;
  for (const lesser of [named.key, withoutProvince]) {
    if (lesser !== key && isName(lesser)) return { key: lesser, otherKey: partsWords && isName(key) ? key : null };
  }
  // A place before the name that is a name too: `ท่าอุเทน หนองเทา` in ท่าอุเทน (ทต.ท่าอุเทน, or อบต.หนองเทา).
  if (wordsLeaveLess && asWords.before && isName(asWords.before)) return { key, otherKey: asWords.before };
  // A district cut from the end of a word (เมืองวังสะพุง in วังสะพุง) says the LAO lies there: a name of the province
  // left by the cut that lies elsewhere (อบต.เมือง of อ.เมืองเลย) is no reading of it. (A province cut says nothing of
  // the district: with the district answered wrong too, the name left is still the LAO's.)
  const districtCut = key !== withoutProvince;
  if (!separated) return { key: isName(key) && (!districtCut || namedInDistrict(index, key, province, district.key)) ? key : named.key, otherKey: null };
  // Cut into a word of the name that a slip kept from being a name (`บ้านใฤหม่มหาราช พระนครศรีอยุธยา` in มหาราช), and
  // what is left is no name either: the words as written are weighed too, or the cut (บ้านใฤหม่) would go to บ้านใหม่
  // elsewhere. A cut that leaves a name stands (`นาทัน - คำม่ว ง กาฬสินธุ์`).
  const intoWord = asWords !== null && !partsWords && !isName(key);
  return { key, otherKey: intoWord ? asWords.key : null };
}

/** The keys of the province and the district the respondent stated, the province first; เมือง alone for the capital's. */
function statedPlaceKeys(province: ProvinceIndex, district: DistrictAnswer): string[] {
  const keys = [compactKey(province.province)];
  if (district.level === 'equal' || district.level === 'close') keys.push(compactKey(district.key));
  if (district.key === `เมือง${province.province}`) keys.push('เมือง');
  return keys;
}

/**
 * อ. or จ. glued to the name with a place the respondent stated after it (`ไผ่รอบอ.โพธิ์ประทับช้างจ.พิจิตร` in
 * โพธิ์ประทับช้าง, พิจิตร): the words before it are the name. Any other text after it leaves the name as typed and those
 * words a second reading (parseLaoNameAnswer's beforePlaceKey): `หนอ.หลวง` is หนองหลวง with a slip.
 */
function readGluedPlace(named: LaoNameAnswer, places: readonly string[]): LaoNameAnswer {
  if (named.beforePlaceKey === undefined || named.afterPlaceKey === undefined) return named;
  if (!isStatedPlaces(named.afterPlaceKey, places)) return named;
  const { beforePlaceKey, afterPlaceKey: _, ...rest } = named;
  return { ...rest, name: beforePlaceKey, key: beforePlaceKey };
}

/**
 * A key that is the stated district, the stated province, or the district then the province (จ. or จังหวัด between);
 * the capital district may be written as its province (พระนครศรีอยุธยา, ตาก).
 */
function isStatedPlaces(key: string, places: readonly string[]): boolean {
  const [province, ...districts] = places;
  if (province === undefined) return false;
  if (districts.includes(key) || key === province) return true;
  if (!key.endsWith(province)) return false;
  const before = key.slice(0, -province.length).replace(PROVINCE_WORD_KEY, '');
  return before === '' || before === province || districts.includes(before);
}

// จ. or จังหวัด on a compact key (dots gone), before the province's name.
const PROVINCE_WORD_KEY = /(?:จังหวัด|จ)$/;

/**
 * A type word between two words: the one that is a place the respondent stated is that place, the other the name
 * (`เชียงคาน ทต.ธาตุ`, `ยะลา อบต.เปาะเส้ง`; `ห้วยยาง ทต. กระนวน` in กระนวน, the place then weighed as a name too).
 * Neither a stated place: the words after the type are read, those before weighed (parseLaoNameAnswer's beforeKey).
 */
function readAroundType(named: LaoNameAnswer, places: readonly string[]): LaoNameAnswer {
  const before = named.beforeKey;
  if (before === undefined) return named;
  const { beforeKey: _, ...rest } = named;
  if (places.includes(before)) return rest;
  if (places.includes(named.key)) return { ...rest, name: before, key: before, beforeKey: named.key };
  return named;
}

/**
 * The name as the words between the stated places, when they are words of their own: after it in either order
 * (`เอราวัณ กาญจนบุรี ศรีสวัสดิ์`, `บ้านดู่ - เชียงราย เมืองเชียงราย`) or before it (`ลำทะเมนชัย ไพล`), as a swap of
 * two words leaves them. `before` is the place written before the name; null when no word is a stated place.
 */
function placesAsWords(words: readonly string[], places: readonly string[]): { key: string; before: string | null } | null {
  let [first, last] = [0, words.length];
  while (last - first > 1 && places.includes(words[last - 1]!)) last--;
  while (last - first > 1 && places.includes(words[first]!)) first++;
  if (first === 0 && last === words.length) return null;
  return { key: words.slice(first, last).join(''), before: first > 0 ? words[first - 1]! : null };
}

/** The answer's words between separators, each as its key; words that are only marks or dashes left out. */
function keyedWords(name: string): string[] {
  return name
    .split(SEPARATORS)
    .map((w) => compactKey(w))
    .filter((w) => w !== '');
}

/**
 * `เทศบาลเมืองพล` for ทม.เมืองพล, `เทศบาล เมืองเก่า` for ทต.เมืองเก่า: the level word of a written-out เทศบาลเมือง or
 * เทศบาลนคร may be the start of the name, as the e-GP procurement catalog writes ทม.เมืองพล (the official long form
 * says เมือง twice). When the name without it is no municipality of the province and with it one is, the answer is
 * read as เทศบาล and that name: the level it seemed to state is then not evidence.
 */
function readLevelWord(index: MatchIndex, named: LaoNameAnswer, province: ProvinceIndex): LaoNameAnswer {
  if (named.levelWordKey === undefined) return named;
  const municipality = (type: LaoType) => type.startsWith('เทศบาล');
  if (namedInProvince(index, named.key, province, municipality) || !namedInProvince(index, named.levelWordKey, province, municipality)) return named;
  return { type: null, municipality: true, name: named.levelWordKey, key: named.levelWordKey };
}

/**
 * `เมืองเลย` for ทม.เลย, `นครขอนแก่น` for ทน.ขอนแก่น, beside the type chosen as that level (or เทศบาล): the official
 * long name (เทศบาลเมืองเลย) split between the two boxes, its level word kept before the name. When the whole is no
 * LAO's name in the province and the rest is the name of a municipality of that level there, the answer is read as
 * that name. Without this, เมืองเลย read as อบต.เมือง with the province written after it (เลย), and เมือง สัตหีบ as
 * ทต.เหมือง: a wrong LAO against the type chosen. Another type chosen, or none, leaves the answer as it is: เมือง
 * ศรีสะเกษ beside อบต. is อบต.เมือง with its province written after it.
 */
function readLevelPrefix(index: MatchIndex, named: LaoNameAnswer, province: ProvinceIndex, typed: TypeAnswer): LaoNameAnswer {
  const prefix = LEVEL_PREFIXES.find(([word]) => named.key.startsWith(word) && named.key.length > word.length);
  if (!prefix) return named;
  const [word, level] = prefix;
  const chosen = claimOf(typed);
  if ((chosen !== level && chosen !== 'เทศบาล') || (named.type !== null && named.type !== level)) return named;
  const rest = named.key.slice(word.length);
  if (namedInProvince(index, named.key, province) || !namedInProvince(index, rest, province, (type) => type === level)) return named;
  return { type: level, municipality: true, name: rest, key: rest };
}

/** The level words of a municipality's official name, as they begin a name answer (compact keys). */
const LEVEL_PREFIXES: ReadonlyArray<[string, LaoType]> = [
  [compactKey('เมือง'), 'เทศบาลเมือง'],
  [compactKey('นคร'), 'เทศบาลนคร'],
];

/** The distinct type claims of the form's choice and the name's prefix, in that order. */
function typeClaims(typed: TypeAnswer, named: TypeAnswer): TypeClaim[] {
  const a = claimOf(typed);
  const b = claimOf(named);
  if (a === null || b === null || a === b) {
    const one = a ?? b;
    return one === null ? [] : [one];
  }
  // "เทศบาล" next to a specific level of เทศบาล adds nothing; next to another type it is a contradiction.
  if (a === 'เทศบาล' && b.startsWith('เทศบาล')) return [b];
  if (b === 'เทศบาล' && a.startsWith('เทศบาล')) return [a];
  return [a, b];
}

function claimOf(answer: TypeAnswer): TypeClaim | null {
  return answer.type ?? (answer.municipality ? 'เทศบาล' : null);
}

// A session's type list is one array shared by all its responses: its set is built once.
const TYPE_SETS = new WeakMap<readonly LaoType[], ReadonlySet<LaoType>>();

function typeSet(types: readonly LaoType[]): ReadonlySet<LaoType> {
  let set = TYPE_SETS.get(types);
  if (!set) {
    set = new Set(types);
    TYPE_SETS.set(types, set);
  }
  return set;
}

/**
 * Registry entries worth scoring: same or near name (within the province when known), the code's entry, and the
 * one-of-a-kind LAOs (PAO, Pattaya, Bangkok) the type names.
 */
function blockCandidates(index: MatchIndex, q: PreparedQuery): IndexedLao[] {
  const found: IndexedLao[] = [];
  const province = q.province.province;
  if (q.name.key && province) {
    // Exact, tone-mark and near names all pass nearNames' tests.
    addNew(
      found,
      province.near.get(q.name.key, () => nearNames(province, q.name)),
    );
    addNew(found, province.byMarks.get(q.name.marksKey));
  } else if (q.name.key) {
    addNew(found, index.byName.get(q.name.key));
    addNew(found, index.byMarks.get(q.name.marksKey));
  }
  for (const claim of q.typeClaims) {
    if (claim === 'เทศบาล') continue;
    const national = index.nationalOnes.get(claim);
    if (national && !found.includes(national)) found.push(national);
    if (province) addNew(found, province.onlyOfType.get(claim));
  }
  const byCode = q.code ? index.byCode.get(q.code) : undefined;
  if (byCode && !found.includes(byCode)) found.push(byCode);
  return found;
}

function addNew(found: IndexedLao[], list: readonly IndexedLao[] | undefined): void {
  if (list) for (const lao of list) if (!found.includes(lao)) found.push(lao);
}

/** The registry code for one response's LAO answers, or the candidates a person should choose from. */
export function matchLao(index: MatchIndex, answered: LaoQuery): LaoMatch {
  const asked = withCodeFromName(answered);
  const query = provinceAndDistrictInPlace(index, asked);
  const match = matchPlaces(index, query);
  // The province and the district put back in their boxes: said with the match, as a swap of the name's box is.
  return query !== asked && match.status === 'matched' && !match.placesRead ? { ...match, placesRead: 'province_district_swapped' } : match;
}

/**
 * The answers matched as the boxes hold them, and read with the district and the name swapped when they look so, or
 * with the province of the district answered when the province answered has no such district.
 */
function matchPlaces(index: MatchIndex, query: LaoQuery): LaoMatch {
  // A provincial or district office named, and no code: whatever type was chosen beside it, no LAO is meant.
  if (!query.code?.trim() && namesOfficeNotLao(query.laoName)) return { status: 'not_found', candidates: [], codeConflict: null, notAnLao: true };
  const match = matchAsAnswered(index, query);
  const swapped = swappedPlaces(index, query, match);
  const weighed = swapped ? weighSwappedPlaces(query, match, swapped, readingsOf(index)) : match;
  if (weighed !== match) return weighed;
  // Read swapped, the boxes named nothing better: the district may be right and the province not.
  const elsewhere = provinceOfDistrict(index, query, match);
  return elsewhere ? weighSwappedPlaces(query, match, elsewhere, readingsOf(index)) : match;
}

/** What the place readings borrow from the matcher (made only for the few answers read another way). */
function readingsOf(index: MatchIndex): MatcherReadings {
  return {
    match: (q) => matchAsAnswered(index, q),
    compare: (q, code) => compareWith(index, q, code)!,
    ask: (scores, codeConflict) => unresolved(scores, undefined, codeConflict),
  };
}

/** The answers as the boxes hold them: as typed, on the English layout, or with the marks as typed. */
function matchAsAnswered(index: MatchIndex, query: LaoQuery): LaoMatch {
  const match = matchAnswers(index, query);
  if (match.status === 'matched') return mayNeedOrderFix(query.laoName) ? nearerAsTyped(index, query, match) : match;
  if (mayBeEnglishLayout(query.laoName)) return matchEnglishLayout(index, query) ?? match;
  // A finger that slipped onto a mark's key leaves marks out of their order, and putting them in order moves the name
  // one edit further from the one meant (ทุ่งต่อ typed ทุ่งน่ิ reads ทุ่งนิ่): with the marks as typed, a person at a
  // desk would see it. Only when the ordered reading matched nothing, and as surely as any answer.
  if (mayNeedOrderFix(query.laoName)) {
    const typed = matchAnswers(index, query, 'as_typed');
    if (typed.status === 'matched') return typed;
  }
  return match;
}

/**
 * A name the repair of its marks matched only with slips may be spelled more nearly with its marks as typed: ลำ้ำพอง
 * is ลำน้ำพอง with น left out, while the repaired ล้ำำพอง is two slips from น้ำพอง. The nearer spelling is taken; two
 * LAOs as near go to review.
 */
function nearerAsTyped(index: MatchIndex, query: LaoQuery, match: LaoMatch & { status: 'matched' }): LaoMatch {
  const repaired = compareWith(index, query, match.code)!;
  if (repaired.levels.name === 'exact' || repaired.levels.name === 'marks') return match;
  const typed = matchAnswers(index, query, 'as_typed');
  if (typed.status !== 'matched' || typed.code === match.code) return match;
  const asTyped = compareWith(index, query, typed.code, 'as_typed')!;
  const nearer = nameWeight(asTyped) - nameWeight(repaired);
  if (nearer > 0) return typed;
  if (nearer < 0) return match;
  return unresolved([repaired, asTyped], undefined, match.codeConflict);
}

const NAME_COMPARISON = LAO_COMPARISONS.find((c) => c.id === 'name')!;

/** How nearly the answered name spells the LAO's: its name level's weight. */
function nameWeight(score: PairScore): number {
  return levelWeight(NAME_COMPARISON, score.levels.name);
}

/**
 * A name typed with the keyboard still on the English layout (`v[9"okfu`): read with the Thai keys, and kept only
 * when that spells an LAO's name (but for tone marks, or with the slips the name levels allow a name of its length)
 * and names it as surely as a name typed in Thai would. Not a short name with a slip: `,,` is มม, one letter from ดม.
 */
function matchEnglishLayout(index: MatchIndex, query: LaoQuery): LaoMatch | null {
  const read = { ...query, laoName: thaiFromEnglishLayout(query.laoName) };
  const thai = matchAnswers(index, read);
  if (thai.status !== 'matched' || !SPELLED.has(compareWith(index, read, thai.code)?.levels.name)) return null;
  return { ...thai, englishLayout: read.laoName };
}

function matchAnswers(index: MatchIndex, query: LaoQuery, marks: MarkOrder = 'repaired'): LaoMatch {
  const q = prepareQuery(index, query, marks);
  const match = decide(index, q);
  if (q.otherName === null || match.status !== 'matched') return match;
  // `ทต.เวียง เชียงของ` in เชียงของ: ทต.เวียงเชียงของ, or ทต.เวียง and its district again. A person at a desk would ask,
  // unless the names fit alike and the other answers fit one reading's LAO clearly better (its type, where the other's
  // contradicts the type stated). A name typed exactly does not outweigh one with a slip: the slip may be the name.
  const read = { ...q, name: q.otherName, otherName: null };
  const other = decide(index, read);
  if (other.status !== 'matched' || other.code === match.code || q.code === match.code) return match;
  if (q.code === other.code) return other;
  const [first, second] = [scorePair(q, index.byCode.get(match.code)!), scorePair(read, index.byCode.get(other.code)!)];
  if (first.levels.name === second.levels.name) {
    if (singlesOut(first, second)) return match;
    if (singlesOut(second, first)) return other;
  }
  return unresolved([first, second], undefined, match.codeConflict);
}

/** What every comparison says about the answers against one registry LAO (for tests and explanations); null: no such code. */
export function compareWith(index: MatchIndex, query: LaoQuery, code: string, marks: MarkOrder = 'repaired'): PairScore | null {
  const lao = index.byCode.get(code);
  return lao ? scorePair(prepareQuery(index, query, marks), lao) : null;
}

/** Name levels within the matcher's fuzzy reach: those that spell the name, or one name contained in the other. */
const NEAR_NAME: ReadonlySet<LaoLevels['name'] | undefined> = new Set<LaoLevels['name'] | undefined>([...SPELLED, 'contains']);

/**
 * Whether the answered province is this LAO's and the answered name is its name or near it (the levels of
 * LAO_COMPARISONS), whatever the type and district answers say. Not enough to match on (names repeat within a
 * province); enough to confirm an LAO that other evidence names (core/dedupe/other-submissions.ts).
 */
export function nearInProvince(index: MatchIndex, query: LaoQuery, code: string): boolean {
  const lao = index.byCode.get(code);
  if (!lao) return false;
  const { levels } = scorePair(prepareQuery(index, query), lao);
  return (levels.province === 'equal' || levels.province === 'close') && NEAR_NAME.has(levels.name);
}

function decide(index: MatchIndex, q: PreparedQuery): LaoMatch {
  const scored = blockCandidates(index, q).map((lao) => scorePair(q, lao));
  sortShort(scored, byAnswerScore);
  const best = scored[0];
  const singled = best !== undefined && singlesOut(best, scored[1]);
  const codeLao = q.code ? index.byCode.get(q.code) : undefined;
  const codeScore = codeLao ? scored.find((s) => s.lao === codeLao) : undefined;

  if (!codeScore) {
    const codeConflict = q.code ? notInRegistry(q.code) : null;
    if (singled) {
      const doubt = twinsOfContradictedTypes(q, scored) || exactlyAnotherName(best, scored);
      return doubt ? unresolved(scored, undefined, codeConflict) : matched(best, codeConflict);
    }
    const desk = deskChoice(q, scored);
    return desk ? matched(desk, codeConflict) : unresolved(scored, undefined, codeConflict);
  }
  const provinceConflict =
    q.province.province && codeLao!.entry.province !== q.province.province.province ? otherProvince(q.code, codeLao!, q.province.province.province) : null;
  if (singled && best === codeScore) return matched(best, null);
  if (!singled && !provinceConflict && statedPlaceChoice(q, scored) === codeScore) return matched(codeScore, null);
  if (singled) {
    // The answers point elsewhere. A code that also fits the answers' name is a real doubt; one that fits nothing
    // is a slip or a forwarded prefilled link, and the person's own answers win.
    const codeConflict = provinceConflict ?? otherLao(q.code, codeLao!, best.lao);
    const fitsName = codeScore.levels.name !== 'different' || (!SPELLED.has(best.levels.name) && garbledInPlace(q, codeScore));
    return fitsName ? unresolved(scored, codeScore, codeConflict) : matched(best, codeConflict);
  }
  // The answers alone do not decide: the code settles it if nothing contradicts it and it is among the best. A type
  // answered against the code's LAO contradicts it only when it points to another LAO near the name: a careless
  // dropdown beside a right code and name (`ดออนชมพู`, ทต. chosen, the code of อบต.ดอนชมพู) is a slip of the type.
  const typeRival = (s: PairScore) => s !== codeScore && s.levels.type !== 'different' && NEAR_NAME.has(s.levels.name);
  const typeAgainst = codeScore.levels.type === 'different' && scored.some(typeRival);
  const contradicted = codeScore.levels.name === 'different' || typeAgainst || codeScore.levels.province === 'different';
  if (!contradicted && best && codeScore.answerScore >= best.answerScore - MATCH_RULE.minMargin && codeScore.score >= MATCH_RULE.minScore) {
    return matched(codeScore, null);
  }
  const codeConflict = provinceConflict ?? (contradicted ? otherLao(q.code, codeLao!) : null);
  return unresolved(scored, codeScore, codeConflict);
}

/**
 * The code's LAO is the one of the district and type answered, and the name answered is a few slips from its name
 * (three edits: นาทวีกน for ทต.นาทวีนอก, code 5900401), though nearer another LAO's (ทต.นาทวี, two): with that LAO's
 * name itself typed with slips, a person holding the code would not take it. (Beside a name typed right, the code is
 * the slip: a neighbour's code, typed or pasted.)
 */
function garbledInPlace(q: PreparedQuery, codeScore: PairScore): boolean {
  const { levels } = codeScore;
  if (levels.district !== 'equal' || levels.type !== 'equal' || levels.province !== 'equal') return false;
  return q.name.key !== '' && editDistance(q.name.key, codeScore.lao.name.key, GARBLED_EDITS) <= GARBLED_EDITS;
}

/** The slips a name answered may hold beside a code, a district and a type that all name its LAO. */
const GARBLED_EDITS = 3;

/**
 * The form's type and the name's prefix contradict each other, and the district has an LAO of the name for each:
 * a person would ask which one was meant, whatever the other answers lean to.
 */
function twinsOfContradictedTypes(q: PreparedQuery, scored: readonly PairScore[]): boolean {
  if (q.typeClaims.length < 2) return false;
  const twins = scored.filter(
    (s) =>
      (s.levels.name === 'exact' || s.levels.name === 'marks') &&
      s.levels.type === 'one_of' &&
      s.levels.district !== 'different' &&
      s.levels.province !== 'different',
  );
  const types = new Set(twins.map((s) => s.lao.entry.type));
  return types.size >= 2;
}

/**
 * The name typed is exactly another LAO's of the province, and not the best one's: the type and the district answered
 * lean to the best, a name a slip or two off, but the name names the other (`บ้านช้าง`, ทต. chosen, in บางปะอิน:
 * ทต.บ้านสร้าง there, or อบต.บ้านช้าง of อ.อุทัย). A person would ask which answer was the slip, as the stated-place
 * rule does (desk-choice.ts).
 */
function exactlyAnotherName(best: PairScore, scored: readonly PairScore[]): boolean {
  return best.levels.name !== 'exact' && scored.some((s) => s.levels.name === 'exact');
}

/** The answers' score first (code left out), then by code, so equal scores list in one fixed order. */
function byAnswerScore(a: PairScore, b: PairScore): number {
  return b.answerScore - a.answerScore || a.lao.entry.code.localeCompare(b.lao.entry.code);
}

/** The whole score first (the code's weight included), then by code. */
function byScore(a: PairScore, b: PairScore): number {
  return b.score - a.score || a.lao.entry.code.localeCompare(b.lao.entry.code);
}

function singlesOut(best: PairScore, runnerUp: PairScore | undefined): boolean {
  if (best.answerScore < MATCH_RULE.minScore) return false;
  return runnerUp === undefined || best.answerScore - runnerUp.answerScore >= MATCH_RULE.minMargin;
}

function matched(best: PairScore, codeConflict: CodeConflict | null): LaoMatch {
  return { status: 'matched', code: best.lao.entry.code, entry: best.lao.entry, score: best.score, codeConflict };
}

/** Candidates for review: the best few with positive evidence, and the code's entry whatever its score. */
function unresolved(scored: readonly PairScore[], codeScore: PairScore | undefined, codeConflict: CodeConflict | null): LaoMatch {
  const byTotal = sortShort([...scored], byScore);
  const shortlist = byTotal.filter((s) => s.score > 0 && plausible(s)).slice(0, MATCH_RULE.maxCandidates);
  const status = shortlist.length > 0 ? 'ambiguous' : 'not_found';
  if (codeScore && !shortlist.includes(codeScore)) shortlist.push(codeScore);
  return {
    status,
    candidates: shortlist.map((s) => ({ code: s.lao.entry.code, score: s.score, explanation: explainScore(s) })),
    codeConflict,
  };
}

/** Worth a reviewer's look: the name is near, or the type alone names it (the province's PAO). */
function plausible(s: PairScore): boolean {
  return s.levels.name !== 'different' || s.levels.type === 'only_one';
}

function label(lao: IndexedLao): string {
  const e = lao.entry;
  return `${laoDisplayName(e.type, e.name)} จ.${e.province}`;
}

function notInRegistry(code: string): CodeConflict {
  return { kind: 'not_in_registry', code, owner: null, message: `รหัส อปท. ${code} ไม่มีในทะเบียน อปท.` };
}

function otherProvince(code: string, owner: IndexedLao, answeredProvince: string): CodeConflict {
  const message = `รหัส อปท. ${code} เป็นของ ${label(owner)} ไม่ใช่ จ.${answeredProvince}`;
  return { kind: 'other_province', code, owner: label(owner), message };
}

function otherLao(code: string, owner: IndexedLao, answered?: IndexedLao): CodeConflict {
  const message = answered
    ? `รหัส อปท. ${code} เป็นของ ${label(owner)} แต่คำตอบอื่นตรงกับ ${label(answered)}`
    : `รหัส อปท. ${code} เป็นของ ${label(owner)} ซึ่งไม่ตรงกับชื่อหรือประเภทที่ตอบ`;
  return { kind: 'other_lao', code, owner: label(owner), message };
}
