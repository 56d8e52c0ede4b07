/**
 * Prefilled registration links: the RSVP form's address with one LAO's answers filled in, as Google Forms makes
 * them, and the template read from a link a person made. Pure: Apps Script, the command line's QR cards and the
 * province workbooks' follow-up lists make the same links.
 */
import { LAO_TYPE_LONG } from '../vocabulary';
import type { RegistryEntry } from '../registry/types';
import { RSVP_TITLES, type RsvpQuestionKey } from '../../sheets-schema/rsvp-form';
import { laoChoiceLabel } from '../../sheets-schema/rsvp-picked-lao';

/** The questions a per-LAO link fills in, in form order. */
export const PREFILLED = ['province', 'district', 'laoType', 'laoName', 'laoCode'] as const satisfies readonly RsvpQuestionKey[];
export type PrefilledKey = (typeof PREFILLED)[number];

/** Where each prefilled answer goes in a link: read once from a prefilled URL that Google made. */
export interface PrefillTemplate {
  /** The published form URL, without query. */
  base: string;
  /** Query parameter (`entry.123456`) per prefilled question. */
  entries: Partial<Record<PrefilledKey, string>>;
  /** The picked-LAO form: per province, its drop-down's parameter and its section's page number (page one is 0). */
  picked?: Record<string, { entry: string; page: number }>;
}

/**
 * What a template URL carries in each text question: ASCII, so Google's encoding leaves it readable. Choice
 * questions accept only their choices, so they carry a real LAO's answers instead.
 */
export const PREFILL_PLACEHOLDERS: Readonly<Partial<Record<PrefilledKey, string>>> = {
  district: 'PREFILL_DISTRICT',
  laoName: 'PREFILL_NAME',
  laoCode: 'PREFILL_CODE',
};

/** The answers an LAO's link carries, as the form's questions expect them (type in its long form). */
export function prefillAnswers(entry: RegistryEntry): Record<PrefilledKey, string> {
  return {
    province: entry.province,
    laoType: LAO_TYPE_LONG[entry.type],
    district: entry.district,
    laoName: entry.name,
    laoCode: entry.code,
  };
}

/** The answers of a template URL made for `sample`: placeholders in the text questions, its own choices. */
export function templateAnswers(sample: RegistryEntry): Record<PrefilledKey, string> {
  return { ...prefillAnswers(sample), ...PREFILL_PLACEHOLDERS };
}

const encodeAnswer = (text: string) => encodeURIComponent(text).replace(/%20/g, '+');

/**
 * The LAO's registration link, as Google would make it. On the picked-LAO form it fills the province and the LAO
 * in its province's drop-down, and asks to open at that section (`pageHistory=0,<section>`, the parameter Google
 * Forms itself puts in the address while moving between sections; not documented, and harmless where ignored:
 * the respondent then presses ถัดไป once and finds the LAO already chosen).
 */
export function prefilledLink(template: PrefillTemplate, entry: RegistryEntry): string {
  const answers = prefillAnswers(entry);
  const query = PREFILLED.filter((k) => template.entries[k] && answers[k])
    .map((k) => `&${template.entries[k]}=${encodeAnswer(answers[k])}`)
    .join('');
  const picked = template.picked?.[entry.province];
  const pick = picked ? `&${picked.entry}=${encodeAnswer(laoChoiceLabel(entry))}&pageHistory=0,${picked.page}` : '';
  return `${template.base}?usp=pp_url${query}${pick}`;
}

export type TemplateFromUrl = { ok: true; template: PrefillTemplate } | { ok: false; message: string };

/**
 * Reads a template from a prefilled link a person made in Google Forms (⋮ → รับลิงก์ที่กรอกข้อมูลไว้ล่วงหน้า), for
 * runs that cannot ask Forms for one (the command line). The link must carry `รหัส อปท.` as `PREFILL_CODE` or as a
 * code of the registry; each other answer is recognised when it is its placeholder or that LAO's own answer, and
 * anything else in the link is left out of the LAOs' links.
 */
export function prefillTemplateFromUrl(url: string, byCode: (code: string) => RegistryEntry | undefined): TemplateFromUrl {
  const text = url.trim();
  const [base = '', query = ''] = text.split('?');
  if (!/^https:\/\/docs\.google\.com\/forms\/.+\/viewform$/.test(base)) {
    return {
      ok: false,
      message: `ลิงก์แบบฟอร์ม "${text}" ใช้ไม่ได้: ต้องเป็นลิงก์ที่กรอกข้อมูลไว้ล่วงหน้าของ Google Forms (https://docs.google.com/forms/.../viewform?usp=pp_url&entry....) ลิงก์แบบย่อ (forms.gle) ใช้ไม่ได้`,
    };
  }
  const params = query
    .split('&')
    .map((pair) => pair.split('='))
    .filter(([name]) => name?.startsWith('entry.'))
    .map(([name = '', value = '']) => ({ name, value: decodeURIComponent(value.replace(/\+/g, ' ')).trim() }));
  const code = params.find((p) => p.value === PREFILL_PLACEHOLDERS.laoCode || byCode(p.value));
  if (!code) {
    return {
      ok: false,
      message: `ลิงก์แบบฟอร์มไม่มีคำตอบ "${RSVP_TITLES.laoCode}" ที่กรอกไว้: ในลิงก์ที่กรอกข้อมูลไว้ล่วงหน้า ให้กรอกคำถาม "${RSVP_TITLES.laoCode}" เป็น ${PREFILL_PLACEHOLDERS.laoCode} หรือรหัส อปท. ที่มีในทะเบียน`,
    };
  }
  const sample = byCode(code.value);
  const entries: PrefillTemplate['entries'] = { laoCode: code.name };
  for (const { name, value } of params) {
    // The first question not yet placed that this answer fits: a PAO's name is its province's, and the link lists the
    // questions in form order (province before name).
    const key = PREFILLED.find((k) => !entries[k] && (PREFILL_PLACEHOLDERS[k] === value || (sample && prefillAnswers(sample)[k] === value)));
    if (key) entries[key] = name;
  }
  return { ok: true, template: { base, entries } };
}
