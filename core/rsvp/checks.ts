import { cellText, type Cell } from '../../sheets-schema/cell';
import type { RsvpResponseKey } from '../../sheets-schema/rsvp-form';
import { parseCleanEmail, type ParsedEmail } from '../contact/email';
import { parseCleanPhone, type ParsedPhone } from '../contact/phone';
import { parseTimestamp, type DateOrder } from '../dates/parse';
import { parseLaoType, splitLaoName } from '../lao/lao-type';
import { normaliseDistrict, normaliseProvince, withoutProvinceAfter } from '../lao/place';
import { Memo, PairMemo } from '../memo';
import { parseCodeAnswer } from '../match/lao-answer';
import { parseCleanPersonName, type PersonName } from '../person/name';
import type { Registry } from '../registry/index';
import { cleanText, compactKey, type CleanText } from '../text/thai';
import { reason } from './reasons';
import { findSession, type Session } from './sessions';
import type { Reason } from './types';
import { LAO_TYPE_LONG, type LaoType } from '../vocabulary';

/** A response's cells by question key (readTable of rsvpResponsesSheet); absent keys count as blank. */
export type ResponseCells = Partial<Record<RsvpResponseKey, Cell>>;

export interface CheckContext {
  /** When given, the answered province and district are checked against it. */
  registry?: Registry;
  /** The matched LAO's type, when known: the session is checked against it rather than the answered type. */
  laoType?: LaoType | null;
  /** Shared by the calls of one job (`checkMemo()`): answers that repeat over thousands of rows are read once. */
  memo?: CheckMemo;
}

/** The province and district answers of a row, read: bare names (null when blank) and what the registry says of them. */
interface Place {
  province: string | null;
  district: string | null;
  reasons: readonly Reason[];
}

/**
 * What checks read from answers that repeat (77 provinces in a few spellings, some thousands of districts, a few
 * positions and sessions): each distinct answer is cleaned, normalised and judged once per job. Keyed by the cell
 * as typed, so a repeated answer costs one lookup (a profile showed the lookups themselves, ~580,000 per national
 * job, costing more than the cleaning they saved); answers that rarely repeat (names, LAO names, phones, e-mails,
 * codes) are cleaned directly, which is cheap on text that needs nothing (cleanText).
 * Tied to one registry and one session table: make a new one when either changes.
 */
export class CheckMemo {
  /** Province as typed → district as typed → the place read. */
  private readonly places = new Map<string, Map<string, Place>>();
  private readonly positions = new Memo<string, string>();
  private readonly sessions = new Memo<string, { answer: string; session: Session | null }>();
  private readonly sessionTypes = new PairMemo<Session, LaoType, Reason | null>();
  /** The responses file's date order (detectDateOrder), found once from its whole timestamp column. */
  dateOrder: DateOrder = 'day-first';

  /** The province and district answers as typed, read (and checked against the registry when there is one). */
  place(rawProvince: string, rawDistrict: string, registry: Registry | undefined): Place {
    let byDistrict = this.places.get(rawProvince);
    if (!byDistrict) this.places.set(rawProvince, (byDistrict = new Map()));
    let place = byDistrict.get(rawDistrict);
    if (!place) byDistrict.set(rawDistrict, (place = readPlace(rawProvince, rawDistrict, registry)));
    return place;
  }

  /** A position as typed, cleaned. */
  position(raw: string): string {
    return this.positions.get(raw, cleanText);
  }

  /** A session answer as typed: cleaned, and the session it names (null when none). */
  session(raw: string, sessions: readonly Session[]): { answer: string; session: Session | null } {
    return this.sessions.get(raw, readSession, sessions);
  }

  sessionTypeReason(session: Session, type: LaoType, sessions: readonly Session[]): Reason | null {
    return this.sessionTypes.get(session, type, sessionTypeReason, sessions);
  }
}

