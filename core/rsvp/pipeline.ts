import { cellText, type Grid } from '../../sheets-schema/cell';
import { rsvpResponsesSheet, type RsvpResponseKey, type RsvpResponseRow } from '../../sheets-schema/rsvp-form';
import { readTable, type TableProblem } from '../../sheets-schema/table';
import { comparePeople, findDuplicates, type DuplicateLink } from '../dedupe/find-duplicates';
import { samePersonOtherLao } from '../dedupe/other-laos';
import { laoFromOtherSubmissions, type LaoFit } from '../dedupe/other-submissions';
import type { Registration } from '../dedupe/person-comparisons';
import type { LaoQuery } from '../match/lao-answer';
import { matchLao, nearInProvince, type CodeConflict, type LaoMatch } from '../match/match-lao';
import type { PlaceReading } from '../match/swapped-places';
import { buildMatchIndex, resolveProvince, type MatchIndex } from '../match/registry-index';
import { Memo } from '../memo';
import { Registry } from '../registry/index';
import { push } from '../push';
import type { RegistryEntry } from '../registry/types';
import { compactKey } from '../text/thai';
import { detectDateOrder } from '../dates/parse';
import { checkMemo, checkResponse, sessionTypeReason, type CheckMemo, type CheckResult } from './checks';
import { readPickedLao } from './picked-lao';
import { hasError, reason, type ReasonCode } from './reasons';
import type { Session } from './sessions';
import type { AnnotatedResponse, Reason } from './types';
import type { LaoType } from '../vocabulary';

export interface PipelineInput {
  registry: Registry | readonly RegistryEntry[];
  sessions: readonly Session[];
  /** The linked responses sheet (or its CSV/XLSX download), header row first. Never modified. */
  grid: Grid;
  /** When the job runs: a submission stamped later than this cannot be right, so it is not taken as the newest. */
  now?: Date;
  /** A match index built earlier from the same registry (saves rebuilding it per call). */
  matchIndex?: MatchIndex;
}

export type PipelineResult = { ok: true; responses: AnnotatedResponse[] } | { ok: false; problems: TableProblem[] };

/**
 * Every response of the RSVP sheet, annotated: checked (core/rsvp/checks), matched to its LAO (core/match), and
 * deduplicated per LAO (core/dedupe). Each response gets exactly one status:
 * `invalid` (a blocking error), else `unmatched` (the answers do not single out one LAO; candidates listed), else
 * `duplicate` (an earlier submission of a person who registered again; points to the kept row), else `ok`.
 * An unmatched response of someone who surely registered for one LAO by another submission takes that LAO and joins
 * that person's submissions (core/dedupe/other-submissions.ts), or, earlier and with answers that point elsewhere, is
 * replaced by the registration as a correction (`lao_changed`); a registration for another LAO is replaced by a later
 * correction the same way (core/dedupe/other-laos.ts). Of unmatched responses of one person (surely: the same mobile
 * or e-mail) with the same answers, the earlier ones are duplicates of the newest, which stays for review. Warnings
 * travel with the row whatever its status. Reports missing columns, in Thai, instead of guessing.
 */
