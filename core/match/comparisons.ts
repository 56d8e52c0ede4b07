/**
 * The evidence for "this response is about this registry LAO", as comparison data (see comparison.ts):
 * name, type, district, province from the answers, and the รหัส อปท. weighed apart.
 */
import { districtKey } from '../lao/place';
import { always, compare, comparison, explain, levelWeight, type LevelIds } from './comparison';
import { editDistance } from './edit-distance';
import type { DistrictAnswer, IndexedLao, ProvinceAnswer } from './registry-index';
import type { NameKeys } from './name-keys';
import { LONG_NAME, MIN_CONTAINED } from './near-names';
import type { LaoType } from '../vocabulary';

/** A type the answers claim: a registry type, or "some เทศบาล" (level not given). */
export type TypeClaim = LaoType | 'เทศบาล';

/** The answers, read once per response. */
export interface PreparedQuery {
  province: ProvinceAnswer;
  district: DistrictAnswer;
  /** Distinct claims from the form's type choice and the name's prefix; two claims mean they contradict. */
  typeClaims: TypeClaim[];
  /** The answered name's keys ('' when no name was given). */
  name: NameKeys;
  /** Another reading of the name that a person would weigh too (match-lao.ts, readStatedPlace); null when none. */
  otherName: NameKeys | null;
  /** Cleaned รหัส อปท., '' when not given. */
  code: string;
  /** Types of the chosen session; null when none was chosen or it is for every type (then it tells nothing). */
  sessionTypes: ReadonlySet<LaoType> | null;
}

/** One (answers, registry entry) pair being compared; the edit distance and district key are computed at most once. */
export class Pair {
  private distance: number | undefined;
  private districtKey: string | undefined;
  constructor(
    readonly query: PreparedQuery,
    readonly lao: IndexedLao,
  ) {}

  /** Name edit distance, exact up to 2 (3 means "more"). */
  nameDistance(): number {
    if (this.distance === undefined) this.distance = editDistance(this.query.name.key, this.lao.name.key, 2);
    return this.distance;
  }

  /** The answer's district key against this entry's province (up to three district levels ask for it). */
  answerDistrictKey(): string {
    if (this.districtKey === undefined) this.districtKey = answerDistrictKey(this);
    return this.districtKey;
  }

  shorterName(): number {
    return Math.min(this.query.name.slots.length, this.lao.name.slots.length);
  }

  longerName(): number {
    return Math.max(this.query.name.slots.length, this.lao.name.slots.length);
  }
}

const laoComparison = comparison<Pair>();

function satisfies(claim: TypeClaim, type: LaoType): boolean {
  return claim === 'เทศบาล' ? type.startsWith('เทศบาล') : claim === type;
}

/** How many of the answers' type claims this LAO's type satisfies. A loop, not filter(): up to three levels ask, per pair. */
function claimsHeld(pair: Pair): number {
  let held = 0;
  for (const claim of pair.query.typeClaims) if (satisfies(claim, pair.lao.entry.type)) held++;
  return held;
}

/** A claim of a specific type, not only "some เทศบาล" (at module level: a closure per pair showed in profiles). */
const isSpecific = (claim: TypeClaim): boolean => claim !== 'เทศบาล';

/** The answer's district key against this entry's province (the capital district is written many ways). */
function answerDistrictKey(pair: Pair): string {
  const { province, district } = pair.query;
  if (province.province?.province === pair.lao.entry.province) return district.key;
  return districtKey(district.text, pair.lao.entry.province);
}

function containsName(pair: Pair): boolean {
  const shorter = pair.shorterName();
  if (shorter < MIN_CONTAINED || shorter * 2 < pair.longerName()) return false;
  const a = pair.query.name.key;
  const b = pair.lao.name.key;
  return a.length < b.length ? b.includes(a) : a.includes(b);
}

