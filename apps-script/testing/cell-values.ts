/**
 * How a spreadsheet stores what `setValue(s)`/`appendRow` hand it, and how it hands values back.
 *
 * Apps Script writes values as if a person typed them (the Sheets API's USER_ENTERED): a string starting with
 * `=` becomes a formula, `0812345678` a number (the leading zero is lost), `TRUE` a boolean, `16/8/2021` a date
 * (Thai locale: day first). A leading apostrophe makes the rest plain text and is not stored. A cell formatted
 * as plain text (`@`) keeps whatever string it is given.
 */
import { utcWallTime, type WallTime } from '../../core/dates/bangkok';

/** A stored date, kept as epoch milliseconds so no realm's Date leaks into storage. */
export interface StoredDate {
  ms: number;
}
export type StoredValue = string | number | boolean | StoredDate;

export interface Entered {
  value: StoredValue;
  formula: string;
}

const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?$/;
const PERCENT = /^([+-]?\d+(\.\d+)?)%$/;
const DAY_MONTH_YEAR = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

export const PLAIN_TEXT_FORMAT = '@';

export function isStoredDate(value: StoredValue): value is StoredDate {
  return typeof value === 'object';
}

/** Offset of a time zone from UTC at an instant, in minutes (Asia/Bangkok: +420). */
export function zoneOffsetMinutes(timeZone: string, ms: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(ms));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60000);
}

/** Wall-clock fields of an instant in a time zone. */
export function wallClock(ms: number, timeZone: string): WallTime {
  return utcWallTime(new Date(ms + zoneOffsetMinutes(timeZone, ms) * 60000));
}

function fromWallClock(timeZone: string, y: number, mo: number, d: number, h: number, mi: number, s: number): number {
  const guess = Date.UTC(y, mo - 1, d, h, mi, s);
  return guess - zoneOffsetMinutes(timeZone, guess) * 60000;
}

/** Interprets one value as `setValues` does. `isDate` must recognise Dates from any realm. */
export function enterValue(input: unknown, format: string | null, timeZone: string, isDate: (v: unknown) => v is Date): Entered {
  const plain = (value: StoredValue): Entered => ({ value, formula: '' });
  if (input === null || input === undefined) return plain('');
  if (typeof input === 'number' || typeof input === 'boolean') return plain(input);
  if (isDate(input)) return plain({ ms: input.getTime() });
  const text = String(input);
  if (format === PLAIN_TEXT_FORMAT || text === '') return plain(text);
  if (text.startsWith("'")) return plain(text.slice(1));
  if (text.startsWith('=') && text.length > 1) return { value: '', formula: text };
  const trimmed = text.trim();
  if (NUMBER.test(trimmed) && /\d/.test(trimmed)) return plain(Number(trimmed.replace(/,/g, '')));
  const percent = PERCENT.exec(trimmed);
  if (percent) return plain(Number(percent[1]) / 100);
  if (/^(true|false)$/i.test(trimmed)) return plain(trimmed.toLowerCase() === 'true');
  const dmy = DAY_MONTH_YEAR.exec(trimmed);
  if (dmy) {
    const [d, mo, y, h, mi, s] = dmy.slice(1).map((v) => Number(v ?? 0)) as [number, number, number, number, number, number];
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) return plain({ ms: fromWallClock(timeZone, y, mo, d, h, mi, s) });
  }
  return plain(text);
}

/** `getValues`: the computed value; the fakes do not evaluate formulas, so a formula reads as an error value. */
export function readValue(value: StoredValue, formula: string, toDate: (ms: number) => Date): string | number | boolean | Date {
  if (formula) return '#ERROR!';
  return isStoredDate(value) ? toDate(value.ms) : value;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Sheets date pattern tokens: `m`/`mm` mean minutes after an hour token, months otherwise. */
export function formatDatePattern(ms: number, pattern: string, timeZone: string): string {
  const t = wallClock(ms, timeZone);
  const tokens = pattern.match(/yyyy|yy|dd|d|hh|h|mm|m|ss|s|[^a-z]+|[a-z]+/gi) ?? [];
  let afterHour = false;
  return tokens
    .map((tok) => {
      switch (tok.toLowerCase()) {
        case 'yyyy':
          return String(t.year);
        case 'yy':
          return pad(t.year % 100);
        case 'dd':
          return pad(t.day);
        case 'd':
          return String(t.day);
        case 'hh':
          afterHour = true;
          return pad(t.hour);
        case 'h':
          afterHour = true;
          return String(t.hour);
        case 'mm':
          return afterHour ? pad(t.minute) : pad(t.month);
        case 'm':
          return afterHour ? String(t.minute) : String(t.month);
        case 'ss':
          return pad(t.second);
        case 's':
          return String(t.second);
        default:
          return tok;
      }
    })
    .join('');
}

function formatNumber(n: number, format: string | null): string {
  if (!format || format === PLAIN_TEXT_FORMAT || /general|#{5,}/i.test(format)) return String(n);
  const percent = format.endsWith('%');
  const body = percent ? format.slice(0, -1) : format;
  const decimals = (body.split('.')[1] ?? '').length;
  const value = percent ? n * 100 : n;
  const fixed = value.toFixed(decimals);
  const grouped = body.includes(',') ? fixed.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : fixed;
  return percent ? `${grouped}%` : grouped;
}

/** `getDisplayValues`: text as the cell shows it. Dates without a format show as the Thai locale's default. */
export function displayValue(value: StoredValue, formula: string, format: string | null, timeZone: string): string {
  if (formula) return '#ERROR!';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isStoredDate(value)) {
    const pattern = format && /[dy]/i.test(format) ? format : 'd/m/yyyy, h:mm:ss';
    return formatDatePattern(value.ms, pattern, timeZone);
  }
  return formatNumber(value, format);
}
