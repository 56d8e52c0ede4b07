/**
 * Thai typed with the keyboard still on the English layout: `l;ylfu` for สวัสดี. A Thai keyboard (TIS 820-2538, the
 * Kedmanee layout every Thai computer has) puts a Thai character on each key; forgetting to switch gives the Latin
 * characters of the same keys. PyThaiNLP's `eng_to_thai` (pythainlp.util.keyboard) reads such text back; its tests
 * use `l;ylfu8iy[` for สวัสดีครับ and `Tok8kicsj'xitgmLwmp` for ธนาคารแห่งประเทศไทย. The layout below is the
 * standard's, key by key.
 */

/** US-QWERTY keys, unshifted then shifted, in row order (rows of 13, 13, 11 and 10 keys). */
const QWERTY = "`1234567890-=qwertyuiop[]\\asdfghjkl;'zxcvbnm,./" + '~!@#$%^&*()_+QWERTYUIOP{}|ASDFGHJKL:"ZXCVBNM<>?';
const ROW_LENGTHS = [13, 13, 11, 10] as const;
/** What each of those keys types on the Thai Kedmanee layout. */
const KEDMANEE = '_ๅ/-ภถุึคตจขชๆไำพะัีรนยบลฃฟหกดเ้่าสวงผปแอิืทมใฝ' + '%+๑๒๓๔ู฿๕๖๗๘๙๐"ฎฑธํ๊ณฯญฐ,ฅฤฆฏโฌ็๋ษศซ.()ฉฮฺ์?ฒฬฦ';

const THAI_KEYS = [...KEDMANEE];
const THAI_OF_KEY: ReadonlyMap<string, string> = new Map([...QWERTY].map((key, i) => [key, THAI_KEYS[i]!]));
const KEY_OF_THAI: ReadonlyMap<string, string> = new Map([...THAI_OF_KEY].map(([key, thai]) => [thai, key]));

/**
 * The Kedmanee layout's keys as rows, each row's characters unshifted and shifted (`rows[1].unshifted[0]` is ๆ, the
 * key under `q`): where a slip of the finger lands (core/synth/typing.ts).
 */
export function kedmaneeRows(): { unshifted: string[]; shifted: string[] }[] {
  const rows: { unshifted: string[]; shifted: string[] }[] = [];
  let start = 0;
  for (const length of ROW_LENGTHS) {
    rows.push({ unshifted: THAI_KEYS.slice(start, start + length), shifted: THAI_KEYS.slice(QWERTY.length / 2 + start, QWERTY.length / 2 + start + length) });
    start += length;
  }
  return rows;
}

const THAI_LETTER = /[\u0E01-\u0E4F]/;
/**
 * Two keys that type Thai letters: Latin letters and the punctuation keys (`,` ม, `;` ว, `'` ง, `[` บ, `]` ล, `=` ช,
 * `.` ใ ...): ม่วงชุม is `,j;'=6,`, one Latin letter. Digits alone (a code typed in the name) are not enough.
 */
const LETTER_KEYS = /[a-z;:'",.<>[\]{}\\|=/?].*[a-z;:'",.<>[\]{}\\|=/?]/i;

/**
 * Text that may be Thai typed on the English layout: no Thai character, and two keys that type Thai letters. Whether
 * it is must be judged by what thaiFromEnglishLayout gives (an LAO's name, or nothing).
 */
export function mayBeEnglishLayout(text: string): boolean {
  return !THAI_LETTER.test(text) && LETTER_KEYS.test(text);
}

/** The Thai the same keys type on the Kedmanee layout; a space and anything not on the keyboard stay. */
export function thaiFromEnglishLayout(text: string): string {
  let thai = '';
  for (const ch of text) thai += THAI_OF_KEY.get(ch) ?? ch;
  return thai;
}

/** What Thai text looks like typed with the keyboard on the English layout (the test data generator's mistake). */
export function englishLayoutOf(thai: string): string {
  let typed = '';
  for (const ch of thai) typed += KEY_OF_THAI.get(ch) ?? ch;
  return typed;
}
