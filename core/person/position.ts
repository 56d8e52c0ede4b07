/**
 * Two answers to the form's position question (ตำแหน่ง), compared as a person at a desk would: the same post, clearly
 * different posts, or nothing to tell. Dedupe reads it only where two registrations of one LAO share a name and no
 * personal contact: the post is then the one thing left that tells two colleagues of one name apart.
 *
 * A post is compared without its level. The levels are those of the local civil service's general standard on
 * positions (ก.ถ., มาตรฐานทั่วไปเกี่ยวกับตำแหน่ง): บริหารท้องถิ่น and อำนวยการท้องถิ่น ต้น/กลาง/สูง; วิชาการ
 * ปฏิบัติการ/ชำนาญการ/ชำนาญการพิเศษ/เชี่ยวชาญ; ทั่วไป ปฏิบัติงาน/ชำนาญงาน/อาวุโส. People write a post with its level, without
 * it, or with `ระดับ` before it, and one person writes it differently from one form to the next.
 */
import { editDistance } from '../match/edit-distance';
import { compactKey } from '../text/thai';

export type PostComparison = 'unknown' | 'same' | 'different';

// Longest first, so ชำนาญการพิเศษ is removed whole rather than leaving พิเศษ behind.
const LEVELS = ['ชำนาญการพิเศษ', 'ทรงคุณวุฒิ', 'ทักษะพิเศษ', 'ปฏิบัติการ', 'ปฏิบัติงาน', 'ชำนาญการ', 'ชำนาญงาน', 'เชี่ยวชาญ', 'อาวุโส', 'กลาง', 'ต้น', 'สูง'];
const TRAILING_LEVEL = new RegExp(`(?:ระดับ)?(?:${LEVELS.join('|')})$`);

/**
 * What people write for "position" that is a kind of staff, not a post: the same person may write it one time and
 * the post the next (พนักงานจ้างตามภารกิจ, then ผู้ช่วยนักวิชาการเกษตร). Exact keys; พนักงานธุรการ is a post.
 */
const KINDS_OF_STAFF: ReadonlySet<string> = new Set([
  'เจ้าหน้าที่',
  'ข้าราชการ',
  'ข้าราชการส่วนท้องถิ่น',
  'พนักงานส่วนตำบล',
  'พนักงานส่วนจังหวัด',
  'พนักงานเทศบาล',
  'พนักงานจ้าง',
  'พนักงานจ้างตามภารกิจ',
  'พนักงานจ้างทั่วไป',
  'ลูกจ้าง',
  'ลูกจ้างประจำ',
]);

/**
 * The words a post or title of an LAO's staff or council begins with, as a regular expression's source: what a
 * signature block or an addressee line writes beside a person's name or before an LAO (ปลัด…, นายก…, ผู้อำนวยการ…,
 * ผอ.…, นักวิชาการ…, นายช่างโยธา, วิศวกรโยธา), and the abbreviations of ABBREVIATIONS that begin posts, with their
 * full stop (จพ.ธุรการ, หน.สำนักปลัด, ผช.นักวิเคราะห์ฯ). No registry LAO's name begins with one of them. นายก with a
 * vowel or mark on its ก is นาย before a given name (นายกำธร, นายกิตติ), not the post.
 */
export const POST_START =
  '(?:รอง)?(?:ปลัด|นายก(?![ะ-ฺ็-๎]))|ผู้อำนวยการ|ผอ|หัวหน้า|นักวิชาการ|นักพัฒนา|นักจัดการ|นักวิเคราะห์|นักทรัพยากร|นายช่าง|วิศวกร|นิติกร|เจ้าพนักงาน|เจ้าหน้าที่|พนักงาน|ข้าราชการ|ลูกจ้าง|ผู้ช่วย|ผู้ประสานงาน|ประธาน|สมาชิก|เลขานุการ|ตำแหน่ง|(?:จพง?|หน|ผช|นวก|พขร)\\.';

/** Beginnings of what is written instead of a post: a line of executive work, a role for this work. */
const NOT_A_POST = ['นักบริหารงาน', 'ผู้ประสานงาน', 'ผู้รับผิดชอบ'];