export function processResponses(input: PipelineInput): PipelineResult {
  const registry = input.registry instanceof Registry ? input.registry : new Registry(input.registry);
  // Our own form's LAO is picked from a list: read back exactly, it needs no matching.
  const picked = readPickedLao(input.grid, registry);
  const table = readTable(rsvpResponsesSheet, picked.grid);
  if (!table.ok) return { ok: false, problems: table.problems };
  const index = input.matchIndex ?? buildMatchIndex(registry.entries);

  const memo = checkMemo();
  // Four or so session labels repeat over thousands of rows: each is read once (the checks read it the same way).
  const typesOf = (row: RsvpResponseRow) => memo.session(cellText(row.session ?? null), input.sessions).session?.laoTypes;
  const timestampColumn = table.columnIndex.timestamp;
  memo.dateOrder = detectDateOrder(
    table.rows.map((row) => row.timestamp ?? null),
    timestampColumn === undefined ? '' : cellText(input.grid[0]?.[timestampColumn] ?? null),
  );
  // Two passes, every row matched and then every row checked, rather than both per row: each pass keeps its own
  // tables and memos in the processor's caches (the responses stage's main-thread CPU ~8% lower, national data set).
  const found = table.rows.map((row) => findLao(row, registry, index, typesOf(row), picked.codeOf(row.rowNumber)));
  const rows = table.rows.map((row, i) => annotate(row, found[i]!, registry, index, input.sessions, memo));
  const byRow = new Map(rows.map((r) => [r.response.row, r]));
  // One registration per row and LAO, however often it is asked for (dedupe, then the check for other LAOs): the
  // ~27,000 kept rows' registrations were built twice, and the second set survived the scavenges like the first.
  const asRegistration = (r: Annotated, laoCode: string): Registration => {
    if (r.registration?.laoCode === laoCode) return r.registration;
    const { response, check } = r;
    return (r.registration = {
      row: response.row,
      laoCode,
      submittedAt: input.now && response.submittedAt && response.submittedAt > input.now ? null : response.submittedAt,
      person: check.parsed.person,
      phone: check.parsed.phone,
      email: check.parsed.email,
      position: check.parsed.position,
    });
  };
  const registrations = rows.filter((r) => r.response.status === 'ok').map((r) => asRegistration(r, r.response.laoCode!));
  const unmatched = rows.filter((r) => r.response.status === 'unmatched');

  const outcomes = laoFromOtherSubmissions(
    unmatched.map((r) => ({
      ...asRegistration(r, ''),
      fit: (code: string) => laoFit(index, r, code),
      sessionSidesWith: (code: string) => sessionSidesWith(index, r.query, registry.byCode.get(code)!),
    })),
    registrations,
  );
  const { taken, links } = dedupe(
    registrations,
    outcomes.flatMap((o) => (o.kind === 'lao' ? [{ ...o, registration: asRegistration(byRow.get(o.row)!, o.laoCode) }] : [])),
  );
  for (const t of taken) {
    const r = byRow.get(t.row)!;
    assignLao(r.response, registry.byCode.get(t.laoCode)!);
    r.response.status = 'ok';
    recheckSession(r, input.sessions);
    r.response.reasons.push(reason('lao_from_other_submission', { row: t.from }));
  }
  for (const link of links) {
    const response = byRow.get(link.row)!.response;
    response.status = 'duplicate';
    response.duplicateOf = link.duplicateOf;
    response.reasons.push(reason('duplicate_of', { row: link.duplicateOf }));
  }
  for (const o of outcomes) {
    if (o.kind === 'review') byRow.get(o.row)!.response.reasons.push(reason('possible_duplicate', { row: o.with }));
    if (o.kind !== 'replaced') continue;
    // As a registration for another LAO replaced by a correction (otherLaoRegistrations): the earlier points to it.
    const earlier = byRow.get(o.row)!.response;
    const kept = byRow.get(o.by)!.response.duplicateOf ?? o.by;
    earlier.status = 'duplicate';
    earlier.duplicateOf = kept;
    earlier.reasons.push(reason('lao_changed', { row: kept }));
    byRow.get(kept)!.response.reasons.push(reason('other_lao_registration', { row: o.row }));
  }
  otherLaoRegistrations(rows, byRow, asRegistration);
  mergeRepeatedUnmatched(
    rows.filter((r) => r.response.status === 'unmatched'),
    asRegistration,
  );
  return { ok: true, responses: rows.map((r) => r.response) };
}

interface Annotated {
  response: AnnotatedResponse;
  check: CheckResult;
  query: LaoQuery;
  /** The row as dedupe sees it, for the LAO last asked for (asRegistration); undefined until asked. */
  registration: Registration | undefined;
}

interface Taken {
  row: number;
  laoCode: string;
  from: number;
  registration: Registration;
}

/**
 * Duplicates among the registrations and the responses that took an LAO from another submission. A taken LAO
 * stands only where dedupe puts the response with the person's registration it came from; the others are left out
 * and dedupe runs again (rarely: the person would have to look like two people of that LAO).
 */
function dedupe(registrations: readonly Registration[], taken: readonly Taken[]): { taken: readonly Taken[]; links: DuplicateLink[] } {
  const links = findDuplicates([...registrations, ...taken.map((t) => t.registration)]);
  const keptOf = new Map(links.map((l) => [l.row, l.duplicateOf]));
  const standing = taken.filter((t) => (keptOf.get(t.row) ?? t.row) === (keptOf.get(t.from) ?? t.from));
  return standing.length === taken.length ? { taken, links } : dedupe(registrations, standing);
}

/**
 * The workshop session chosen is for the LAO's type, and the type is stated once (chosen, or written before the name)
 * and not for that session: the session and the LAO say one type, one answer another. A type stated twice outweighs
 * the session.
 */
