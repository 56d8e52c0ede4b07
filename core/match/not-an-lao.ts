import { compactKey } from '../text/thai';

/**
 * Offices the invitation passes through on its way to the LAOs, as its letters name them (../shared/seed: the
 * provincial governor's letter is sent by สำนักงานท้องถิ่นจังหวัด, on to ท้องถิ่นอำเภอ and the LAOs), and their usual
 * abbreviations: the provincial and district local administration offices (สถ.จ., สถ.อ.), the Department of Local
 * Administration (สถ.), the district office, and ODLOC (สำนักงาน ก.ก.ถ.) that runs the workshop. Their staff may
 * register too; none of them is an LAO, and no LAO's name begins with these (the registry's สถาน is no สถ., and
 * ศาลากลาง is left out: it is an LAO's name, ทต.ศาลากลาง of นนทบุรี). Written as compact keys.
 */
const OFFICE_HEADS = [
  'สำนักงานส่งเสริมการปกครองท้องถิ่น',
  'กรมส่งเสริมการปกครองท้องถิ่น',
  'ส่งเสริมการปกครองท้องถิ่นจังหวัด',
  'ส่งเสริมการปกครองท้องถิ่นอำเภอ',
  'สำนักงานท้องถิ่นจังหวัด',
  'สำนักงานท้องถิ่นอำเภอ',
  'ท้องถิ่นจังหวัด',
  'ท้องถิ่นอำเภอ',
  'ที่ว่าการอำเภอ',
  'สำนักงานคณะกรรมการการกระจายอำนาจ',
  'สำนักงานกกถ',
  'สถจ',
  'สถอ',
].map((head) => compactKey(head));

/** The whole answer is the abbreviation of the Department alone (`สถ.`), or of ODLOC (`ก.ก.ถ.`). */
const OFFICE_ALONE: ReadonlySet<string> = new Set(['สถ', 'กกถ']);

/**
 * Whether an LAO name answer names one of the offices above rather than an LAO (`สถ.จ.ขอนแก่น`,
 * `สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดขอนแก่น`, `ท้องถิ่นอำเภอชุมแพ`): such a registration belongs to no LAO, and a
 * type chosen beside it (อบจ., the closest to a provincial office) must not make it the PAO's.
 */
export function namesOfficeNotLao(answer: string): boolean {
  const key = compactKey(answer);
  return OFFICE_ALONE.has(key) || OFFICE_HEADS.some((head) => key.startsWith(head));
}