/**
 * Abbreviations that stand for one word wherever they are written, as HR lists and LAO pages expand them (public code
 * found with the code search: an import's map `นวก.` → นักวิชาการ, `จพ.` → เจ้าพนักงาน, `พขร.` → พนักงานขับรถ; `ผอ.กอง…`
 * for ผู้อำนวยการกอง…), the type in a ปลัด's post, and the levels' short forms (removed with the level after).
 */
const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['ผอ', 'ผู้อำนวยการ'],
  ['จพ', 'เจ้าพนักงาน'],
  ['จพง', 'เจ้าพนักงาน'],
  ['นวก', 'นักวิชาการ'],
  ['หน', 'หัวหน้า'],
  ['ผช', 'ผู้ช่วย'],
  ['พขร', 'พนักงานขับรถ'],
  ['อบต', 'องค์การบริหารส่วนตำบล'],
  ['อบจ', 'องค์การบริหารส่วนจังหวัด'],
  ['ชพ', 'ชำนาญการพิเศษ'],
  ['ชก', 'ชำนาญการ'],
  ['ชง', 'ชำนาญงาน'],
]);
// ฯ after a post: the rest of its name was cut (นักวิเคราะห์ฯ for นักวิเคราะห์นโยบายและแผน), its level perhaps after it.
const CUT_AT_END = new RegExp(`ฯ\\s*(?:(?:ระดับ)?\\s*(?:${LEVELS.join('|')}))?\\s*$`);
// A level's short form glued to the post at its end (`วิศวกรโยธาชก.`, `นักวิชาการสาธารณสุขชพ.`): the level, removed.
const SHORT_LEVEL_AT_END = /(?:ชพ|ชก|ชง)\s?\.\s*$/;
// One of them, ending in a full stop, at the start or after a space or a full stop: not the end of a word.
const ABBREVIATION = new RegExp(`(?<=^|[\\s.])(${[...ABBREVIATIONS.keys()].join('|')})\\s?\\.`, 'g');

/**
 * The post's key: letters only, no spaces, the level removed. Null when the answer cannot be compared:
 * - blank, a dash, or too short to name a post;
 * - abbreviated other than by ABBREVIATIONS or ฯ at the end (a full stop left: ปลัด ทต., นักวิชาการ คอมพ.), since
 *   other abbreviations are many and personal;
 * - a line of executive work (นักบริหารงาน…), which is what a ปลัด or a director may write instead of the post itself;
 * - a kind of staff (KINDS_OF_STAFF), or a role for this work rather than a post (ผู้ประสานงาน…, ผู้รับผิดชอบ…).
 * A post cut short with ฯ at its end (นักวิเคราะห์ฯ) gives the key of what was written: comparePosts' "one holds the
 * other" then reads it as any post that holds it.
 */
export function postKey(position: string): string | null {
  const expanded = position.includes('.')
    ? position.replace(SHORT_LEVEL_AT_END, '').replace(ABBREVIATION, (_, short: string) => ABBREVIATIONS.get(short)!)
    : position;
  const written = expanded.replace(CUT_AT_END, '');
  if (/[.ฯ]/.test(written)) return null;
  const key = compactKey(written).replace(TRAILING_LEVEL, '');
  if (key.length < 4 || !/[ก-ฮa-z]/.test(key) || KINDS_OF_STAFF.has(key)) return null;
  return NOT_A_POST.some((start) => key.startsWith(start)) ? null : key;
}

/**
 * `same` when the keys agree, one holds the other (รองปลัด… and ปลัด…, a post with its unit written after it), or they
 * are a couple of typing slips apart; `different` when both are clear and none of that holds; otherwise `unknown`.
 */
export function comparePosts(a: string, b: string): PostComparison {
  const x = postKey(a);
  const y = postKey(b);
  if (x === null || y === null) return 'unknown';
  if (x.includes(y) || y.includes(x) || editDistance(x, y, 2) <= 2) return 'same';
  return 'different';
}
