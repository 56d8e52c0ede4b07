import { BANGKOK_NAME, LAO_TYPES, LAO_TYPE_LONG } from '../core/vocabulary';
import type { RegistryEntry } from '../core/registry/types';
import { laoChoiceLabel, pickedLaoSectionTitle, pickedLaoTitle } from './rsvp-picked-lao';
import type { Cell } from './cell';
import { defineSheet } from './define';

/**
 * The workshop RSVP form, defined once: the Apps Script builder creates the Google Form from `rsvpForm(...)`, and
 * every reader finds the answers by these exact titles in the responses sheet.
 */

/** Question titles, in form order. They are the responses sheet's headers, so never reword one lightly. */
export const RSVP_TITLES = {
  province: 'จังหวัด',
  district: 'อำเภอ',
  laoType: 'ประเภท อปท.',
  laoName: 'ชื่อ อปท.',
  laoCode: 'รหัส อปท.',
  personName: 'ชื่อ-นามสกุล',
  position: 'ตำแหน่ง',
  phone: 'โทรศัพท์มือถือ',
  email: 'อีเมล',
  session: 'รอบการประชุม',
} as const;

export type RsvpQuestionKey = keyof typeof RSVP_TITLES;

export interface FormQuestion {
  key: RsvpQuestionKey;
  title: string;
  helpText: string;
  kind: 'choice' | 'text';
  required: boolean;
  choices?: string[];
  /** Each choice goes to its own section (the province question of the picked-LAO form): set by the sections. */
  branches?: boolean;
}

/** One province's section of the picked-LAO form: a page break, then a drop-down of its LAOs. */
export interface LaoSection {
  province: string;
  sectionTitle: string;
  /** The drop-down's title (its responses column). */
  title: string;
  helpText: string;
  /** Labels (`laoChoiceLabel`), sorted for finding one's own. */
  choices: string[];
}

export interface FormDefinition {
  title: string;
  description: string;
  /** Page one's questions, then (when `laoSections` is given) the sections, then `personQuestions`. */
  questions: FormQuestion[];
  /** The picked-LAO form: one section per province, in the province question's order. */
  laoSections?: LaoSection[];
  /** The section after the LAO sections, with the person and session questions. */
  personSection?: { title: string; questions: FormQuestion[] };
}

/** Long forms, as people recognise them; parseLaoType reads them back to registry spelling. */
export const RSVP_LAO_TYPE_CHOICES: readonly string[] = LAO_TYPES.map((t) => LAO_TYPE_LONG[t]);

export const RSVP_FORM_TITLE = 'ลงทะเบียนเข้าร่วมการประชุมเชิงปฏิบัติการ การประเมินมาตรฐานขั้นต่ำการจัดบริการสาธารณะขององค์กรปกครองส่วนท้องถิ่น ประจำปี พ.ศ. 2569';

export const RSVP_FORM_DESCRIPTION = [
  'สำหรับเจ้าหน้าที่ขององค์กรปกครองส่วนท้องถิ่นที่ได้รับมอบหมายให้จัดเก็บและบันทึกข้อมูลการประเมินมาตรฐานขั้นต่ำฯ',
  'อปท. หนึ่งแห่งลงทะเบียนได้มากกว่าหนึ่งคน โดยให้แต่ละคนส่งแบบฟอร์มของตนเองหนึ่งครั้ง หากต้องการแก้ไขข้อมูล ให้ส่งแบบฟอร์มใหม่ ระบบจะใช้ข้อมูลที่ส่งล่าสุด',
  'กรุณาเลือกรอบการประชุมที่กำหนดสำหรับประเภท อปท. ของท่าน',
  'ข้อมูลส่วนบุคคล (ชื่อ โทรศัพท์ อีเมล) ใช้เพื่อการจัดประชุมและการติดตามการลงทะเบียนเท่านั้น ตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 และจะเปิดเผยต่อผู้ประสานงานของจังหวัดของท่านเท่านั้น',
].join('\n\n');

/**
 * The RSVP form with its choices filled in: provinces (from the registry, in the order given; กรุงเทพมหานคร added
 * if absent) and the session labels (from the sessions sheet).
 */
export function rsvpForm(input: {
  provinces: readonly string[];
  sessionLabels: readonly string[];
  title?: string;
  description?: string;
  /** The registry's LAOs: the form then asks for the province and has the LAO picked from its list. */
  laos?: readonly RegistryEntry[];
}): FormDefinition {
  const provinces = [...new Set(input.provinces)];
  if (!provinces.includes(BANGKOK_NAME)) provinces.push(BANGKOK_NAME);
  const q = (key: RsvpQuestionKey, kind: FormQuestion['kind'], required: boolean, helpText: string, choices?: readonly string[]): FormQuestion => ({
    key,
    title: RSVP_TITLES[key],
    helpText,
    kind,
    required,
    ...(choices ? { choices: [...choices] } : {}),
  });
  if (input.laos)
    return pickedLaoForm(input.title ?? RSVP_FORM_TITLE, input.description ?? RSVP_FORM_DESCRIPTION, provinces, input.laos, q, input.sessionLabels);
  return {
    title: input.title ?? RSVP_FORM_TITLE,
    description: input.description ?? RSVP_FORM_DESCRIPTION,
    questions: [
      q('province', 'choice', true, 'จังหวัดที่ อปท. ของท่านตั้งอยู่', provinces),
      q('district', 'text', false, 'อำเภอที่ อปท. ตั้งอยู่ เช่น เมืองตาก หรือ แม่สอด (เทศบาลตำบลและ อบต. กรุณาระบุ; กรุงเทพมหานครไม่ต้องระบุ)'),
      q('laoType', 'choice', true, 'ประเภทขององค์กรปกครองส่วนท้องถิ่น', RSVP_LAO_TYPE_CHOICES),
      q('laoName', 'text', true, 'ชื่อ อปท. โดยไม่ต้องพิมพ์ประเภทนำหน้า เช่น วังหิน (ไม่ต้องพิมพ์ "อบต.")'),
      q('laoCode', 'text', false, 'รหัส อปท. 7 หลัก (ถ้าทราบ) หากเปิดแบบฟอร์มจากลิงก์ของ อปท. รหัสจะถูกกรอกไว้ให้แล้ว'),
      q('personName', 'text', true, 'คำนำหน้า ชื่อ และนามสกุล เช่น นางสาวสมศรี มีสุข'),
      q('position', 'text', true, 'ตำแหน่งในหน่วยงาน เช่น นักวิเคราะห์นโยบายและแผน'),
      q('phone', 'text', true, 'หมายเลขโทรศัพท์มือถือ 10 หลัก เช่น 081-234-5678'),
      q('email', 'text', true, 'อีเมลสำหรับรับข้อมูลการประชุม'),
      q('session', 'choice', true, 'รอบการประชุมตามประเภท อปท. ของท่าน', input.sessionLabels),
    ],
  };
}