function sessionSidesWith(index: MatchIndex, query: LaoQuery, lao: RegistryEntry): boolean {
  const sessionTypes = query.sessionTypes ?? [];
  if (!sessionTypes.includes(lao.type)) return false;
  // Matching read these answers already (the index's memo).
  const answered = [index.memo.typeAnswer(query.typeAnswer).type, index.memo.nameAnswer(query.laoName).type].filter((t) => t !== null);
  return answered.length === 1 && !sessionTypes.includes(answered[0]!);
}

/**
 * How an unmatched response's answers fit an LAO: among its candidates (the best of them or not), or near by name.
 * A candidate of the place answers read another way (swapped boxes, the district's province) is weighed against that
 * reading's candidates only: each reading scores its own answers, and either may be the one meant.
 */
function laoFit(index: MatchIndex, r: Annotated, code: string): LaoFit {
  const { candidates } = r.response;
  const candidate = candidates.find((c) => c.code === code);
  if (candidate) {
    const rivals = candidates.filter((c) => c.swappedReading === candidate.swappedReading);
    return rivals.every((c) => c.score <= candidate.score) ? 'best' : 'fits';
  }
  if (!nearInProvince(index, r.query, code)) return null;
  return candidates.length === 0 ? 'best' : 'fits';
}

/**
 * The same person kept for two LAOs: a correction (same name, mobile and e-mail) replaces the earlier registration,
 * which then points to the later one with everything that pointed to it; otherwise both are flagged for review.
 */
function otherLaoRegistrations(
  rows: readonly Annotated[],
  byRow: ReadonlyMap<number, Annotated>,
  asRegistration: (r: Annotated, laoCode: string) => Registration,
): void {
  const kept = rows.filter((r) => r.response.status === 'ok').map((r) => asRegistration(r, r.response.laoCode!));
  const links = samePersonOtherLao(kept);
  // The submissions pointing to each row, kept up to date below: corrections may chain (A replaced by B, then B by C).
  const pointingTo = new Map<number, AnnotatedResponse[]>();
  if (links.some((link) => link.correction)) {
    for (const r of rows) if (r.response.duplicateOf !== null) push(pointingTo, r.response.duplicateOf, r.response);
  }
  for (const link of links) {
    const earlier = byRow.get(link.row)!.response;
    const later = byRow.get(link.later)!.response;
    if (!link.correction) {
      earlier.reasons.push(reason('other_lao_registration', { row: link.later }));
      later.reasons.push(reason('other_lao_registration', { row: link.row }));
      continue;
    }
    earlier.status = 'duplicate';
    earlier.duplicateOf = link.later;
    earlier.reasons.push(reason('lao_changed', { row: link.later }));
    later.reasons.push(reason('other_lao_registration', { row: link.row }));
    // Earlier submissions kept under the replaced registration follow it to the person's latest.
    const following = pointingTo.get(link.row) ?? [];
    pointingTo.delete(link.row);
    for (const response of following) {
      response.duplicateOf = link.later;
      response.reasons = response.reasons.map((x) => (x.code === 'duplicate_of' && x.otherRow === link.row ? reason('duplicate_of', { row: link.later }) : x));
    }
    for (const response of [earlier, ...following]) push(pointingTo, link.later, response);
  }
}

/**
 * Unmatched responses of one person with the same LAO answers are one person trying again: dedupe's rule, with the
 * answers standing in for the LAO. Without an LAO the name alone is not enough (two `ทดสอบ` test rows are nobody),
 * so only a sure match (the same mobile or e-mail, `Verdict.sure` / `sureByContacts`) is merged: each earlier try
 * is a duplicate of the newest (the person counts once; no LAO is given), and the newest stays unmatched, so review
 * still settles its LAO once. A match that is not sure only points the earlier try to the newest for review. Tries
 * with other answers but the same name, mobile and e-mail are one person correcting them: the earlier points to the
 * newest the same way.
 */
