/**
 * The settings sheet (`sheets-schema/settings.ts`): one value per Thai label. Unknown labels are ignored (people may
 * keep notes there); a label given twice is an error, since either value could be the one meant.
 */
import { cellText, type Grid } from '../../sheets-schema/cell';
import { SETTING_KEYS, settingsSheet, type SettingKey } from '../../sheets-schema/settings';
import { headerKey, readTable } from '../../sheets-schema/table';
import { cleanText } from '../text/thai';
import type { SheetProblem } from './coordinators';

export type SettingsRead = { ok: true; values: Partial<Record<SettingKey, string>> } | { ok: false; problems: SheetProblem[] };

export function parseSettings(grid: Grid): SettingsRead {
  const table = readTable(settingsSheet, grid);
  if (!table.ok) return { ok: false, problems: table.problems.map((p) => ({ row: null, message: p.message })) };
  const byLabel = new Map((Object.keys(SETTING_KEYS) as SettingKey[]).map((k) => [headerKey(SETTING_KEYS[k]), k]));
  const values: Partial<Record<SettingKey, string>> = {};
  const problems: SheetProblem[] = [];
  const seen = new Set<SettingKey>();
  for (const row of table.rows) {
    const key = byLabel.get(headerKey(cellText(row.key)));
    if (!key) continue;
    const value = cleanText(cellText(row.value));
    if (seen.has(key)) {
      problems.push({ row: row.rowNumber, message: `"${SETTING_KEYS[key]}" มีมากกว่าหนึ่งแถว กรุณาเหลือไว้แถวเดียว` });
      continue;
    }
    seen.add(key);
    if (value) values[key] = value;
  }
  return problems.length ? { ok: false, problems } : { ok: true, values };
}

/** A Drive folder's id from what people paste: the id itself or a folder link (`…/folders/<id>?usp=…`). */
export function folderIdOf(text: string): string | null {
  const fromLink = /\/folders\/([\w-]+)/.exec(text)?.[1] ?? /[?&]id=([\w-]+)/.exec(text)?.[1];
  if (fromLink) return fromLink;
  return /^[\w-]{10,}$/.test(text.trim()) ? text.trim() : null;
}
