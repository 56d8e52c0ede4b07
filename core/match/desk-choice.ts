import { levelWeight } from './comparison';
import { LAO_COMPARISONS, type LaoLevels, type PairScore, type PreparedQuery } from './comparisons';
import { MATCH_RULE, SPELLED } from './match-rule';

/**
 * What a person at a desk does with the registry open when the scores alone single out no LAO (core/match/match-lao.ts
 * decide): the rules below, in order, each naming the one LAO it reads the answers as, or none (review).
 */
export function deskChoice(q: PreparedQuery, scored: readonly PairScore[]): PairScore | null {
  return statedPlaceChoice(q, scored) ?? provinceListChoice(q, scored) ?? typeSlipChoice(q, scored) ?? onlyNameChoice(q, scored);
}

/** Name levels from the likest to the least alike, for the stated-place rule. */
const NAME_RANK: ReadonlyArray<LaoLevels['name'] | undefined> = ['exact', 'marks', 'edit1', 'edit2', 'short_edit1', 'mid_edit2'];
const nameRank = (s: PairScore): number => {
  const rank = NAME_RANK.indexOf(s.levels.name);
  return rank < 0 ? NAME_RANK.length : rank;
};
/** Within two slips of the answer, at any level the stated-place rule reads, or one name inside the other. */
const nameWithinReach = (s: PairScore): boolean => nameRank(s) < NAME_RANK.length || s.levels.name === 'contains';
const inStatedDistrict = (s: PairScore): boolean => s.levels.district === 'equal' || s.levels.district === 'covered';
// With no type answered, the session chosen stands in for it: each LAO type has its own day.
const ofStatedType = (s: PairScore): boolean =>
  (s.levels.type === 'only_one' || s.levels.type === 'equal' || (s.levels.type === 'missing' && s.levels.session === 'fits')) && s.levels.session !== 'other';
const TYPE_COMPARISON = LAO_COMPARISONS.find((c) => c.id === 'type')!;
const SESSION_COMPARISON = LAO_COMPARISONS.find((c) => c.id === 'session')!;
/** What a type answered would add over the session that stands in for it, for the stated-place rule's minimum. */
const SESSION_FOR_TYPE = levelWeight(TYPE_COMPARISON, 'equal') - levelWeight(SESSION_COMPARISON, 'fits');
const deskScore = (s: PairScore): number => s.answerScore + (s.levels.type === 'missing' && s.levels.session === 'fits' ? SESSION_FOR_TYPE : 0);

/** How many letters the typed name is from an LAO's, by its name level: a difference only in marks counts half. */
const LETTERS_OFF: ReadonlyMap<LaoLevels['name'] | undefined, number> = new Map<LaoLevels['name'] | undefined, number>([
  ['exact', 0],
  ['marks', 0.5],
  ['edit1', 1],
  ['short_edit1', 1],
  ['edit2', 2],
  ['mid_edit2', 2],
]);
const lettersOff = (s: PairScore): number => LETTERS_OFF.get(s.levels.name) ?? Infinity;
/**
 * lettersOff, and for a name that holds the typed one or is held in it, the letters one has more (`พระแท่น` is seven
 * from `พระแท่นลำพระาย`, a swap from ทต.พระแท่นลำพระยา).
 */
const lettersApart = (q: PreparedQuery, s: PairScore): number =>
  s.levels.name === 'contains' ? Math.abs(Array.from(q.name.key).length - Array.from(s.lao.name.key).length) : lettersOff(s);

/**
 * What a person at a desk does when the scores alone do not single out an LAO: look in the district the respondent
 * named, among the LAOs of the type they named (none named: of the session's type). When exactly one there has a
 * name within reach (two slips at most, one in a short name) and it has the minimum score, it is the one, even if a
 * name elsewhere differs only in a tone mark: the stated district outweighs that likeness. A person hesitates, and
 * so does this, when the typed name is exactly another LAO's, another LAO of the district is at least as alike, or an
 * LAO of the type elsewhere in the province is a whole letter nearer (`ดอนตล` in อู่ทอง: ดอนคา there, two letters
 * off, or ดอนตาล of อ.เมือง, one: the district or the name is wrong, and nothing says which).
 */
export function statedPlaceChoice(q: PreparedQuery, scored: readonly PairScore[]): PairScore | null {
  const typeKnown = q.typeClaims.length === 1 || (q.typeClaims.length === 0 && q.sessionTypes !== null);
  if (q.district.level !== 'equal' || !typeKnown || !q.name.key) return null;
  const fits = scored.filter((s) => inStatedDistrict(s) && ofStatedType(s) && nameRank(s) < NAME_RANK.length && deskScore(s) >= MATCH_RULE.minScore);
  if (fits.length !== 1) return null;
  const choice = fits[0]!;
  const nearerElsewhere = (s: PairScore) => ofStatedType(s) && lettersOff(s) + 1 <= lettersOff(choice);
  const hesitate = scored.some(
    (s) => s !== choice && (s.levels.name === 'exact' || (inStatedDistrict(s) ? nameRank(s) <= nameRank(choice) : nearerElsewhere(s))),
  );
  return hesitate ? null : choice;
}

