import type { Cell } from '../../sheets-schema/cell';
import { aboutSheet, UNKNOWN_PROVINCE_LABEL } from '../../sheets-schema/summaries';
import { type ResponseStatus, statusLabel } from '../vocabulary';
import { layoutFromDef, type SheetLayout } from '../../sheets-schema/workbook';
import { formatThaiDateTime } from '../dates/format';
import { formatFigure } from '../indicators/reasons';
import { coveragePct, type AreaCounts, type RsvpSummary } from './counts';
import { preamble, provinceTitle } from './layout-parts';

const STATUS_MEANING: Record<ResponseStatus, string> = {
  ok: 'ลงทะเบียนเรียบร้อย จับคู่กับ อปท. ในทะเบียนได้แน่ชัด นับเป็นผู้ลงทะเบียน',
  duplicate: 'ลงทะเบียนซ้ำ (บุคคลเดิม อปท. เดิม) ใช้คำตอบที่ส่งล่าสุดแทน ไม่นับซ้ำ',
  invalid: 'ข้อมูลขาดหรือผิดจนใช้ไม่ได้ (เช่น ไม่มีชื่อ ไม่มีข้อมูล อปท.) ต้องตรวจสอบ',
  unmatched: 'ระบุ อปท. ในทะเบียนไม่ได้แน่ชัด ต้องตรวจสอบและเลือก อปท. ที่ถูกต้อง (ดูรายการ อปท. ที่อาจตรงกัน)',
};
const STATUSES = Object.keys(STATUS_MEANING) as ResponseStatus[];

export interface AboutInput {
  /** null for the national workbook. */
  province: string | null;
  generatedAt: Date;
  /** Thai lines naming the inputs (file, row count). */
  sources: readonly string[];
  /** Present when the workbook has RSVP sheets. */
  rsvp?: RsvpSummary;
  /** A province's own counts, for its cover's key figures (the national ones come from `rsvp`). */
  counts?: AreaCounts;
}

/** What the workbook is, when and from what it was made, and how to read its statuses and counts. */
export function aboutLayout(input: AboutInput): SheetLayout {
  const scope = input.province === null ? 'ระดับประเทศ' : provinceTitle(input.province);
  const rows: Array<[string, Cell]> = [
    ['รายงาน', `สรุปการประเมินมาตรฐานขั้นต่ำการจัดบริการสาธารณะขององค์กรปกครองส่วนท้องถิ่น ${scope}`],
    ['จัดทำเมื่อ', `${formatThaiDateTime(input.generatedAt)} น. (เวลาประเทศไทย)`],
    ...input.sources.map((s): [string, Cell] => ['แหล่งข้อมูล', s]),
  ];
  const counts = input.province === null ? input.rsvp?.national : input.counts;
  if (counts) {
    const n = (x: number) => formatFigure(x, 0);
    rows.push(
      ['จำนวน อปท. ทั้งหมด', `${n(counts.laosTotal)} แห่ง`],
      ['จำนวน อปท. ที่ลงทะเบียนแล้ว', `${n(counts.laosRegistered)} แห่ง (ร้อยละ ${formatFigure(coveragePct(counts) ?? 0, 2)})`],
      ['จำนวน อปท. ที่ยังไม่ลงทะเบียน', `${n(counts.laosTotal - counts.laosRegistered)} แห่ง`],
      ['จำนวนผู้ลงทะเบียน', `${n(counts.attendees)} คน`],
      ['จำนวนคำตอบที่ต้องตรวจสอบ', `${n(counts.needsReview)} รายการ`],
    );
  }
  if (input.rsvp) {
    rows.push(
      ...STATUSES.map((s): [string, Cell] => [`สถานะ "${statusLabel(s)}"`, STATUS_MEANING[s]]),
      ['อปท. ที่ลงทะเบียนแล้ว', `อปท. ที่มีคำตอบสถานะ "${statusLabel('ok')}" อย่างน้อย 1 รายการ`],
      ['ผู้ลงทะเบียน (คน)', `จำนวนคำตอบสถานะ "${statusLabel('ok')}"`],
      ['คำตอบที่ต้องตรวจสอบ', `คำตอบสถานะ "${statusLabel('unmatched')}" และ "${statusLabel('invalid')}"`],
      ['อำเภอ', 'อปท. นับในอำเภอตามทะเบียน อปท. (อำเภอแรกที่ อปท. ดูแล) ไม่ใช่อำเภอที่ผู้ลงทะเบียนพิมพ์'],
    );
    if (input.province === null) {
      rows.push(...STATUSES.map((s): [string, Cell] => [`จำนวนคำตอบ "${statusLabel(s)}"`, `${formatFigure(input.rsvp!.statusCounts[s], 0)} รายการ`]), [
        UNKNOWN_PROVINCE_LABEL,
        'คำตอบที่ต้องตรวจสอบซึ่งไม่ได้ระบุจังหวัด หรือระบุจังหวัดที่ไม่มีในทะเบียน ดูรายละเอียดในตารางคำตอบทั้งหมดที่ตรวจแล้ว',
      ]);
    }
  }
  if (input.province !== null) {
    rows.push(
      [
        'ลำดับการติดตาม',
        'จังหวัดติดตาม อบจ. เทศบาลนคร เทศบาลเมือง (และเมืองพัทยา) โดยตรง อำเภอติดตามเทศบาลตำบลและ อบต. ในอำเภอ รายชื่อที่ต้องติดตามเรียงตามลำดับนี้ พร้อมลิงก์ลงทะเบียนของแต่ละ อปท. (เมื่อทราบลิงก์แบบฟอร์ม)',
      ],
      ['สีในตาราง', 'ส้ม: อปท. ที่ยังไม่ลงทะเบียนหรือยังกรอกตัวชี้วัดไม่ครบ; เหลือง: คำตอบหรือข้อมูลที่ต้องตรวจสอบ; เขียว: ครบแล้ว; ฟ้า: หัวข้อกลุ่ม; เทา: แถวรวม'],
      ['สีผลตัวชี้วัดราย อปท.', 'เขียว: ทุกตัวชี้วัดสูงกว่าค่าเป้าหมาย (หรือไม่มีบริการสาธารณะ); เหลือง: มีตัวชี้วัดที่อยู่ในระดับการพัฒนาในอนาคต; แดง: มีตัวชี้วัดที่ไม่ได้ดำเนินการ; ส้ม: ยังกรอกไม่ครบ'],
    );
  }
  rows.push([
    'ข้อมูลส่วนบุคคล',
    input.province === null
      ? 'รายงานระดับประเทศมีเฉพาะตัวเลขสรุป ไม่มีชื่อหรือข้อมูลติดต่อของบุคคล (พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562)'
      : `มีข้อมูลส่วนบุคคลของผู้ลงทะเบียนใน${scope}เท่านั้น ใช้เพื่อประสานงานการประเมินเท่านั้น ห้ามเผยแพร่ (พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562)`,
  ]);
  // A title above the table, as on the other sheets: the cover is the first page printed.
  return layoutFromDef(
    aboutSheet,
    rows.map(([topic, detail]) => ({ topic, detail })),
    { preamble: preamble(`รายงานสรุปการประเมินมาตรฐานขั้นต่ำ ${scope}`, input.generatedAt) },
  );
}