export const LAO_COMPARISONS = [
  laoComparison('name', [
    { id: 'missing', label: 'ไม่ได้ระบุชื่อ อปท.', weight: 0, when: (p) => p.query.name.key === '' },
    { id: 'exact', label: 'ชื่อตรงกัน', weight: 10, when: (p) => p.query.name.key === p.lao.name.key },
    { id: 'marks', label: 'ชื่อต่างกันเฉพาะวรรณยุกต์หรือการันต์', weight: 9, when: (p) => p.query.name.marksKey === p.lao.name.marksKey },
    { id: 'edit1', label: 'ชื่อสะกดต่างกัน 1 ตัวอักษร', weight: 5, when: (p) => p.shorterName() >= 4 && p.nameDistance() <= 1 },
    { id: 'edit2', label: 'ชื่อสะกดต่างกัน 2 ตัวอักษร', weight: 2, when: (p) => p.shorterName() >= LONG_NAME && p.nameDistance() <= 2 },
    // Weaker likenesses, enough only with the type and district answered alike (1 + 4 + 3 + 2 = the minimum score):
    // a short name (2-3 letters) with one slip, a name of 4-7 letters with two. Another LAO of the district that
    // is as close ties with it and goes to review.
    {
      id: 'short_edit1',
      label: 'ชื่อสั้นสะกดต่างกัน 1 ตัวอักษร',
      weight: 1,
      when: (p) => p.shorterName() >= 2 && p.nameDistance() <= 1,
    },
    { id: 'mid_edit2', label: 'ชื่อสะกดต่างกัน 2 ตัวอักษร', weight: 1, when: (p) => p.shorterName() >= 4 && p.nameDistance() <= 2 },
    { id: 'contains', label: 'ชื่อหนึ่งเป็นส่วนหนึ่งของอีกชื่อ', weight: 1, when: containsName },
    // Bangkok is the only LAO of its province: a district office or department named instead is part of it.
    { id: 'bma_unit', label: 'หน่วยงานของกรุงเทพมหานคร', weight: 0, when: (p) => p.lao.entry.type === 'กรุงเทพมหานคร' },
    { id: 'different', label: 'ชื่อไม่ตรงกัน', weight: -8, when: always },
  ]),
  // Type claims come from the form's choice and from a prefix typed in the name. When they contradict each other
  // neither is preferred (a careless dropdown and a stale name are both common): each type claimed scores
  // `one_of`, so same-name LAOs of the two types tie and go to review, while a name only one LAO has still matches.
  // A type that contradicts the registry counts against (-3) without vetoing: upgraded SAOs keep their code.
  laoComparison('type', [
    { id: 'missing', label: 'ไม่ได้ระบุประเภท', weight: 0, when: (p) => p.query.typeClaims.length === 0 },
    {
      id: 'only_one',
      label: 'ประเภทตรงกัน (มีแห่งเดียว)',
      weight: 10,
      when: (p) => p.lao.onlyOfItsType && p.query.typeClaims.length === 1 && p.query.typeClaims[0] === p.lao.entry.type,
    },
    {
      id: 'equal',
      label: 'ประเภทตรงกัน',
      weight: 4,
      when: (p) => claimsHeld(p) === p.query.typeClaims.length && p.query.typeClaims.some(isSpecific),
    },
    { id: 'municipality', label: 'เป็นเทศบาล (ไม่ได้ระบุระดับ)', weight: 2, when: (p) => claimsHeld(p) === p.query.typeClaims.length },
    { id: 'one_of', label: 'ประเภทตรงกับคำตอบหนึ่ง (ประเภทที่เลือกขัดกับคำนำหน้าชื่อ)', weight: 1, when: (p) => claimsHeld(p) > 0 },
    { id: 'different', label: 'ประเภทไม่ตรงกัน', weight: -3, when: always },
  ]),
  // People pick the session of their own type: a session for another type casts doubt on a same-name twin.
  laoComparison('session', [
    { id: 'missing', label: '', weight: 0, when: (p) => p.query.sessionTypes === null },
    { id: 'fits', label: 'รอบการประชุมที่เลือกเป็นของประเภทนี้', weight: 1, when: (p) => p.query.sessionTypes!.has(p.lao.entry.type) },
    { id: 'other', label: 'รอบการประชุมที่เลือกเป็นของประเภทอื่น', weight: -4, when: always },
  ]),
  laoComparison('district', [
    { id: 'missing', label: 'ไม่ได้ระบุอำเภอ', weight: 0, when: (p) => p.query.district.level === 'missing' },
    {
      id: 'equal',
      label: 'อำเภอตรงกัน',
      weight: 3,
      when: (p) => p.query.district.level !== 'close' && p.answerDistrictKey() === p.lao.districtKeys[0],
    },
    {
      id: 'covered',
      label: 'อำเภออยู่ในพื้นที่ของ อปท.',
      weight: 3,
      when: (p) => p.query.district.level !== 'close' && p.lao.districtKeys.includes(p.answerDistrictKey()),
    },
    { id: 'close', label: 'อำเภอสะกดใกล้เคียง', weight: 2, when: (p) => p.lao.districtKeys.includes(p.answerDistrictKey()) },
    { id: 'whole_province', label: 'อปท. ครอบคลุมทั้งจังหวัด', weight: 0, when: (p) => p.lao.wholeProvince },
    {
      id: 'unrecognised',
      label: 'ไม่พบอำเภอที่ตอบในจังหวัด',
      weight: 0,
      when: (p) => p.query.district.level === 'unrecognised' && p.query.province.province !== null,
    },
    { id: 'different', label: 'อำเภอไม่ตรงกัน', weight: -3, when: always },
  ]),
  laoComparison('province', [
    { id: 'missing', label: 'ไม่ได้ระบุจังหวัด', weight: 0, when: (p) => p.query.province.level === 'missing' },
    { id: 'unrecognised', label: 'ไม่พบจังหวัดที่ตอบ', weight: 0, when: (p) => p.query.province.level === 'unrecognised' },
    {
      id: 'equal',
      label: 'จังหวัดตรงกัน',
      weight: 2,
      when: (p) => p.query.province.level === 'equal' && p.query.province.province?.province === p.lao.entry.province,
    },
    { id: 'close', label: 'จังหวัดสะกดใกล้เคียง', weight: 1, when: (p) => p.query.province.province?.province === p.lao.entry.province },
    { id: 'different', label: 'จังหวัดไม่ตรงกัน', weight: -10, when: always },
  ]),
  laoComparison('code', [
    { id: 'missing', label: '', weight: 0, when: (p) => p.query.code === '' },
    { id: 'equal', label: 'รหัส อปท. ตรงกัน', weight: 12, when: (p) => p.query.code === p.lao.entry.code },
    { id: 'different', label: 'รหัส อปท. ไม่ตรงกัน', weight: -2, when: always },
  ]),
] as const;

