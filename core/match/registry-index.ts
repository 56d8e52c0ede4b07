import { districtKey, expandAbbreviation, expandDistrictAbbreviation, normaliseDistrict, normaliseProvince, withoutProvinceAfter } from '../lao/place';
import { provinceOfShortName } from '../lao/province-abbreviations';
import type { RegistryEntry } from '../registry/types';
import { parseLaoNameAnswer, parseTypeAnswer, type LaoNameAnswer, type TypeAnswer } from './lao-answer';
import { compactKey } from '../text/thai';
import { editDistance } from './edit-distance';
import { Memo, PairMemo } from '../memo';
import { push } from '../push';
import { nameKeys, type NameKeys } from './name-keys';
import { LONG_NAME, nameScan, type NameScan } from './near-names';
import type { LaoType } from '../vocabulary';

/** A registry entry with its comparison keys computed once. */
export interface IndexedLao {
  entry: RegistryEntry;
  /** The registry name's keys (compact, without tone marks, and the fuzzy scan's). */
  name: NameKeys;
  /** districtKey of `district` first, then of every other covered district. */
  districtKeys: string[];
  /** PAO and Bangkok cover their whole province, so a district answer says nothing against them. */
  wholeProvince: boolean;
  /** One per province (PAO) or per country (Pattaya, Bangkok) by law: the type alone singles it out. */
  onlyOfItsType: boolean;
}

export interface ProvinceIndex {
  province: string;
  laos: IndexedLao[];
  byMarks: Map<string, IndexedLao[]>;
  /** The LAO that is the only one of its type here (the PAO): named by its type alone. */
  onlyOfType: Map<LaoType, IndexedLao[]>;
  districts: Set<string>;
  /** LAOs whose registry name is itself cut short with ฯ (none in DLA's registry; other lists write them). */
  abbreviated: IndexedLao[];
  /** nearNames' result per answered name key: colleagues of one LAO type its name alike. */
  near: Memo<string, IndexedLao[]>;
  /** What nearNames scans of `laos`, built once the province is complete. */
  scan: NameScan;
}

export interface MatchIndex {
  provinces: Map<string, ProvinceIndex>;
  byCode: Map<string, IndexedLao>;
  /** Nationwide, for answers whose province is missing or unrecognised. */
  byName: Map<string, IndexedLao[]>;
  byMarks: Map<string, IndexedLao[]>;
  /** Pattaya and Bangkok, found by type alone anywhere. */
  nationalOnes: Map<LaoType, IndexedLao>;
  memo: AnswerMemo;
}

/**
 * Answers repeat (77 provinces, some hundreds of district spellings, 7 types, one LAO name typed by colleagues
 * alike): each distinct one is read once per index.
 */
export class AnswerMemo {
  readonly provinces = new Memo<string, ProvinceAnswer>();
  /** Province ('' when unknown), district answer → reading. */
  readonly districts = new PairMemo<string, string, DistrictAnswer>();
  /** What the fuzzy scan reads from a name key (several spellings of a name share one key). */
  readonly nameKeys = new Memo<string, NameKeys>();
  private readonly types = new Memo<string, TypeAnswer>();
  private readonly names = new Memo<string, LaoNameAnswer>();

  /** The ประเภท อปท. answer read (parseTypeAnswer). */
  typeAnswer(answer: string): TypeAnswer {
    return this.types.get(answer, parseTypeAnswer);
  }

  /** The ชื่อ อปท. answer read (parseLaoNameAnswer). */
  nameAnswer(answer: string): LaoNameAnswer {
    return this.names.get(answer, parseLaoNameAnswer);
  }
}

/** An answered name key's keys, computed once per index. */
export function answeredNameKeys(index: MatchIndex, nameKey: string): NameKeys {
  return index.memo.nameKeys.get(nameKey, nameKeys);
}

const ONE_PER_PROVINCE: ReadonlySet<LaoType> = new Set<LaoType>(['อบจ.']);
const ONE_PER_COUNTRY: ReadonlySet<LaoType> = new Set<LaoType>(['ท้องถิ่นรูปแบบพิเศษ', 'กรุงเทพมหานคร']);

