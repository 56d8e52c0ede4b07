/**
 * The district and the LAO's name each written in the other's box (อำเภอ เสมาใหญ่, ชื่อ อปท. บัวใหญ่), as data-set
 * generators swap neighbouring address fields (FEBRL's dsgen/generate.py, field_swap_prob: address_1 and address_2
 * 2 %, postcode and suburb 1 %). Read as answered, such boxes name the LAO named like the district (อบต.บัวใหญ่), a
 * wrong LAO; a person at a desk reads them the other way round when that fits the registry better. The same for the
 * province and the district, and for a district of another province than the one answered (FEBRL's val_swap: another
 * value of a field's list in its place), read with its own province.
 */
import type { PairScore } from './comparisons';
import type { LaoQuery } from './lao-answer';
import type { CodeConflict, LaoMatch } from './match-lao';
import { namedInDistrict, namedInProvince, resolveDistrict, resolveProvince, type MatchIndex, type ProvinceIndex } from './registry-index';
import { mayBeEnglishLayout, thaiFromEnglishLayout } from '../text/keyboard-layout';

/**
 * How the district box reads when the boxes may be swapped: as no district, as one by a slip, or as one (then only
 * boxes as answered that single out nothing are read the other way round: `อำเภอ บางใหญ่` in the name box beside
 * `บางใหญ่`, or the district's full name `เมืองยะลา` beside `ยะลา`), or as one the LAO the boxes as answered name
 * does not lie in (อำเภอ ป่าแดด beside แม่สรวย: ทต.แม่สรวย lies in แม่สรวย, and อบต.ป่าแดด too).
 */
type DistrictBox = 'none' | 'by_slip' | 'district' | 'district_elsewhere';

/**
 * How the place answers were read other than as answered: the district and the name each from the other's box, the
 * province and the district so, or the province of the district answered in place of the province answered.
 */
export type PlaceReading = 'district_name_swapped' | 'province_district_swapped' | 'province_of_district';

export interface SwappedPlaces {
  /** The answers read otherwise: the district box and the name box exchanged, or the district's own province. */
  query: LaoQuery;
  districtBox: DistrictBox;
  reading: Exclude<PlaceReading, 'province_district_swapped'>;
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
  const { level, key } = resolveDistrict(index, province, query.district);
  const districtBox: DistrictBox | null =
    level === 'unrecognised' ? 'none' : level === 'close' ? 'by_slip' : level === 'equal' ? districtAnswered(index, match, key) : null;
  if (districtBox === null) return null;
  // The name box typed on the English layout reads as the district with the Thai keys (`g-kro,`, เขาพนม).
  const readings = mayBeEnglishLayout(query.laoName) ? [query.laoName, thaiFromEnglishLayout(query.laoName)] : [query.laoName];
  const named = readings.find((text) => resolveDistrict(index, province, text).level === 'equal');
  if (named === undefined) return null;
  // Beside a district, a name box that is some LAO's name too (named like its district) is that name: the boxes as
  // answered only failed to single the LAO out. Swapped is a district written as one (อำเภอ บางใหญ่, เมืองยะลา).
  if (districtBox === 'district' && namedInProvince(index, index.memo.nameAnswer(named).key, province)) return null;
  return { query: { ...query, district: named, laoName: query.district }, districtBox, reading: 'district_name_swapped' };
}

/**
 * A district box that is a district exactly: 'district' when the boxes as answered single out nothing, and
 * 'district_elsewhere' when they name an LAO of another district (a district box that a swap explains as well as a
 * slip would); null when their LAO lies in it (nothing then says the boxes were swapped).
 */
function districtAnswered(index: MatchIndex, match: LaoMatch, district: string): DistrictBox | null {
  if (match.status !== 'matched') return 'district';
  return liesIn(index, match, district) ? null : 'district_elsewhere';
}

/** The name answered is the matched LAO's, marks and all. */
function namedExactly(index: MatchIndex, match: LaoMatch & { status: 'matched' }, query: LaoQuery): boolean {
  return index.byCode.get(match.code)?.name.key === index.memo.nameAnswer(query.laoName).key;
}