function readSession(raw: string, sessions: readonly Session[]): { answer: string; session: Session | null } {
  const answer = cleanText(raw);
  return { answer, session: findSession(answer, sessions) };
}

function readPlace(rawProvince: string, rawDistrict: string, registry: Registry | undefined): Place {
  const provinceAnswer = cleanText(rawProvince);
  const districtAnswer = cleanText(rawDistrict);
  const province = blank(provinceAnswer) ? null : normaliseProvince(provinceAnswer);
  const typed = blank(districtAnswer) ? null : normaliseDistrict(districtAnswer);
  const district = typed && province && registry ? withoutStatedProvince(typed, province, registry) : typed;
  return { province, district, reasons: registry ? placeReasons(province, district, registry) : [] };
}

/**
 * The district answer without the province written after it (`อ.โนนคูณ จ.ศรีสะเกษ`, as an address line writes both in
 * one box; the matcher reads it so too), unless all of it names a district of the province.
 */
function withoutStatedProvince(district: string, province: string, registry: Registry): string {
  return registry.inDistrict(province, district).length > 0 ? district : withoutProvinceAfter(district, registry.provinceName(province));
}

export function checkMemo(): CheckMemo {
  return new CheckMemo();
}

/** An answer as typed, cleaned; '' when absent. Cleaned once: the parsers take it as it is. */
function answer(row: ResponseCells, key: RsvpResponseKey): CleanText {
  return cleanText(cellText(row[key] ?? null));
}

/** Every answer read and normalised; LAO answers stay text (cleaned) for matching (core/match). */
export interface ParsedResponse {
  submittedAt: Date | null;
  person: PersonName;
  phone: ParsedPhone;
  /** Display form when valid, else the answer as typed (cleaned). */
  phoneDisplay: string;
  /** The อีเมล answer, or the form-collected address when that answer is blank or invalid. */
  email: ParsedEmail;
  emailDisplay: string;
  session: Session | null;
  sessionAnswer: string;
  /** Bare province name (`จ.ตาก` → `ตาก`, `กทม.` → กรุงเทพมหานคร); null when blank. */
  province: string | null;
  /** Bare district name (`อ.แม่สอด` → `แม่สอด`); null when blank. */
  district: string | null;
  laoTypeAnswer: string;
  laoNameAnswer: string;
  codeAnswer: string;
  position: string;
}

export interface CheckResult {
  reasons: Reason[];
  parsed: ParsedResponse;
}

/**
 * Checks everything in a response except which LAO it is (matching and duplicates are core/match and core/dedupe).
 * Blocking errors: no person name; no LAO information at all. Everything else is a warning.
 */