export function buildMatchIndex(registry: readonly RegistryEntry[]): MatchIndex {
  const index: MatchIndex = {
    provinces: new Map(),
    byCode: new Map(),
    byName: new Map(),
    byMarks: new Map(),
    nationalOnes: new Map(),
    memo: new AnswerMemo(),
  };
  const typeCounts = new Map<string, number>();
  for (const entry of registry) {
    const key = `${entry.province}|${entry.type}`;
    typeCounts.set(key, (typeCounts.get(key) ?? 0) + 1);
  }
  for (const entry of registry) {
    const nameKey = compactKey(entry.name);
    const districts = [entry.district, ...entry.districts.filter((d) => d !== entry.district)].filter((d) => d.trim() !== '');
    const lao: IndexedLao = {
      entry,
      name: nameKeys(nameKey),
      districtKeys: districts.map((d) => districtKey(d, entry.province)),
      wholeProvince: entry.type === 'อบจ.' || entry.type === 'กรุงเทพมหานคร',
      onlyOfItsType: ONE_PER_COUNTRY.has(entry.type) || (ONE_PER_PROVINCE.has(entry.type) && typeCounts.get(`${entry.province}|${entry.type}`) === 1),
    };
    index.byCode.set(entry.code, lao);
    push(index.byName, nameKey, lao);
    push(index.byMarks, lao.name.marksKey, lao);
    if (ONE_PER_COUNTRY.has(entry.type)) index.nationalOnes.set(entry.type, lao);
    const province = provinceIndex(index, entry.province);
    province.laos.push(lao);
    push(province.byMarks, lao.name.marksKey, lao);
    if (lao.onlyOfItsType) push(province.onlyOfType, entry.type, lao);
    if (nameKey.endsWith(PAIYANNOI) && Array.from(nameKey).length > 2) province.abbreviated.push(lao);
    for (const d of lao.districtKeys) province.districts.add(d);
  }
  for (const province of index.provinces.values()) province.scan = nameScan(province.laos);
  return index;
}

function provinceIndex(index: MatchIndex, province: string): ProvinceIndex {
  let p = index.provinces.get(province);
  if (!p) {
    p = {
      province,
      laos: [],
      byMarks: new Map(),
      onlyOfType: new Map(),
      abbreviated: [],
      districts: new Set(),
      near: new Memo(),
      scan: nameScan([]),
    };
    index.provinces.set(province, p);
  }
  return p;
}

const PAIYANNOI = '\u0E2F';

/**
 * An LAO name cut short with ฯ (paiyannoi), as Thai writes long names (`ทน.นครศรีฯ`, `ทม.ประจวบฯ`, `ทม.วารินฯ`),
 * read as the one name of the province it begins (longer than the stem: ฯ says something was cut), or of the
 * answered type(s) when the province has several; and the other way round, a full name typed where the registry itself
 * writes the name cut short. The name key unchanged when it is neither, or when the stem fits several names.
 */
export function readCutName(province: ProvinceIndex, key: string, typeFits: (type: LaoType) => boolean): string {
  if (key.endsWith(PAIYANNOI)) {
    const stem = key.slice(0, -1);
    if (Array.from(stem).length < 2) return key;
    const longer = province.laos.filter((l) => l.name.key.length > stem.length && l.name.key.startsWith(stem));
    return oneName(longer) ?? oneName(longer.filter((l) => typeFits(l.entry.type))) ?? key;
  }
  if (province.abbreviated.length === 0 || key === '') return key;
  const cut = province.abbreviated.filter((l) => key.length >= l.name.key.length && key.startsWith(l.name.key.slice(0, -1)));
  return oneName(cut) ?? oneName(cut.filter((l) => typeFits(l.entry.type))) ?? key;
}

/** The name key all of `laos` share, or null (none, or several names). */
function oneName(laos: readonly IndexedLao[]): string | null {
  const names = new Set(laos.map((l) => l.name.key));
  return names.size === 1 ? [...names][0]! : null;
}

export type PlaceLevel = 'equal' | 'close' | 'missing' | 'unrecognised';