type QuestionMaker = (key: RsvpQuestionKey, kind: FormQuestion['kind'], required: boolean, helpText: string, choices?: readonly string[]) => FormQuestion;

/** Section title of the person questions in the picked-LAO form. */
export const PERSON_SECTION_TITLE = 'ผู้ลงทะเบียนและรอบการประชุม';

/**
 * The form whose LAO is picked, not typed: page one asks the province, which branches to that province's section
 * with a drop-down of its LAOs (type, name and district in each label), then the person and session questions.
 * No district, type, name or code to type: a response names exactly one LAO.
 */
function pickedLaoForm(
  title: string,
  description: string,
  provinces: readonly string[],
  laos: readonly RegistryEntry[],
  q: QuestionMaker,
  sessionLabels: readonly string[],
): FormDefinition {
  const byProvince = new Map<string, RegistryEntry[]>(provinces.map((p) => [p, []]));
  for (const lao of laos) byProvince.get(lao.province)?.push(lao);
  const sections: LaoSection[] = provinces
    .filter((p) => (byProvince.get(p) ?? []).length > 0)
    .map((province) => ({
      province,
      sectionTitle: pickedLaoSectionTitle(province),
      title: pickedLaoTitle(province),
      helpText: 'เลือก อปท. ของท่าน รายการเรียงตามชื่อ แต่ละรายการมีประเภทและอำเภอกำกับ (พิมพ์ตัวอักษรแรกของชื่อเพื่อเลื่อนไปหาได้)',
      // In the order given: callers sort with core/rsvp/picked-lao's pickingOrder (Thai collation is engine work).
      choices: byProvince.get(province)!.map(laoChoiceLabel),
    }));
  const withLaos = sections.map((s) => s.province);
  return {
    title,
    description,
    questions: [{ ...q('province', 'choice', true, 'จังหวัดที่ อปท. ของท่านตั้งอยู่ แล้วกด "ถัดไป" เพื่อเลือก อปท.', withLaos), branches: true }],
    laoSections: sections,
    personSection: {
      title: PERSON_SECTION_TITLE,
      questions: [
        q('personName', 'text', true, 'คำนำหน้า ชื่อ และนามสกุล เช่น นางสาวสมศรี มีสุข'),
        q('position', 'text', true, 'ตำแหน่งในหน่วยงาน เช่น นักวิเคราะห์นโยบายและแผน'),
        q('phone', 'text', true, 'หมายเลขโทรศัพท์มือถือ 10 หลัก เช่น 081-234-5678'),
        q('email', 'text', true, 'อีเมลสำหรับรับข้อมูลการประชุม'),
        q('session', 'choice', true, 'รอบการประชุมตามประเภท อปท. ของท่าน', sessionLabels),
      ],
    },
  };
}

/**
 * The linked responses sheet: `ประทับเวลา`, then the collected e-mail when the form collects it, then one column
 * per question. English Forms-export headers are accepted. `รหัส อปท.` may be absent from older forms.
 */
export const rsvpResponsesSheet = defineSheet({
  name: 'การตอบกลับแบบฟอร์ม 1',
  columns: {
    timestamp: { header: 'ประทับเวลา', aliases: ['Timestamp'], kind: 'datetime', width: 20 },
    collectedEmail: { header: 'ที่อยู่อีเมล', aliases: ['Email Address', 'Email address'], optional: true, width: 28 },
    province: { header: RSVP_TITLES.province, width: 16 },
    district: { header: RSVP_TITLES.district, width: 16 },
    laoType: { header: RSVP_TITLES.laoType, width: 22 },
    laoName: { header: RSVP_TITLES.laoName, width: 24 },
    laoCode: { header: RSVP_TITLES.laoCode, optional: true, width: 12 },
    personName: { header: RSVP_TITLES.personName, width: 28 },
    position: { header: RSVP_TITLES.position, width: 24 },
    phone: { header: RSVP_TITLES.phone, width: 16 },
    email: { header: RSVP_TITLES.email, width: 28 },
    session: { header: RSVP_TITLES.session, width: 40 },
  },
  freeze: { rows: 1, columns: 1 },
});

export type RsvpResponseKey = keyof typeof rsvpResponsesSheet.columns;

/** One response as `readTable(rsvpResponsesSheet, grid)` gives it. */
export type RsvpResponseRow = Record<RsvpResponseKey, Cell> & { rowNumber: number };