export function checkResponse(row: ResponseCells, sessions: readonly Session[], context: CheckContext = {}): CheckResult {
  const memo = context.memo ?? checkMemo();
  const reasons: Reason[] = [];

  const person = parseCleanPersonName(answer(row, 'personName'));
  if (!person.key) reasons.push(reason('name_missing'));

  const { province, district, reasons: places } = memo.place(cellText(row.province ?? null), cellText(row.district ?? null), context.registry);
  const laoTypeAnswer = answer(row, 'laoType');
  const laoNameAnswer = answer(row, 'laoName');
  const codeAnswer = answer(row, 'laoCode');
  if (!province && blank(laoTypeAnswer) && blank(laoNameAnswer) && blank(codeAnswer)) reasons.push(reason('lao_missing'));
  for (const r of places) reasons.push({ ...r });
  if (!blank(codeAnswer) && !isCodeLike(codeAnswer, context.registry)) {
    reasons.push(reason('code_invalid', { value: codeAnswer }));
  }

  const submittedAt = parseTimestamp(row.timestamp ?? null, memo.dateOrder);
  if (!submittedAt) reasons.push(reason('timestamp_invalid', { value: answer(row, 'timestamp') }));

  const position = memo.position(cellText(row.position ?? null));
  if (blank(position)) reasons.push(reason('position_missing'));

  const phoneAnswer = answer(row, 'phone');
  const phone = parseCleanPhone(phoneAnswer);
  if (blank(phoneAnswer)) reasons.push(reason('phone_missing'));
  else if (!phone.ok) reasons.push(reason('phone_invalid', { value: phoneAnswer }));
  else if (phone.kind !== 'mobile') reasons.push(reason('phone_not_mobile', { value: phone.display }));

  const emailAnswer = answer(row, 'email');
  const typedEmail = parseCleanEmail(emailAnswer);
  const email = typedEmail.ok ? typedEmail : parseCleanEmail(answer(row, 'collectedEmail'));
  if (!typedEmail.ok && !blank(emailAnswer)) reasons.push(reason('email_invalid', { value: emailAnswer }));
  else if (!email.ok) reasons.push(reason('email_missing'));

  const { answer: sessionAnswer, session } = memo.session(cellText(row.session ?? null), sessions);
  if (sessions.length > 0) {
    if (blank(sessionAnswer)) reasons.push(reason('session_missing'));
    else if (!session) reasons.push(reason('session_unknown', { value: sessionAnswer }));
    else {
      const type = context.laoType ?? parseLaoType(laoTypeAnswer) ?? splitLaoName(laoNameAnswer).type;
      const wrong = type ? memo.sessionTypeReason(session, type, sessions) : null;
      if (wrong) reasons.push({ ...wrong });
    }
  }

  return {
    reasons,
    parsed: {
      submittedAt,
      person,
      phone,
      phoneDisplay: phone.ok ? phone.display : phoneAnswer,
      email,
      emailDisplay: email.ok ? email.value : emailAnswer,
      session,
      sessionAnswer,
      province,
      district,
      laoTypeAnswer,
      laoNameAnswer,
      codeAnswer,
      position,
    },
  };
}

/**
 * `session_wrong_type` when the session is not for this LAO type (naming the sessions that are), else null.
 * Exported so the pipeline can re-check against the matched LAO's type.
 */
export function sessionTypeReason(session: Session, type: LaoType, sessions: readonly Session[]): Reason | null {
  if (session.laoTypes.includes(type)) return null;
  const expected = sessions.filter((s) => s.laoTypes.includes(type)).map((s) => s.label);
  return reason('session_wrong_type', { value: session.label, type: LAO_TYPE_LONG[type], expected: expected.join(', ') });
}

function placeReasons(province: string | null, district: string | null, registry: Registry): Reason[] {
  if (!province) return [];
  if (registry.inProvince(province).length === 0) return [reason('province_unknown', { value: province })];
  if (!district || registry.inDistrict(province, district).length > 0) return [];
  // Bangkok's registry entry has no district, so its เขต cannot be checked.
  const hasDistricts = registry.inProvince(province).some((e) => e.district);
  return hasDistricts ? [reason('district_unknown', { value: district, province })] : [];
}

// Regular expressions at module level: a literal inside a function is a new RegExp object at every call (~70 bytes;
// these run for every answer of every response).
const BLANK = /^[\s.,;:'"`()[\]{}\-_/\\]*$/;
const SEVEN_DIGITS = /^\d{7}$/;

/** Nothing but spaces and punctuation (`-`, `.`), on cleaned text: what compactKey reduces to ''. */
function blank(cleaned: string): boolean {
  return BLANK.test(cleaned);
}

/**
 * Seven digits (Thai digits, spaces and dashes tolerated, a zero fraction a spreadsheet wrote dropped: as the matcher
 * reads a code, parseCodeAnswer), or a registry code such as Bangkok's configured one.
 */
function isCodeLike(answer: string, registry: Registry | undefined): boolean {
  const compact = compactKey(parseCodeAnswer(answer));
  return SEVEN_DIGITS.test(compact) || Boolean(registry?.byCode.has(compact.toUpperCase()));
}
