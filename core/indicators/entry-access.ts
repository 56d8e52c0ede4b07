/**
 * Who may edit what in the entry files: each province's coordinators (the coordinators sheet) edit the whole
 * file's entry columns; an LAO whose staff registered for the workshop with an e-mail gets its rows opened to those
 * e-mails only. Pure: the set-up reads the sheets and applies this.
 */
import { cellText, type Grid } from '../../sheets-schema/cell';
import { coordinatorsSheet, NATIONAL_KEY } from '../../sheets-schema/coordinators';
import { registrationsSheet } from '../../sheets-schema/registrations';
import { STATUS_LABELS } from '../vocabulary';
import { readTable } from '../../sheets-schema/table';
import { parseEmail } from '../contact/email';
import { normaliseProvince } from '../lao/place';
import type { Registry } from '../registry/index';

export interface EntryAccess {
  /** Province → coordinators' e-mails (sorted, distinct). */
  coordinators: Map<string, string[]>;
  /** LAO code → the e-mails its staff registered with (sorted, distinct). */
  laoEditors: Map<string, string[]>;
  /** Thai, for the admin: rows skipped and why. */
  problems: string[];
}

/**
 * From the coordinators sheet and the registrations the rebuild writes (only responses matched to an LAO and kept:
 * status ใช้ได้). Either sheet may be missing (null): nobody is then given access through it.
 */
export function entryAccess(registry: Registry, coordinatorsGrid: Grid | null, registrationsGrid: Grid | null): EntryAccess {
  const problems: string[] = [];
  const coordinators = new Map<string, Set<string>>();
  const provinces = new Set(registry.provinces());
  if (coordinatorsGrid) {
    const table = readTable(coordinatorsSheet, coordinatorsGrid);
    if (!table.ok) problems.push(...table.problems.map((p) => p.message));
    else
      for (const row of table.rows) {
        const province = normaliseProvince(cellText(row.province));
        const email = parseEmail(cellText(row.email));
        if (province === NATIONAL_KEY) continue;
        if (!provinces.has(province)) {
          problems.push(`แผ่นงาน "${coordinatorsSheet.name}" แถว ${row.rowNumber + 1}: ไม่พบจังหวัด "${cellText(row.province)}" ในทะเบียน อปท.`);
          continue;
        }
        if (!email.ok) {
          problems.push(`แผ่นงาน "${coordinatorsSheet.name}" แถว ${row.rowNumber + 1}: อีเมล "${cellText(row.email)}" ไม่ถูกต้อง`);
          continue;
        }
        add(coordinators, province, email.value);
      }
  }
  const laoEditors = new Map<string, Set<string>>();
  if (registrationsGrid) {
    const table = readTable(registrationsSheet, registrationsGrid);
    if (table.ok) {
      for (const row of table.rows) {
        if (cellText(row.status).trim() !== STATUS_LABELS.ok) continue;
        const code = cellText(row.laoCode).trim();
        const email = parseEmail(cellText(row.email));
        if (registry.byCode.has(code) && email.ok) add(laoEditors, code, email.value);
      }
    }
  }
  const sorted = (m: Map<string, Set<string>>) => new Map([...m].map(([k, v]) => [k, [...v].sort()]));
  return { coordinators: sorted(coordinators), laoEditors: sorted(laoEditors), problems };
}

function add(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}
