/**
 * Content fingerprints of rendered sheets and workbooks, the one definition both adapters use to skip a write that
 * would change nothing: Apps Script keeps them in script properties (apps-script/rebuild.ts, layout-writer.ts,
 * chunked-writer.ts), the cloud function in each file's Drive app properties (functions/rebuild.ts). Pure, so it
 * runs in Apps Script's V8, which has no Node crypto.
 */
import { formatThaiDateTime } from '../dates/format';
import type { SheetLayout, WorkbookLayout } from '../../sheets-schema/workbook';

/**
 * Raise by one whenever a writer changes how a layout is rendered (formats, colours, widths, set-up): every stored
 * fingerprint then differs, so every sheet and file is rendered again once, in both adapters.
 */
export const RENDER_VERSION = 1;

/**
 * A 53-bit hash of a text (cyrb53, public domain), base 36. Not for security: a collision only means a sheet is
 * rewritten one run later than it could be.
 */
export function fingerprint(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The fingerprint of a value as rendered by this version of the writers. */
export function renderedFingerprint(value: unknown, version = RENDER_VERSION): string {
  return fingerprint(`${version}\n${JSON.stringify(value)}`);
}

/**
 * A sheet's fingerprint without the generation time (`stamp`, as `formatThaiDateTime` writes it in the title lines
 * and the about sheet): the clock alone is no change.
 */
export function sheetFingerprint(layout: SheetLayout, stamp: string, version = RENDER_VERSION): string {
  return fingerprint(`${version}\n${JSON.stringify(layout).split(stamp).join('')}`);
}

/** Each sheet's fingerprint and the workbook's, made of them: equal means rendering again changes nothing a reader sees. */
export function workbookFingerprints(workbook: WorkbookLayout, stamp: string, version = RENDER_VERSION): { workbook: string; sheets: string[] } {
  const sheets = workbook.sheets.map((s) => sheetFingerprint(s, stamp, version));
  return { workbook: fingerprint(sheets.join(',')), sheets };
}

/** The workbook's fingerprint for a layout generated at `generatedAt`. */
export function workbookFingerprint(workbook: WorkbookLayout, generatedAt: Date): string {
  return workbookFingerprints(workbook, formatThaiDateTime(generatedAt)).workbook;
}
