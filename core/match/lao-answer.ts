import { parseLaoType, splitLaoName, type LaoType } from '../lao/lao-type';
import { cleanText, compactKey, thaiDigitsToArabic } from '../text/thai';

/** What a respondent answered about their LAO, as typed. */
export interface LaoQuery {
  province: string;
  district: string;
  /** The form's type choice; may be blank or wrong. */
  typeAnswer: string;
  /** Typed LAO name; may carry a type prefix, a division, or the district and province after it. */
  laoName: string;
  /** รหัส อปท. when given (prefilled links); may be wrong. */
  code?: string;
}

/** A type answer: the registry type, or only "some เทศบาล" when the level was left out. */
export interface TypeAnswer {
  type: LaoType | null;
  municipality: boolean;
}

export interface LaoNameAnswer extends TypeAnswer {
  /** Bare name as typed (cleaned), without type prefix or location words. */
  name: string;
  /** compactKey of name. */
  key: string;
}

const MUNICIPALITY_KEY = compactKey('เทศบาล');

/** The form's type choice (long form, abbreviation, `(อบต.)` suffix) to a registry type. */
export function parseTypeAnswer(text: string): TypeAnswer {
  const type = parseLaoType(text) ?? parseLaoType(cleanText(text).replace(/\(.*?\)/g, ''));
  return { type, municipality: type === null && compactKey(text) === MUNICIPALITY_KEY };
}

// องค์กร for องค์การ is the commonest misspelling of the long forms.
const LONG_FORM_MISSPELLING = /องค์กร\s*บริหาร\s*ส่วน/g;
// A type word after other words: `กองคลัง เทศบาลตำบลนาดี`, `สำนักปลัด อบต.นาดี`.
const TYPE_WORD_INSIDE = /\s(องค์การบริหารส่วน|เทศบาล|อบ[ตจ]\s?\.|ท\s?\.?\s?[ตมน]\s?\.|เมืองพัทยา)/;
// Location written after the name: `นาดี อ.เมือง จ.ตาก`, `นาดี ตำบลนาดี`. Needs a space before it: `จ.ป.ร.` is a name.
const LOCATION_TAIL = /\s+(อำเภอ|อ\s?\.|จังหวัด|จ\s?\.|ตำบล|ต\s?\.)\s*\S.*$/;
const PATTAYA = new Set(['พัทยา', 'เมืองพัทยา']);
const TAMBON_HEAD = /^(ตำบล|ต\s?\.)\s*(?=\S)/;

/**
 * Reads a typed LAO name into its type prefix and bare name:
 * `อบต. คลองท่อมใต้`, `องค์กรบริหารส่วนตำบลคลองท่อมใต้ อ.คลองท่อม`, `กองคลัง อบต.คลองท่อมใต้` all give อบต. + คลองท่อมใต้.
 */
export function parseLaoNameAnswer(text: string): LaoNameAnswer {
  let clean = cleanText(text).replace(LONG_FORM_MISSPELLING, 'องค์การบริหารส่วน');
  const inside = TYPE_WORD_INSIDE.exec(clean);
  if (inside) clean = clean.slice(inside.index + 1);
  // Only a type word (`อบต.`, `เทศบาล`): the type, and no name.
  const onlyType = parseTypeAnswer(clean);
  if (onlyType.type || onlyType.municipality) return { ...onlyType, name: '', key: '' };
  const split = splitLaoName(clean);
  const municipality = split.type === null && split.name !== clean && compactKey(clean).startsWith(MUNICIPALITY_KEY);
  const name = split.name.replace(LOCATION_TAIL, '').replace(TAMBON_HEAD, '').trim();
  // Pattaya is often written without เมือง (and sometimes as a เทศบาลเมือง).
  const key = compactKey(name);
  if (PATTAYA.has(key)) return { type: 'ท้องถิ่นรูปแบบพิเศษ', municipality: false, name: 'เมืองพัทยา', key: 'เมืองพัทยา' };
  return { type: split.type, municipality, name, key };
}

/** A typed รหัส อปท.: Thai digits, spaces and dashes tolerated; '' when blank. */
export function parseCodeAnswer(text: string | undefined): string {
  return thaiDigitsToArabic(cleanText(text ?? '')).replace(/[\s\-.]/g, '').toUpperCase();
}
