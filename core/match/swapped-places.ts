/**
 * The district and the LAO's name each written in the other's box (อำเภอ เสมาใหญ่, ชื่อ อปท. บัวใหญ่), as data-set
 * generators swap neighbouring address fields (FEBRL's dsgen/generate.py, field_swap_prob: address_1 and address_2
 * 2 %, postcode and suburb 1 %). Read as answered, such boxes name the LAO named like the district (อบต.บัวใหญ่), a
 * wrong LAO; a person at a desk reads them the other way round when that fits the registry better. The same for the
 * province and the district.
 */
import type { PairScore } from './comparisons';
import type { LaoQuery } from './lao-answer';
import type { CodeConflict, LaoMatch } from './match-lao';
import { resolveDistrict, resolveProvince, type MatchIndex } from './registry-index';
import { mayBeEnglishLayout, thaiFromEnglishLayout } from '../text/keyboard-layout';

/**
 * How the district box reads when the boxes may be swapped: as no district, as one by a slip, or as one (then only
 * boxes as answered that single out nothing are read the other way round: `อำเภอ บางใหญ่` in the name box beside
 * `บางใหญ่`, or the district's full name `เมืองยะลา` beside `ยะลา`).
 */
type DistrictBox = 'none' | 'by_slip' | 'district';

/** Which two answers were read each from the other's box. */
export type SwappedBoxes = 'district_name' | 'province_district';

export interface SwappedPlaces {
  /** The answers with the district box and the name box exchanged. */
  query: LaoQuery;
  districtBox: DistrictBox;
}

/** What the matcher lends the weighing: its reading of answers, its comparison with one LAO, and its review list. */
export interface MatcherReadings {
  match(query: LaoQuery): LaoMatch;
  compare(query: LaoQuery, code: string): PairScore;
  ask(scores: PairScore[], codeConflict: CodeConflict | null): LaoMatch;
}

/**
 * The answers read the other way round when the boxes look swapped: the name answer is a district of the province
 * exactly, and the district answer no district (or one only by a slip), or one while the boxes as answered (`match`)
 * single out nothing. Null when the boxes do not look swapped.
 */
export function swappedPlaces(index: MatchIndex, query: LaoQuery, match: LaoMatch): SwappedPlaces | null {
  const province = resolveProvince(index, query.province).province;
  if (!province) return null;
  const level = resolveDistrict(index, province, query.district).level;
  const districtBox: DistrictBox | null =
    level === 'unrecognised' ? 'none' : level === 'close' ? 'by_slip' : level === 'equal' && match.status !== 'matched' ? 'district' : null;
  if (districtBox === null) return null;
  // The name box typed on the English layout reads as the district with the Thai keys (`g-kro,`, เขาพนม).
  const readings = mayBeEnglishLayout(query.laoName) ? [query.laoName, thaiFromEnglishLayout(query.laoName)] : [query.laoName];
  const named = readings.find((text) => resolveDistrict(index, province, text).level === 'equal');
  if (named === undefined) return null;
  // Beside a district, a name box that is some LAO's name too (named like its district) is that name: the boxes as
  // answered only failed to single the LAO out. Swapped is a district written as one (อำเภอ บางใหญ่, เมืองยะลา).
  const nameKey = index.memo.nameAnswer(named).key;
  if (districtBox === 'district' && index.byName.get(nameKey)?.some((l) => l.entry.province === province.province)) return null;
  return { query: { ...query, district: named, laoName: query.district }, districtBox };
}

/**
 * The province's box holding a district of the province the district's box names (บัวใหญ่ and นครราชสีมา): the two
 * answers put back in their boxes. Otherwise the answers as they are. A province box that reads as a province, even
 * by a slip, is left alone.
 */
export function provinceAndDistrictInPlace(index: MatchIndex, query: LaoQuery): LaoQuery {
  if (resolveProvince(index, query.province).level !== 'unrecognised') return query;
  const province = resolveProvince(index, query.district).province;
  if (!province || resolveDistrict(index, province, query.province).level !== 'equal') return query;
  return { ...query, province: query.district, district: query.province };
}