function mergeRepeatedUnmatched(unmatched: readonly Annotated[], asRegistration: (r: Annotated, laoCode: string) => Registration): void {
  const keys = new Memo<string, string>();
  const key = (answer: string) => keys.get(answer, compactKey);
  const answersKey = ({ query: q }: Annotated) => [q.province, q.district, q.typeAnswer, q.laoName, q.code].map((a) => key(a ?? '')).join('|');
  const byRow = new Map(unmatched.map((r) => [r.response.row, r.response]));
  const registrations = new Map(unmatched.map((r) => [r.response.row, asRegistration(r, answersKey(r))]));
  const markDuplicate = (response: AnnotatedResponse, of: number) => {
    response.status = 'duplicate';
    response.duplicateOf = of;
    response.reasons = response.reasons.filter((x) => x.code !== 'possible_duplicate');
    response.reasons.push(reason('duplicate_of', { row: of }));
  };
  for (const link of findDuplicates([...registrations.values()])) {
    const response = byRow.get(link.row)!;
    const verdict = comparePeople(registrations.get(link.row)!, registrations.get(link.matchedRow)!);
    if (!verdict.sure && !verdict.sureByContacts) {
      if (!response.reasons.some((x) => x.code === 'possible_duplicate')) response.reasons.push(reason('possible_duplicate', { row: link.duplicateOf }));
      continue;
    }
    markDuplicate(response, link.duplicateOf);
  }
  // Other answers, the same name, mobile and e-mail: the person corrected the answers, as a registration for another
  // LAO replaces the earlier one (otherLaoRegistrations). The earlier try points to the newest, which stays for review.
  const stillUnmatched = [...registrations.values()].filter((r) => byRow.get(r.row)!.status === 'unmatched');
  // Both contacts, not one: a name and one address (a tester's account, collected by the form) are not enough here.
  for (const link of samePersonOtherLao(stillUnmatched)) if (link.bothContacts) markDuplicate(byRow.get(link.row)!, link.later);
}

/** A response's LAO answers and what they single out: the LAO picked on our own form, or matched, or none. */
interface FoundLao {
  query: LaoQuery;
  /** Null when the LAO was picked from the form's list, or nothing about the LAO was answered. */
  match: LaoMatch | null;
  entry: RegistryEntry | undefined;
}

function findLao(
  row: RsvpResponseRow,
  registry: Registry,
  index: MatchIndex,
  sessionTypes: readonly LaoType[] | undefined,
  pickedCode: string | undefined,
): FoundLao {
  const text = (key: RsvpResponseKey): string => cellText(row[key] ?? null);
  const query: LaoQuery = {
    province: text('province'),
    district: text('district'),
    typeAnswer: text('laoType'),
    laoName: text('laoName'),
    code: text('laoCode'),
    sessionTypes,
  };
  const hasLaoAnswer = hasText(query.province) || hasText(query.district) || hasText(query.typeAnswer) || hasText(query.laoName) || hasText(query.code);
  const pickedEntry = pickedCode === undefined ? undefined : registry.byCode.get(pickedCode);
  const match: LaoMatch | null = pickedEntry || !hasLaoAnswer ? null : matchLao(index, query);
  const entry = pickedEntry ?? (match?.status === 'matched' ? match.entry : undefined);
  return { query, match, entry };
}

/** A response checked (core/rsvp/checks, against its LAO's type when found) and given its status and reasons. */
function annotate(
  row: RsvpResponseRow,
  { query, match, entry }: FoundLao,
  registry: Registry,
  index: MatchIndex,
  sessions: readonly Session[],
  memo: CheckMemo,
): Annotated {
  // Checked after matching, so the session is judged against the matched LAO's type.
  const check = checkResponse(row, sessions, { registry, laoType: entry?.type ?? null, memo });
  // The check's own list (nothing else reads it): the row's reasons start from it.
  let reasons: Reason[] = check.reasons;
  if (match?.codeConflict) reasons.push(...codeReasons(match.codeConflict, reasons));
  if (match?.status === 'matched' && match.englishLayout)
    reasons.push(reason('lao_name_english_layout', { value: query.laoName, expected: match.englishLayout }));
  if (match?.status === 'matched' && match.placesRead) {
    // The reading's reason names the box the check found no place in and what it was read as: the check's warning
    // beside it (ไม่พบอำเภอ, on a row whose LAO lies in a district) would say the same thing as if nothing were found.
    const explained = PLACE_WARNING_READ[match.placesRead];
    reasons = reasons.filter((r) => r.code !== explained);
    reasons.push(placesReadReason(match.placesRead, query, match.entry));
  }

  const { parsed } = check;
  const place = entry ? laoFields(entry) : answeredPlace(index, query, check);
  // Fields written out (not spread): one object per row, in the order report.json lists them.
  const response: AnnotatedResponse = {
    row: row.rowNumber,
    status: 'ok',
    submittedAt: parsed.submittedAt,
    laoCode: place.laoCode,
    province: place.province,
    district: place.district,
    laoType: place.laoType,
    laoName: place.laoName,
    personName: parsed.person.display,
    position: parsed.position,
    phone: parsed.phoneDisplay,
    email: parsed.emailDisplay,
    session: parsed.session?.label ?? parsed.sessionAnswer,
    duplicateOf: null,
    reasons,
    candidates: match && match.status !== 'matched' ? match.candidates : [],
  };
  if (hasError(reasons)) {
    response.status = 'invalid';
    response.laoCode = null;
  } else if (!entry) {
    response.status = 'unmatched';
    if (match?.status === 'ambiguous') reasons.push(reason('lao_ambiguous', { count: match.candidates.length }));
    else if (match?.status === 'not_found' && match.notAnLao) reasons.push(reason('lao_office_not_lao', { value: query.laoName }));
    else reasons.push(reason('lao_not_found'));
  }
  return { response, check, query, registration: undefined };
}

