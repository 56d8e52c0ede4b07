/**
 * A QR code as a PNG data URL, in pure JavaScript: Apps Script has no Node built-ins, no DOM, no canvas (and no
 * TextEncoder), so the command line's renderer cannot run there. The matrix comes from the `qrcode` package's
 * encoder (the one the command line uses), the PNG is written here: one bit per pixel, zlib by fflate, a few
 * hundred bytes to two kilobytes per code.
 */
import { zlibSync } from 'fflate';
import { create } from 'qrcode/lib/core/qrcode';
import type { QRCodeSegment } from 'qrcode';

/** As the printed cards (scripts/local/write-qr-cards.ts): M keeps a long prefilled link at a version phones read. */
export const QR_LEVEL = 'M';
/** Modules of white around the code: the standard's quiet zone. */
const QUIET = 4;

export interface QrImageOptions {
  /** Pixels per module: 4 leaves Sheets enough pixels to shrink the image into a cell sharply. */
  scale?: number;
}

/** The dark modules of the code for `text`, row by row (quiet zone not included). */
export function qrMatrix(text: string): { size: number; dark(row: number, column: number): boolean } {
  const { modules } = create(qrSegments(text), { errorCorrectionLevel: QR_LEVEL });
  return { size: modules.size, dark: (r, c) => Boolean(modules.get(r, c)) };
}

// QR's alphanumeric set: 5.5 bits a character against 8 in byte mode.
const ALPHANUMERIC = /^[0-9A-Z $%*+\-./:]$/;
/** A run this long pays for the two segment headers (about 32 bits) that switching to alphanumeric and back costs. */
const MIN_ALPHANUMERIC_RUN = 16;

/**
 * The text cut into segments, as the encoder's own splitting would, but without TextEncoder (which the encoder calls
 * for a byte segment given as a string and which Apps Script lacks): long runs of the alphanumeric set (a
 * percent-encoded Thai name is `%E0%B8%AD…`, 9 such characters a letter) in alphanumeric mode, the rest as UTF-8
 * bytes.
 */
export function qrSegments(text: string): QRCodeSegment[] {
  const chars = [...text];
  const segments: QRCodeSegment[] = [];
  let bytes: number[] = [];
  const flushBytes = () => {
    if (bytes.length) segments.push({ mode: 'byte', data: Uint8Array.from(bytes) });
    bytes = [];
  };
  for (let i = 0; i < chars.length;) {
    let end = i;
    while (end < chars.length && ALPHANUMERIC.test(chars[end]!)) end++;
    if (end - i >= MIN_ALPHANUMERIC_RUN) {
      flushBytes();
      segments.push({ mode: 'alphanumeric', data: chars.slice(i, end).join('') });
      i = end;
      continue;
    }
    const stop = Math.max(end, i + 1);
    for (const ch of chars.slice(i, stop)) bytes.push(...utf8(ch));
    i = stop;
  }
  flushBytes();
  return segments;
}

function utf8(ch: string): number[] {
  const cp = ch.codePointAt(0)!;
  if (cp < 0x80) return [cp];
  if (cp < 0x800) return [0xc0 | (cp >> 6), 0x80 | (cp & 63)];
  if (cp < 0x10000) return [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)];
  return [0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)];
}

/** The code for `text` as a PNG file: black on white, one bit per pixel, quiet zone included. */
export function qrPng(text: string, options: QrImageOptions = {}): Uint8Array {
  const scale = options.scale ?? 4;
  const matrix = qrMatrix(text);
  const modules = matrix.size + 2 * QUIET;
  const width = modules * scale;
  const rowBytes = Math.ceil(width / 8);
  const raw = new Uint8Array((rowBytes + 1) * width);
  // One row of pixels per row of modules, copied `scale` times (filter byte 0: none). In a grey-scale PNG of depth 1,
  // a set bit is white.
  const line = new Uint8Array(rowBytes);
  for (let m = 0; m < modules; m++) {
    line.fill(0xff);
    const r = m - QUIET;
    if (r >= 0 && r < matrix.size) {
      for (let c = 0; c < matrix.size; c++) {
        if (!matrix.dark(r, c)) continue;
        for (let x = (c + QUIET) * scale, end = x + scale; x < end; x++) line[x >> 3]! &= ~(0x80 >> (x & 7));
      }
    }
    for (let y = m * scale; y < (m + 1) * scale; y++) raw.set(line, y * (rowBytes + 1) + 1);
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, width);
  header.set([1, 0, 0, 0, 0], 8); // depth 1, grey-scale, deflate, adaptive filtering, no interlace
  return concat([PNG_SIGNATURE, chunk('IHDR', header), chunk('IDAT', zlibSync(raw, { level: 9 })), chunk('IEND', new Uint8Array(0))]);
}

/** `data:image/png;base64,…`: what `SpreadsheetApp.newCellImage().setSourceUrl` takes without any hosting. */
export function qrPngDataUrl(text: string, options: QrImageOptions = {}): string {
  return `data:image/png;base64,${base64(qrPng(text, options))}`;
}

const PNG_SIGNATURE = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

let CRC_TABLE: Uint32Array | null = null;

/** PNG's CRC-32 (ISO 3309), over a chunk's type and data. */
function crc32(bytes: Uint8Array): number {
  if (!CRC_TABLE) {
    CRC_TABLE = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      CRC_TABLE[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const b of bytes) crc = CRC_TABLE[(crc ^ b) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 with padding (Apps Script has `Utilities.base64Encode`, but a service call per image is not free). */
export function base64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += BASE64[n >> 18]! + BASE64[(n >> 12) & 63]! + (i + 1 < bytes.length ? BASE64[(n >> 6) & 63]! : '=') + (i + 2 < bytes.length ? BASE64[n & 63]! : '=');
  }
  return out;
}