/** How a province answer was read: exactly, by a near spelling or a unique part of the name, or not at all. */
export interface ProvinceAnswer {
  province: ProvinceIndex | null;
  /** The normalised answer, also when it names no province of the registry. */
  text: string;
  level: PlaceLevel;
}

/**
 * Province as answered → the registry's province. The form offers a choice, but exported sheets and other
 * forms carry typed text: `จ.ตาก`, a one-letter slip, a unique part (`อยุธยา`, `ประจวบ`), the province's two-letter
 * abbreviation (`ตก`, `ขก.`) or an everyday name (`โคราช`, `นครศรี`; core/lao/province-abbreviations.ts).
 */
export function resolveProvince(index: MatchIndex, answer: string): ProvinceAnswer {
  return index.memo.provinces.get(answer, readProvince, index);
}

function readProvince(answer: string, index: MatchIndex): ProvinceAnswer {
  const text = normaliseProvince(answer);
  if (!text) return { province: null, text, level: 'missing' };
  const exact =
    index.provinces.get(text) ??
    index.provinces.get(expandAbbreviation(text, index.provinces.keys()) ?? '') ??
    index.provinces.get(provinceOfShortName(text) ?? '');
  if (exact) return { province: exact, text, level: 'equal' };
  const near = uniqueNear(text, [...index.provinces.keys()]);
  return near ? { province: index.provinces.get(near)!, text, level: 'close' } : { province: null, text, level: 'unrecognised' };
}

export interface DistrictAnswer {
  /** Bare district as typed (no อ./อำเภอ), '' when blank. */
  text: string;
  /** The answer's district key, read against the answer's province when known. */
  key: string;
  level: PlaceLevel;
}

/** District as answered → a district of the province (when the province is known): exact, near spelling, or not. */
export function resolveDistrict(index: MatchIndex, province: ProvinceIndex | null, answer: string): DistrictAnswer {
  return index.memo.districts.get(province?.province ?? '', answer, readDistrict, province);
}

/** The district answer read against the province (named by `_name`, the memo's key; null when unknown). */
function readDistrict(_name: string, answer: string, province: ProvinceIndex | null): DistrictAnswer {
  const text = normaliseDistrict(answer);
  if (!text) return { text, key: '', level: 'missing' };
  if (!province) return { text, key: text, level: 'unrecognised' };
  const whole = districtKey(text, province.province);
  const typed = province.districts.has(whole) ? whole : districtKey(withoutProvinceAfter(text, province.province), province.province);
  const key = province.districts.has(typed) ? typed : (expandDistrictAbbreviation(typed, province.province, province.districts) ?? typed);
  if (province.districts.has(key)) return { text, key, level: 'equal' };
  const near = uniqueNear(key, [...province.districts]);
  return near ? { text, key: near, level: 'close' } : { text, key, level: 'unrecognised' };
}

/** Whether `key` is the name of an LAO of the province that lies in the district (by its districtKey). */
export function namedInDistrict(index: MatchIndex, key: string, province: ProvinceIndex, district: string): boolean {
  return index.byName.get(key)?.some((l) => l.entry.province === province.province && l.districtKeys.includes(district)) ?? false;
}

/** Whether `key` is the name of an LAO of the province (of a type `typeFits` accepts, when given). */
export function namedInProvince(index: MatchIndex, key: string, province: ProvinceIndex, typeFits: (type: LaoType) => boolean = () => true): boolean {
  return index.byName.get(key)?.some((l) => l.entry.province === province.province && typeFits(l.entry.type)) ?? false;
}

/** The one name within a small edit distance, or else the one that contains the text (4+ characters). */
function uniqueNear(text: string, names: readonly string[]): string | null {
  const length = Array.from(text).length;
  if (length < 4) return null;
  const max = length >= LONG_NAME ? 2 : 1;
  const byDistance = names.filter((n) => editDistance(text, n, max) <= max);
  if (byDistance.length === 1) return byDistance[0]!;
  if (byDistance.length > 1) return null;
  const containing = names.filter((n) => n.includes(text));
  return containing.length === 1 ? containing[0]! : null;
}
