import { cellText, type Cell } from '../../sheets-schema/cell';
import type { RsvpResponseKey } from '../../sheets-schema/rsvp-form';
import { parseEmail, type ParsedEmail } from '../contact/email';
import { parsePhone, type ParsedPhone } from '../contact/phone';
import { parseTimestamp, type DateOrder } from '../dates/parse';
import { parseLaoType, splitLaoName } from '../lao/lao-type';
import { normaliseDistrict, normaliseProvince } from '../lao/place';
import { Memo, PairMemo } from '../memo';
import { parsePersonName, type PersonName } from '../person/name';
import type { Registry } from '../registry/index';
import { cleanText, compactKey } from '../text/thai';
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

/**
 * What checks read from answers that repeat (77 provinces in a few spellings, some thousands of districts, a few
 * types, positions and sessions): each distinct answer is cleaned, normalised and judged once per job.
 * Tied to one registry and one session table: make a new one when either changes.
 */
export class CheckMemo {
  private readonly cleanedTexts = new Memo<string, string>();
  private readonly provinces = new Memo<string, string | null>();
  private readonly districts = new Memo<string, string | null>();
  /** Province ('' when blank), district ('' when blank) → reasons. */
  private readonly places = new PairMemo<string, string, readonly Reason[]>();
  private readonly codes = new Memo<string, boolean>();
  private readonly sessions = new Memo<string, Session | null>();
  private readonly sessionTypes = new PairMemo<Session, LaoType, Reason | null>();
  /** The responses file's date order (detectDateOrder), found once from its whole timestamp column. */
  dateOrder: DateOrder = 'day-first';

  cleaned(raw: string): string {
    return this.cleanedTexts.get(raw, cleanText);
  }

  /** Bare province name of a cleaned answer; null when blank. */
  province(answer: string): string | null {
    return this.provinces.get(answer, () => (blank(answer) ? null : normaliseProvince(answer)));
  }

  /** Bare district name of a cleaned answer; null when blank. */
  district(answer: string): string | null {
    return this.districts.get(answer, () => (blank(answer) ? null : normaliseDistrict(answer)));
  }

  placeReasons(province: string | null, district: string | null, registry: Registry): readonly Reason[] {
    return this.places.get(province ?? '', district ?? '', () => placeReasons(province, district, registry));
  }

  isCodeLike(answer: string, registry: Registry | undefined): boolean {
    return this.codes.get(answer, () => isCodeLike(answer, registry));
  }

  session(answer: string, sessions: readonly Session[]): Session | null {
    return this.sessions.get(answer, () => findSession(answer, sessions));
  }

  sessionTypeReason(session: Session, type: LaoType, sessions: readonly Session[]): Reason | null {
    return this.sessionTypes.get(session, type, () => sessionTypeReason(session, type, sessions));
  }
}

export function checkMemo(): CheckMemo {
  return new CheckMemo();
}

/** Answers that repeat across rows; names, phones, e-mails and timestamps rarely do and are not memoised. */
const REPEATING: ReadonlySet<RsvpResponseKey> = new Set<RsvpResponseKey>([
  'province',
  'district',
  'laoType',
  'laoName',
  'laoCode',
  'position',
  'session',
  'collectedEmail',
]);

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
  const text = (key: RsvpResponseKey): string => {
    const raw = cellText(row[key] ?? null);
    return REPEATING.has(key) ? memo.cleaned(raw) : cleanText(raw);
  };
  const reasons: Reason[] = [];

  const person = parsePersonName(text('personName'));
  if (!person.key) reasons.push(reason('name_missing'));

  const provinceAnswer = text('province');
  const districtAnswer = text('district');
  const province = memo.province(provinceAnswer);
  const district = memo.district(districtAnswer);
  const laoTypeAnswer = text('laoType');
  const laoNameAnswer = text('laoName');
  const codeAnswer = text('laoCode');
  if (!province && [laoTypeAnswer, laoNameAnswer, codeAnswer].every(blank)) reasons.push(reason('lao_missing'));
  const places = context.registry ? memo.placeReasons(province, district, context.registry) : [];
  for (const r of places) reasons.push({ ...r });
  if (!blank(codeAnswer) && !memo.isCodeLike(codeAnswer, context.registry)) {
    reasons.push(reason('code_invalid', { value: codeAnswer }));
  }

  const submittedAt = parseTimestamp(row.timestamp ?? null, memo.dateOrder);
  if (!submittedAt) reasons.push(reason('timestamp_invalid', { value: text('timestamp') }));

  const position = text('position');
  if (blank(position)) reasons.push(reason('position_missing'));

  const phoneAnswer = text('phone');
  const phone = parsePhone(phoneAnswer);
  if (blank(phoneAnswer)) reasons.push(reason('phone_missing'));
  else if (!phone.ok) reasons.push(reason('phone_invalid', { value: phoneAnswer }));
  else if (phone.kind !== 'mobile') reasons.push(reason('phone_not_mobile', { value: phone.display }));

  const emailAnswer = text('email');
  const typedEmail = parseEmail(emailAnswer);
  const email = typedEmail.ok ? typedEmail : parseEmail(text('collectedEmail'));
  if (!typedEmail.ok && !blank(emailAnswer)) reasons.push(reason('email_invalid', { value: emailAnswer }));
  else if (!email.ok) reasons.push(reason('email_missing'));

  const sessionAnswer = text('session');
  const session = memo.session(sessionAnswer, sessions);
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

function placeReasons(province: string | null, district: string | null, registry: Registry | undefined): Reason[] {
  if (!registry || !province) return [];
  if (registry.inProvince(province).length === 0) return [reason('province_unknown', { value: province })];
  if (!district || registry.inDistrict(province, district).length > 0) return [];
  // Bangkok's registry entry has no district, so its เขต cannot be checked.
  const hasDistricts = registry.inProvince(province).some((e) => e.district);
  return hasDistricts ? [reason('district_unknown', { value: district, province })] : [];
}

/** Nothing but spaces and punctuation (`-`, `.`), on cleaned text: what compactKey reduces to ''. */
function blank(cleaned: string): boolean {
  return /^[\s.,;:'"`()[\]{}\-_/\\]*$/.test(cleaned);
}

/** Seven digits (Thai digits, spaces and dashes tolerated), or a registry code such as Bangkok's configured one. */
function isCodeLike(answer: string, registry: Registry | undefined): boolean {
  const compact = compactKey(answer);
  return /^\d{7}$/.test(compact) || Boolean(registry?.byCode.has(compact.toUpperCase()));
}