/**
 * Read the other way round, the answers name an LAO exactly, in the district the name box gave. A person at a desk
 * takes it when the district box holds no district: an LAO's name there, and the district's name in the other box, say
 * the boxes were swapped, unless the type answered contradicts it (then a person asks: อบต.เสมาใหญ่, or the เทศบาลเมือง
 * บัวใหญ่ chosen). When the district box is a district by a slip (บ้านหาด for บ้านลาด) and the LAO as answered lies
 * there, the boxes as answered may stand too: the type answered decides between the two LAOs, and a person asks when
 * it does not. Two LAOs of the swapped name in that district (ทต. and อบต.หนองหิน in หนองกุงศรี), and no type to tell
 * them apart, are asked about too, never left to the LAO named like the district.
 */
export function weighSwappedPlaces(query: LaoQuery, match: LaoMatch, swapped: SwappedPlaces, matcher: MatcherReadings): LaoMatch {
  const other = matcher.match(swapped.query);
  const codes = other.status === 'matched' ? [other.code] : other.candidates.map((c) => c.code);
  if (match.status === 'matched' && codes.includes(match.code)) return match;
  // The LAOs the swapped reading names exactly, in the district the name box gave: one, or twins of two types.
  const fits = codes.map((code) => matcher.compare(swapped.query, code)).filter(spelledInDistrict);
  if (fits.length === 0) return weighLooseSwap(query, match, swapped.query, other, matcher);
  if (match.status !== 'matched') return readSwapped(other);
  const asAnswered = matcher.compare(query, match.code);
  const swappedType = fits.some((f) => f.levels.type !== 'different');
  const answeredType = asAnswered.levels.type !== 'different';
  // A district box read as a district by a slip speaks for the boxes as answered only if their LAO lies there.
  const bySlip = swapped.districtBox === 'by_slip' && asAnswered.levels.district === 'close';
  if (other.status === 'matched' && swappedType && (!bySlip || !answeredType)) return readSwapped(other);
  if (bySlip && answeredType && !swappedType) return match;
  return askAboutBoth(matcher, asAnswered, fits, match.codeConflict);
}

/**
 * Read the other way round, the answers single out an LAO, but not as surely: a slip in its name (คฬองหแ), or in
 * another district than the name box's (the district answered wrong too). Taken where the boxes as answered single
 * out nothing; otherwise a person asks, unless the type answered fits only the boxes as answered.
 */
function weighLooseSwap(query: LaoQuery, match: LaoMatch, swappedQuery: LaoQuery, other: LaoMatch, matcher: MatcherReadings): LaoMatch {
  if (other.status !== 'matched') return match;
  if (match.status !== 'matched') return readSwapped(other);
  const asAnswered = matcher.compare(query, match.code);
  const swapped = matcher.compare({ ...swappedQuery, laoName: other.englishLayout ?? swappedQuery.laoName }, other.code);
  if (asAnswered.levels.type !== 'different' && swapped.levels.type === 'different') return match;
  return askAboutBoth(matcher, asAnswered, [swapped], match.codeConflict);
}

/** What a candidate of the swapped reading says first in the review list: its explanation is of the boxes swapped. */
export const SWAPPED_READING_NOTE = 'อ่านช่องอำเภอกับชื่อ อปท. สลับกัน: ';

/**
 * The review list of both readings: the LAO of the boxes as answered, and those of the boxes swapped, each of the
 * latter explained as read so (its levels are of the swapped answers, not of the boxes the reviewer sees).
 */
function askAboutBoth(matcher: MatcherReadings, asAnswered: PairScore, swapped: PairScore[], codeConflict: CodeConflict | null): LaoMatch {
  const review = matcher.ask([asAnswered, ...swapped], codeConflict);
  if (review.status === 'matched') return review;
  const codes = new Set(swapped.map((s) => s.lao.entry.code));
  const candidates = review.candidates.map((c) =>
    codes.has(c.code) ? { ...c, explanation: SWAPPED_READING_NOTE + c.explanation, swappedReading: true as const } : c,
  );
  return { ...review, candidates };
}

/** The swapped reading taken: a match says so, for the reason the row carries. */
function readSwapped(match: LaoMatch): LaoMatch {
  return match.status === 'matched' ? { ...match, swappedBoxes: 'district_name' } : match;
}

/** The name exactly the LAO's (but for marks), in its district. */
function spelledInDistrict(s: PairScore): boolean {
  return (s.levels.name === 'exact' || s.levels.name === 'marks') && s.levels.district === 'equal';
}
