import { cleanText } from '../text/thai';

// A quote may come before the prefix (`“อ.แม่สอด”`; curly ones are plain after cleanText).
const PROVINCE_PREFIX = /^["'`]?\s*(?:จังหวัด|จ\s*\.)\s*/;
const DISTRICT_PREFIX = /^["'`]?\s*(?:อำเภอ|อ\s*\.|เขต|กิ่งอำเภอ|กิ่ง\s*อ\s*\.)\s*/;
const BANGKOK = /^(กรุงเทพ(มหานคร|ฯ)?|กทม\.?|bangkok)$/i;

// Spaces, and quotes around a place: no place name holds them.
const SPACES_AND_QUOTES = /[\s"'`]+/g;

/** Province as typed (`จ.ตาก`, `จังหวัด ตาก`) to its bare name; every spelling of Bangkok to กรุงเทพมหานคร. */
export function normaliseProvince(text: string): string {
  const bare = cleanText(text).replace(PROVINCE_PREFIX, '').replace(SPACES_AND_QUOTES, '');
  return BANGKOK.test(bare) ? 'กรุงเทพมหานคร' : bare;
}

/** District as typed (`อ.แม่สอด`, `อำเภอเมืองตาก`, `เขตบางรัก`) to its bare name, spaces and quotes removed. */
export function normaliseDistrict(text: string): string {
  return cleanText(text).replace(DISTRICT_PREFIX, '').replace(SPACES_AND_QUOTES, '');
}

/**
 * A district answer (normaliseDistrict's: spaces gone) without the stated province written after it, as an address
 * line writes both in one box: `อ.โนนคูณ จ.ศรีสะเกษ`, `อำเภอดอกคำใต้จังหวัดพะเยา`, `ชนแดน - เพชรบูรณ์`,
 * `ชนแดน/เพชรบูรณ์`. As it is when nothing would be left.
 */
export function withoutProvinceAfter(text: string, province: string): string {
  if (!text.endsWith(province) || text.length === province.length) return text;
  const cut = text.slice(0, -province.length).replace(PROVINCE_WORD_AT_END, '');
  return cut === '' ? text : cut;
}

// What comes between a district and the province after it: a dash (typographic ones are plain after cleanText), a
// slash or a comma, จังหวัด or จ.
const PROVINCE_WORD_AT_END = /[-/,]*(?:จังหวัด|จ\s*\.)?$/;

/**
 * Comparison key for a district within a province: the registry writes the capital district both as
 * `เมืองตาก` and, for a few provinces, as the province name (พระนครศรีอยุธยา); people write `เมือง` alone.
 */
export function districtKey(district: string, province: string): string {
  const bare = normaliseDistrict(district);
  const prov = normaliseProvince(province);
  if (bare === 'เมือง' || bare === 'เมืองฯ' || bare === `เมือง${prov}` || bare === prov) return `เมือง${prov}`;
  return bare;
}

const PAIYANNOI = '\u0E2F';

/**
 * A place name cut short with ฯ (paiyannoi), as Thai writes long names: `นครศรีฯ`, `สุราษฎร์ฯ`, `อุบลฯ`, `ประจวบฯ`.
 * The one name of `names` it begins, or null (not abbreviated, or the stem begins none or several).
 */
export function expandAbbreviation(text: string, names: Iterable<string>): string | null {
  if (!text.endsWith(PAIYANNOI)) return null;
  const stem = text.slice(0, -1).trim();
  if (Array.from(stem).length < 2) return null;
  let found: string | null = null;
  for (const name of names) {
    if (!name.startsWith(stem) || name === found) continue;
    if (found !== null) return null;
    found = name;
  }
  return found;
}

/**
 * A district answer cut short with ฯ, against the province's district keys (districtKey): as expandAbbreviation, and,
 * where it begins no district, the capital district by the province's name, which its key does not begin with
 * (พระนครศรีฯ for อ.พระนครศรีอยุธยา, keyed เมืองพระนครศรีอยุธยา; the province's name in a district box reads as its
 * capital district). A stem that begins a district is that district's (เชียฯ: เชียงดาว, not เชียงใหม่).
 */
export function expandDistrictAbbreviation(text: string, province: string, keys: Iterable<string>): string | null {
  const districts = [...keys];
  const found = expandAbbreviation(text, districts);
  if (found !== null) return found;
  const prov = normaliseProvince(province);
  const capital = `เมือง${prov}`;
  if (!districts.includes(capital) || expandAbbreviation(text, [prov]) === null) return null;
  return districts.some((d) => expandAbbreviation(text, [d]) !== null) ? null : capital;
}
