import { cellText, type Cell, type Grid } from '../../sheets-schema/cell';
import { sessionsSheet } from '../../sheets-schema/sessions';
import { readTable } from '../../sheets-schema/table';
import { parseDate } from '../dates/parse';
import { parseLaoType } from '../lao/lao-type';
import { cleanText, compactKey } from '../text/thai';
import type { Reason } from './types';
import { LAO_TYPES, type LaoType } from '../vocabulary';

export interface Session {
  /** Exactly as in the sheet (cleaned): it is the form's choice text. */
  label: string;
  /** Bangkok midnight of the session's day; null when the cell could not be read (reported as a warning). */
  date: Date | null;
  /** Free text, e.g. `09:00-12:00 น.` */
  time: string;
  laoTypes: LaoType[];
  link: string | null;
}

/** A problem in the sessions sheet; `row` is the 1-based data row, null for the whole sheet. */
export type SessionProblem = Reason & { row: number | null };

export type SessionsImport = { ok: true; sessions: Session[]; problems: SessionProblem[] } | { ok: false; problems: SessionProblem[] };

const TYPE_SEPARATOR = /[,;/\n、]|และ|หรือ/;
// Group words a schedule may use instead of listing types.
const ALL_MUNICIPALITIES: LaoType[] = ['เทศบาลนคร', 'เทศบาลเมือง', 'เทศบาลตำบล'];
const TYPE_GROUPS = new Map<string, readonly LaoType[]>([
  [compactKey('เทศบาล'), ALL_MUNICIPALITIES],
  [compactKey('ทุกประเภท'), LAO_TYPES],
  [compactKey('ทั้งหมด'), LAO_TYPES],
]);

/**
 * Reads the sessions sheet. Rows without a label or without any known LAO type are skipped (error); an unknown
 * type word or an unreadable date is a warning. Labels must be unique: they identify the session in responses.
 */
export function parseSessions(grid: Grid): SessionsImport {
  const table = readTable(sessionsSheet, grid);
  if (!table.ok) return { ok: false, problems: table.problems.map((p) => ({ code: p.code, severity: 'error', message: p.message, row: null })) };
  const problems: SessionProblem[] = [];
  const sessions: Session[] = [];
  const labels = new Set<string>();
  for (const row of table.rows) {
    const at = (severity: Reason['severity'], code: string, message: string) => problems.push({ code, severity, message, row: row.rowNumber });
    const label = cleanText(cellText(row.label));
    if (!label) {
      at('error', 'session_label_missing', 'ไม่มีชื่อรอบการประชุม ข้ามแถวนี้');
      continue;
    }
    if (labels.has(compactKey(label))) {
      at('error', 'session_label_duplicate', `ชื่อรอบการประชุม "${label}" ซ้ำกับแถวก่อนหน้า ข้ามแถวนี้`);
      continue;
    }
    const { types, unknown } = parseTypeList(cellText(row.laoTypes));
    for (const word of unknown) at('warning', 'session_type_unknown', `รอบ "${label}": ไม่รู้จักประเภท อปท. "${word}"`);
    if (types.length === 0) {
      at('error', 'session_types_missing', `รอบ "${label}" ไม่ระบุประเภท อปท. ที่เข้าร่วม ข้ามแถวนี้`);
      continue;
    }
    const date = parseDate(row.date);
    if (!date) at('warning', 'session_date_invalid', `รอบ "${label}": อ่านวันที่ "${cellText(row.date)}" ไม่ได้`);
    labels.add(compactKey(label));
    sessions.push({ label, date, time: cleanText(cellText(row.time)), laoTypes: types, link: cleanText(cellText(row.link)) || null });
  }
  if (sessions.length === 0) {
    problems.push({ code: 'sessions_empty', severity: 'error', message: 'ไม่พบรอบการประชุมที่ใช้ได้', row: null });
    return { ok: false, problems };
  }
  return { ok: true, sessions, problems };
}

/** `อบจ., เทศบาลนคร และเมืองพัทยา` to types in registry spelling (no repeats), plus the words not understood. */
export function parseTypeList(text: string): { types: LaoType[]; unknown: string[] } {
  const types: LaoType[] = [];
  const unknown: string[] = [];
  for (const word of cleanText(text)
    .split(TYPE_SEPARATOR)
    .map((w) => w.trim())
    .filter(Boolean)) {
    const found = TYPE_GROUPS.get(compactKey(word)) ?? [parseLaoType(word)];
    if (found[0] === null) unknown.push(word);
    for (const t of found) if (t && !types.includes(t)) types.push(t);
  }
  return { types, unknown };
}

/** The session a response names, comparing labels without spacing or punctuation differences; null if none. */
export function findSession(answer: Cell, sessions: readonly Session[]): Session | null {
  const key = compactKey(cellText(answer));
  return key ? (sessionsByKey(sessions).get(key) ?? null) : null;
}

// Label keys per sessions list, built once: findSession runs for every response.
const BY_KEY = new WeakMap<readonly Session[], Map<string, Session>>();

function sessionsByKey(sessions: readonly Session[]): Map<string, Session> {
  let map = BY_KEY.get(sessions);
  if (!map) {
    map = new Map();
    for (const s of sessions) if (!map.has(compactKey(s.label))) map.set(compactKey(s.label), s);
    BY_KEY.set(sessions, map);
  }
  return map;
}
