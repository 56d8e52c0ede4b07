import { createHash } from 'node:crypto';
import { formatThaiDateTime } from '../core/dates/format';
import type { WorkbookLayout } from '../sheets-schema/workbook';

/** Raise when the renderer changes how a layout looks, so every file is rendered again once. */
export const RENDER_VERSION = 1;

/**
 * What a workbook holds, as a short key: equal keys mean rendering again would change nothing a reader sees.
 * The generation time is in every sheet's title lines and the about sheet; on its own it is no change.
 */
export function workbookFingerprint(workbook: WorkbookLayout, generatedAt: Date): string {
  const text = JSON.stringify(workbook).split(formatThaiDateTime(generatedAt)).join('');
  return createHash('sha256').update(`${RENDER_VERSION}\n${text}`).digest('base64url');
}
