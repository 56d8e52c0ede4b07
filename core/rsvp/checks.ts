import { cellText, type Cell } from '../../sheets-schema/cell';
import type { RsvpResponseKey } from '../../sheets-schema/rsvp-form';
import { parseEmail, type ParsedEmail } from '../contact/email';
import { parsePhone, type ParsedPhone } from '../contact/phone';
import { parseTimestamp } from '../dates/parse';
import { LAO_TYPE_LONG, parseLaoType, splitLaoName, type LaoType } from '../lao/lao-type';
import { normaliseDistrict, normaliseProvince } from '../lao/place';
import { parsePersonName, type PersonName } from '../person/name';
import type { Registry } from '../registry/index';
import { cleanText, compactKey } from '../text/thai';
import { reason } from './reasons';
import { findSession, type Session } from './sessions';
import type { Reason } from './types';

/** A response's cells by question key (readTable of rsvpResponsesSheet); absent keys count as blank. */
export type ResponseCells = Partial<Record<RsvpResponseKey, Cell>>;

export interface CheckContext {
  /** When given, the answered province and district are checked against it. */
  registry?: Registry;
  /** The matched LAO's type, when known: the session is checked against it rather than the answered type. */
  laoType?: LaoType | null;
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
  const text = (key: RsvpResponseKey) => cleanText(cellText(row[key] ?? null));
  const reasons: Reason[] = [];

  const person = parsePersonName(text('personName'));
  if (!person.key) reasons.push(reason('name_missing'));

  const provinceAnswer = text('province');
  const districtAnswer = text('district');
  const province = blank(provinceAnswer) ? null : normaliseProvince(provinceAnswer);
  const district = blank(districtAnswer) ? null : normaliseDistrict(districtAnswer);
  const laoTypeAnswer = text('laoType');
  const laoNameAnswer = text('laoName');
  const codeAnswer = text('laoCode');
  if (!province && [laoTypeAnswer, laoNameAnswer, codeAnswer].every(blank)) reasons.push(reason('lao_missing'));
  reasons.push(...placeReasons(province, district, context.registry));
  if (!blank(codeAnswer) && !isCodeLike(codeAnswer, context.registry)) reasons.push(reason('code_invalid', { value: codeAnswer }));

  const submittedAt = parseTimestamp(row.timestamp ?? null);
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
  const session = findSession(sessionAnswer, sessions);
  if (sessions.length > 0) {
    if (blank(sessionAnswer)) reasons.push(reason('session_missing'));
    else if (!session) reasons.push(reason('session_unknown', { value: sessionAnswer }));
    else {
      const type = context.laoType ?? parseLaoType(laoTypeAnswer) ?? splitLaoName(laoNameAnswer).type;
      const wrong = type ? sessionTypeReason(session, type, sessions) : null;
      if (wrong) reasons.push(wrong);
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