/**
 * The check's place warning (core/rsvp/checks.ts, placeReasons) that each reading accounts for: the box it found no
 * place in is the box the reading took another way (a district box holding the LAO's name, a province box holding the
 * district, a district not of the province answered).
 */
const PLACE_WARNING_READ: Record<PlaceReading, ReasonCode> = {
  district_name_swapped: 'district_unknown',
  province_district_swapped: 'province_unknown',
  province_of_district: 'district_unknown',
};

/** How the place answers were read, as the row's reason says it: the two boxes a swap exchanged, or the province. */
function placesReadReason(reading: PlaceReading, query: LaoQuery, lao: RegistryEntry): Reason {
  if (reading === 'province_of_district') return reason('province_from_district', { value: query.district, expected: lao.province });
  return reason('lao_boxes_swapped', { value: reading === 'district_name_swapped' ? 'อำเภอกับชื่อ อปท.' : 'จังหวัดกับอำเภอ' });
}

/** Anything but spaces (a blank answer says nothing about the LAO). */
function hasText(answer: string | undefined): boolean {
  return answer !== undefined && answer !== '' && answer.trim() !== '';
}

const UNMATCHED_REASONS: ReadonlySet<string> = new Set(['lao_ambiguous', 'lao_not_found', 'lao_office_not_lao']);

type LaoFields = Pick<AnnotatedResponse, 'laoCode' | 'province' | 'district' | 'laoType' | 'laoName'>;

/** A registry LAO's code, and its place, type and name as the registry spells them. */
function laoFields(entry: RegistryEntry): LaoFields {
  return { laoCode: entry.code, province: entry.province, district: entry.district, laoType: entry.type, laoName: entry.name };
}

/** Without an LAO: the place, type and name as answered (normalised), so review can still group the response. */
function answeredPlace(index: MatchIndex, query: LaoQuery, { parsed }: CheckResult): LaoFields {
  return {
    laoCode: null,
    province: parsed.province ? (resolveProvince(index, parsed.province).province?.province ?? parsed.province) : null,
    district: parsed.district,
    laoType: answeredType(index, query),
    laoName: index.memo.nameAnswer(query.laoName).name || null,
  };
}

/** An unmatched response is given an LAO: its fields, no candidates, no "unmatched" reasons. */
function assignLao(response: AnnotatedResponse, entry: RegistryEntry): void {
  Object.assign(response, laoFields(entry));
  response.candidates = [];
  response.reasons = response.reasons.filter((r) => !UNMATCHED_REASONS.has(r.code));
}

/** The session judged again, against the type of the LAO the response was given. */
function recheckSession({ response, check }: Annotated, sessions: readonly Session[]): void {
  const session = check.parsed.session;
  const wrong = session && response.laoType ? sessionTypeReason(session, response.laoType, sessions) : null;
  response.reasons = response.reasons.filter((r) => r.code !== 'session_wrong_type');
  if (wrong) response.reasons.push(wrong);
}

/** The answered type, when the form choice and the name prefix give one (and do not contradict each other). */
function answeredType(index: MatchIndex, query: LaoQuery): AnnotatedResponse['laoType'] {
  // Matching read these answers already (the index's memo).
  const choice = index.memo.typeAnswer(query.typeAnswer).type;
  const prefix = index.memo.nameAnswer(query.laoName).type;
  return choice && prefix && choice !== prefix ? null : (choice ?? prefix);
}

/** The code conflict as a reason, unless the checks already said the code is malformed. */
function codeReasons(conflict: CodeConflict, already: readonly Reason[]): Reason[] {
  if (already.some((r) => r.code === 'code_invalid')) return [];
  if (conflict.kind === 'not_in_registry') return [reason('code_unknown', { value: conflict.code })];
  return [reason('code_mismatch', { value: conflict.code, expected: `เป็นรหัสของ ${conflict.owner}` })];
}
