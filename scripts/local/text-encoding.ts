import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

/**
 * What a CSV's bytes are. Excel on Thai Windows saves "CSV (Comma delimited)" as Windows-874 (TIS-620 plus a few
 * punctuation marks) and "Unicode Text" as UTF-16 little-endian; Google Sheets and "CSV UTF-8" give UTF-8.
 */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-874';

export type Sniffed =
  | { kind: 'text'; encoding: TextEncoding; /** bytes of the byte-order mark to skip */ bom: number }
  | { kind: 'empty' }
  | { kind: 'binary'; /** what the bytes look like, for the message */ looksLike: 'xlsx' | 'xls' | 'other' };

/** Thai names of the encodings, for messages. */
export const ENCODING_NAMES: Readonly<Record<TextEncoding, string>> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (Unicode)',
  'utf-16be': 'UTF-16 (Unicode, big-endian)',
  'windows-874': 'Windows-874 / TIS-620 (ภาษาไทยแบบเก่าของ Windows)',
};

/** Bytes looked at to tell UTF-16 without a byte-order mark and binary files from text. */
const SAMPLE = 64 * 1024;

/**
 * Tells the encoding from the bytes: a byte-order mark first; then zero bytes (UTF-16 text has one in every other
 * byte for each comma, digit and line break; any other file with zero bytes is binary); then whether the bytes are
 * valid UTF-8 (Windows-874 Thai, bytes 0xA1–0xFB, practically never is); else Windows-874, unless control bytes
 * say it is not text at all.
 */
export function sniffEncoding(bytes: Uint8Array): Sniffed {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return textOrEmpty(bytes, 'utf-8', 3);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return textOrEmpty(bytes, 'utf-16le', 2);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return textOrEmpty(bytes, 'utf-16be', 2);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return { kind: 'binary', looksLike: 'xlsx' };
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return { kind: 'binary', looksLike: 'xls' };
  if (isBlank(bytes)) return { kind: 'empty' };

  const sample = bytes.subarray(0, SAMPLE);
  let zerosEven = 0;
  let zerosOdd = 0;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!;
    if (b === 0) {
      if (i % 2 === 0) zerosEven++;
      else zerosOdd++;
    } else if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1a)) {
      control++;
    }
  }
  const half = sample.length / 2;
  // ASCII in UTF-16 puts its zero byte after (little-endian) or before (big-endian) the character.
  if (zerosOdd > half * 0.2 && zerosEven < zerosOdd / 20) return { kind: 'text', encoding: 'utf-16le', bom: 0 };
  if (zerosEven > half * 0.2 && zerosOdd < zerosEven / 20) return { kind: 'text', encoding: 'utf-16be', bom: 0 };
  if (zerosEven + zerosOdd > 0 || control > sample.length / 100) return { kind: 'binary', looksLike: 'other' };
  if (isUtf8(bytes) || mostlyThaiUtf8(sample)) return { kind: 'text', encoding: 'utf-8', bom: 0 };
  return { kind: 'text', encoding: 'windows-874', bom: 0 };
}

/**
 * UTF-8 with a few damaged bytes (a file cut mid-character, one bad paste) is still UTF-8: nearly all its bytes over
 * 0x7F are Thai letters' three-byte sequences E0 B8|B9 xx, which Windows-874 text forms only by chance (เธ, เน + a
 * consonant). The damaged bytes then read as U+FFFD instead of every Thai letter turning into three wrong ones.
 */
function mostlyThaiUtf8(sample: Uint8Array): boolean {
  let high = 0;
  let inThai = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i]! < 0x80) continue;
    high++;
    const next = sample[i + 1];
    const third = sample[i + 2];
    if (sample[i] === 0xe0 && (next === 0xb8 || next === 0xb9) && third !== undefined && third >= 0x80 && third <= 0xbf) {
      inThai += 3;
      high += 2;
      i += 2;
    }
  }
  return high > 0 && inThai >= high * 0.9;
}

function textOrEmpty(bytes: Uint8Array, encoding: TextEncoding, bom: number): Sniffed {
  return isBlank(bytes.subarray(bom), encoding.startsWith('utf-16') ? 2 : 1) ? { kind: 'empty' } : { kind: 'text', encoding, bom };
}

/** Only spaces, tabs, line breaks and commas (a sheet of empty cells): nothing a person typed. */
function isBlank(bytes: Uint8Array, step = 1): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0 && step === 2) continue;
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x2c) return false;
  }
  return true;
}

/** The text of bytes in a non-UTF-8 encoding, decoded by iconv-lite (its tables, not ours), without the BOM. */
export function decodeText(bytes: Buffer, encoding: Exclude<TextEncoding, 'utf-8'>, bom: number): string {
  return iconv.decode(bytes.subarray(bom), encoding);
}

/** The bytes of text in an encoding: used to make the test fixtures Excel would make. */
export function encodeText(text: string, encoding: TextEncoding, withBom: boolean): Buffer {
  if (encoding === 'utf-8') return Buffer.from(`${withBom ? '\uFEFF' : ''}${text}`, 'utf8');
  const body = iconv.encode(text, encoding);
  if (!withBom || encoding === 'windows-874') return body;
  return Buffer.concat([Buffer.from(encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
}