/**
 * No district stated, or none near the name in the district stated: a person reads down the province's list, of the
 * type answered and the session's type (each tells twins of one name apart). One LAO there with the name a letter
 * off (or off only in its marks), every other name of the list within two slips a whole letter further (two slips
 * off, or as many letters more or fewer when one name holds the other), and none of another type nearer: it
 * (`ศาลาแดค` in อ่างทอง; `แคนเหนืฮ` stated in เขาสวนกวาง, where no name is near it, is อบต.แคนเหนือ of อ.บ้านไผ่;
 * `หนองแวฟ` stated in บึงบูรพ์ is อบต.หนองแวง of อ.กันทรารมย์, though หนองแค and หนองแก้ว are two slips off it). A
 * name near it in the district stated, of any type, is the stated-place rule's to weigh.
 */
function provinceListChoice(q: PreparedQuery, scored: readonly PairScore[]): PairScore | null {
  if (q.province.level !== 'equal' || !q.name.key) return null;
  if (q.district.level !== 'missing' && scored.some((s) => nameWithinReach(s) && inStatedDistrict(s))) return null;
  const near = scored.filter((s) => nameWithinReach(s) && s.levels.type !== 'different' && s.levels.session !== 'other');
  const choice = near.find((s) => s.levels.name === 'marks' || s.levels.name === 'edit1');
  if (!choice || near.some((s) => s !== choice && lettersApart(q, s) < lettersOff(choice) + 1)) return null;
  // An LAO of another type nearer to the name (`บางพูน` typed exactly: ทต.บางพูน, not อบต.บางพูด of the type chosen):
  // the name and the type disagree, and a person would ask.
  return scored.some((s) => s.levels.type === 'different' && lettersOff(s) < lettersOff(choice)) ? null : choice;
}

/**
 * The type answered fits no LAO of the province near the name, and one LAO of another type in the district stated is
 * near it (a slip or two in the name at most, no session against it), with no other name near it there: the type
 * was the slip, as a careless dropdown or an SAO upgraded since leaves it (`เถินบุรรี` in เถิน, อบต. chosen, is
 * ทต.เถินบุรี).
 */
function typeSlipChoice(q: PreparedQuery, scored: readonly PairScore[]): PairScore | null {
  if (q.district.level !== 'equal' || q.typeClaims.length !== 1 || !q.name.key) return null;
  if (scored.some((s) => nameWithinReach(s) && s.levels.type !== 'different')) return null;
  const inDistrict = scored.filter((s) => nameWithinReach(s) && inStatedDistrict(s));
  if (inDistrict.length !== 1) return null;
  const choice = inDistrict[0]!;
  return SPELLED.has(choice.levels.name) && choice.levels.session !== 'other' ? choice : null;
}

/**
 * The name typed exactly (or but for its marks) is one LAO's, and no other name of the province is a slip off it, nor
 * within reach in the district stated (that would be the stated answers' LAO with its name mistyped): that LAO, though
 * the type and the district answered are both against it (`ตระเปียงเตีย`, ทต. chosen, in เขวาสินรินทร์:
 * อบต.ตระเปียงเตีย of อ.ลำดวน; `ท่าโพธิ์ศรี`, ทต. chosen, in ศรีเมืองใหม่: อบต.ท่าโพธิ์ศรี of อ.เดชอุดม, though a
 * ทต.โพธิ์ศรี is inside the name, three letters shorter). Not with the session against it too.
 */
function onlyNameChoice(q: PreparedQuery, scored: readonly PairScore[]): PairScore | null {
  if (q.province.level !== 'equal' || !q.name.key) return null;
  // Another name a slip off, or any within reach in the district stated, leaves the name in doubt (one there holding
  // the name typed may be it read another way: `เทศบาลเมืองเวียง` is ทม. + เวียง or เทศบาล + เมืองเวียง); two slips
  // elsewhere do not.
  const near = scored.filter((s) => nameWithinReach(s) && (lettersApart(q, s) <= 1 || inStatedDistrict(s)));
  if (near.length !== 1) return null;
  const choice = near[0]!;
  return (choice.levels.name === 'exact' || choice.levels.name === 'marks') && choice.levels.session !== 'other' ? choice : null;
}