/** The LAO matched lies in the district (by its key), or covers the whole province. */
function liesIn(index: MatchIndex, match: LaoMatch & { status: 'matched' }, district: string): boolean {
  const lao = index.byCode.get(match.code);
  return !lao || lao.wholeProvince || lao.districtKeys.includes(district);
}

/**
 * The district answered is no district of the province answered, and is one of exactly one other province: the
 * answers read with that province (the province a slip of a list or a neighbour's, the district right). Weighed as the
 * swapped boxes are (weighSwappedPlaces), except that an LAO the boxes as answered name in the province answered
 * stands beside it (either answer may be the slip: the type decides, or a person asks); null when the district names
 * no other province's district, or several and the name answered is an LAO's in none or several of them.
 *
 * A district answered that is one of the province answered only by a slip or as part of its name (สมเด็จ, of
 * ร้อยเอ็ด's ศรีสมเด็จ) may be another province's exactly (อ.สมเด็จ, กาฬสินธุ์): read so only where an LAO of that
 * district bears the name answered, and the boxes as answered name an LAO that does not lie in the district slipped to.
 */
export function provinceOfDistrict(index: MatchIndex, query: LaoQuery, match: LaoMatch): SwappedPlaces | null {
  const stated = resolveProvince(index, query.province);
  if (stated.level !== 'equal' || !stated.province) return null;
  const { level, key } = resolveDistrict(index, stated.province, query.district);
  if (level !== 'unrecognised' && level !== 'close') return null;
  // Read so only beside an LAO the boxes as answered name elsewhere, and not by its very name (หมูม้น for หมูม่น): where
  // they name none, the slip's district is as likely the one meant, and another province's LAO of a common name would
  // be a guess; where they name one exactly, only the district is off, as in any answer with the district wrong.
  if (level === 'close' && (match.status !== 'matched' || liesIn(index, match, key) || namedExactly(index, match, query))) return null;
  const holding = [...index.provinces.values()].filter((p) => p !== stated.province && resolveDistrict(index, p, query.district).level === 'equal');
  // A district name several provinces share (เฉลิมพระเกียรติ): the one whose district has an LAO of the name answered.
  const named = holding.length > 1 || level === 'close' ? holding.filter((p) => namesLaoIn(index, p, query)) : holding;
  if (named.length !== 1) return null;
  return { query: { ...query, province: named[0]!.province }, districtBox: level === 'close' ? 'by_slip' : 'none', reading: 'province_of_district' };
}

