import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** Reads a PNG file with a real decoder (pngjs), then its QR code (jsQR); null when none is found. */
export function decodeQrPng(bytes: Uint8Array): string | null {
  const png = PNG.sync.read(Buffer.from(bytes));
  return jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height)?.data ?? null;
}

/** The same for a `data:image/png;base64,…` URL (a cell image's source). */
export function decodeQrDataUrl(url: string): string | null {
  const match = /^data:image\/png;base64,(.+)$/.exec(url);
  if (!match) throw new Error(`not a PNG data URL: ${url.slice(0, 40)}…`);
  return decodeQrPng(Buffer.from(match[1]!, 'base64'));
}