/** Comparison id → the union of its level ids ('name' → 'missing' | 'exact' | …). */
export type LaoLevels = LevelIds<typeof LAO_COMPARISONS>;
export type LaoComparisonId = keyof LaoLevels;

/** What every comparison said about one pair. */
export interface PairScore {
  lao: IndexedLao;
  /** comparison id → fired level id */
  levels: Partial<LaoLevels>;
  fired: Array<{ label: string; weight: number }>;
  /** Sum over the answers alone (code left out). */
  answerScore: number;
  /** answerScore plus the code's weight. */
  score: number;
}

const CODE_COMPARISON = LAO_COMPARISONS.find((c) => c.id === 'code')!;

export function scorePair(query: PreparedQuery, lao: IndexedLao): PairScore {
  const { levels, fired, total } = compare(LAO_COMPARISONS, new Pair(query, lao));
  // The code is weighed apart from the other answers, so a wrong code can be told from a wrong answer.
  return { lao, levels, fired, answerScore: total - levelWeight(CODE_COMPARISON, levels.code), score: total };
}

/** Thai: the fired levels with their weights, e.g. `ชื่อตรงกัน +10, ไม่ได้ระบุประเภท 0, ... = +15`. */
export function explainScore(score: PairScore): string {
  return explain(score.fired, score.score);
}