/** An LAO of `province` bears the name answered exactly, in the district answered. */
function namesLaoIn(index: MatchIndex, province: ProvinceIndex, query: LaoQuery): boolean {
  return namedInDistrict(index, index.memo.nameAnswer(query.laoName).key, province, resolveDistrict(index, province, query.district).key);
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
 * it does not. So too when the district box is a district and the LAO as answered lies in another (its district
 * answered wrong, or the boxes swapped), but only beside a swapped reading that names an LAO exactly. Two LAOs of the
 * swapped name in that district (ทต. and อบต.หนองหิน in หนองกุงศรี), and no type to tell them apart, are asked about
 * too, never left to the LAO named like the district.
 */
export function weighSwappedPlaces(query: LaoQuery, match: LaoMatch, swapped: SwappedPlaces, matcher: MatcherReadings): LaoMatch {
  const other = matcher.match(swapped.query);
  const codes = other.status === 'matched' ? [other.code] : other.candidates.map((c) => c.code);
  if (match.status === 'matched' && codes.includes(match.code))
    return evidentSwap(query, match, swapped, other, matcher) ? readSwapped(match, swapped.reading) : match;
  // The LAOs the other reading names exactly, in the district it reads (the name box's, or the one answered in its own
  // province): one, or twins of two types.
  const fits = codes.map((code) => matcher.compare(swapped.query, code)).filter(spelledInDistrict);
  // Beside an LAO the boxes as answered name, a district box that is a district is explained by a slip of the district
  // as well as by a swap: only a swapped reading that names an LAO exactly stands beside it.
  if (fits.length === 0) return swapped.districtBox === 'district_elsewhere' ? match : weighLooseSwap(query, match, swapped, other, matcher);
  if (match.status !== 'matched') return readSwapped(other, swapped.reading);
  const asAnswered = matcher.compare(query, match.code);
  const swappedType = fits.some((f) => f.levels.type !== 'different');
  const answeredType = asAnswered.levels.type !== 'different';
  // The boxes as answered stand too when their LAO bears the name answered in the province answered (the district then
  // the slip), or lies in the district a district box names by a slip: the type answered decides, or a person asks.
  const answeredStands =
    swapped.reading === 'province_of_district'
      ? spelled(asAnswered)
      : swapped.districtBox === 'district_elsewhere' || (swapped.districtBox === 'by_slip' && asAnswered.levels.district === 'close');
  if (other.status === 'matched' && swappedType && (!answeredStands || !answeredType)) return readSwapped(other, swapped.reading);
  if (answeredStands && answeredType && !swappedType) return match;
  return askAboutBoth(matcher, asAnswered, fits, match.codeConflict, swapped.reading);
}

/**
 * Both readings single out the LAO, and the boxes were swapped all the same: the district box holds no district, the
 * name box a district that is not the LAO's own name (an LAO named like its district, in both boxes, shows no swap),
 * and the other reading singles it out too (among its candidates, it is no evidence: อำเภอ ละอุ่นเหนือ beside ทต.
 * ละอุ่น). The row then says so, in place of the check's ไม่พบอำเภอ for the box as typed.
 */
function evidentSwap(query: LaoQuery, match: LaoMatch & { status: 'matched' }, swapped: SwappedPlaces, other: LaoMatch, matcher: MatcherReadings): boolean {
  return swapped.districtBox === 'none' && other.status === 'matched' && !spelled(matcher.compare(query, match.code));
}

/**
 * Read the other way round, the answers single out an LAO, but not as surely: a slip in its name (คฬองหแ), or in
 * another district than the name box's (the district answered wrong too). Taken where the boxes as answered single
 * out nothing; otherwise a person asks, unless the type answered fits only the boxes as answered.
 */
function weighLooseSwap(query: LaoQuery, match: LaoMatch, read: SwappedPlaces, other: LaoMatch, matcher: MatcherReadings): LaoMatch {
  if (other.status !== 'matched') return match;
  if (match.status !== 'matched') return readSwapped(other, read.reading);
  const asAnswered = matcher.compare(query, match.code);
  const swapped = matcher.compare({ ...read.query, laoName: other.englishLayout ?? read.query.laoName }, other.code);
  if (asAnswered.levels.type !== 'different' && swapped.levels.type === 'different') return match;
  return askAboutBoth(matcher, asAnswered, [swapped], match.codeConflict, read.reading);
}

/** What a candidate of the other reading says first in the review list: its explanation is of the answers so read. */
export const READING_NOTES: Readonly<Record<SwappedPlaces['reading'], string>> = {
  district_name_swapped: 'อ่านช่องอำเภอกับชื่อ อปท. สลับกัน: ',
  province_of_district: 'อ่านจังหวัดจากอำเภอที่ตอบ: ',
};

/**
 * The review list of both readings: the LAO of the boxes as answered, and those of the other reading, each of the
 * latter explained as read so (its levels are of the answers so read, not of the boxes the reviewer sees).
 */
function askAboutBoth(
  matcher: MatcherReadings,
  asAnswered: PairScore,
  other: PairScore[],
  codeConflict: CodeConflict | null,
  reading: SwappedPlaces['reading'],
): LaoMatch {
  const review = matcher.ask([asAnswered, ...other], codeConflict);
  if (review.status === 'matched') return review;
  const codes = new Set(other.map((s) => s.lao.entry.code));
  const candidates = review.candidates.map((c) =>
    codes.has(c.code) ? { ...c, explanation: READING_NOTES[reading] + c.explanation, swappedReading: true as const } : c,
  );
  return { ...review, candidates };
}

/** The other reading taken: a match says how it was read, for the reason the row carries. */
function readSwapped(match: LaoMatch, reading: SwappedPlaces['reading']): LaoMatch {
  return match.status === 'matched' ? { ...match, placesRead: reading } : match;
}

/** The name exactly the LAO's (but for marks). */
function spelled(s: PairScore): boolean {
  return s.levels.name === 'exact' || s.levels.name === 'marks';
}

/** The name exactly the LAO's (but for marks), in its district. */
function spelledInDistrict(s: PairScore): boolean {
  return spelled(s) && s.levels.district === 'equal';
}
