import type { Cell } from '../../sheets-schema/cell';
import { cleanText } from '../text/thai';
import { BANGKOK_OFFSET_MS, BUDDHIST_ERA_OFFSET, THAI_MONTHS, THAI_MONTHS_SHORT, bangkokWallTime, fromBangkokWallTime } from './bangkok';

/**
 * A time after a date: `0:49:21`, `9.05`, with เวลา before it or น. after it as Thai writes a time (`เวลา 09:05 น.`),
 * or AM/PM as a spreadsheet in an English locale may write it back (`9:05:33 PM`). Groups: hour, minute, second, AM/PM.
 */
const TIME = String.raw`(?:,?\s*(?:เวลา\s*)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*(?:([ap])\.?\s?m\.?|น\.?)?)?`;
/**
 * Google Forms' Thai export `16/8/2021, 0:49:21` (the US one is `8/16/2021 0:49:21`); also `-` or `.` between date
 * parts and no comma or seconds.
 */
const DAY_MONTH_YEAR = new RegExp(String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})${TIME}$`, 'i');
/** A Thai-locale date with the month's name, and a time: `7 ธ.ค. 2569 09:05`, `7 ธันวาคม 2569 เวลา 09:05 น.`. */
const DAY_THAI_MONTH_YEAR_TIME = new RegExp(String.raw`^(\d{1,2})\s*([\u0E01-\u0E4F.]+?)\s*(?:พ\s*\.\s*ศ\s*\.\s*)?(\d{4})${TIME}$`, 'i');
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
/** `22 มิถุนายน 2569`, `วันจันทร์ที่ 22 มิ.ย. พ.ศ. 2569`; two-digit years are not accepted (ambiguous era). */
const DAY_THAI_MONTH_YEAR = /(\d{1,2})\s*([\u0E01-\u0E4F.]+?)\s*(?:พ\s*\.\s*ศ\s*\.|ค\s*\.\s*ศ\s*\.)?\s*(\d{4})/;

const MONTH_BY_NAME = new Map<string, number>([
  ...THAI_MONTHS.map((m, i): [string, number] => [m, i + 1]),
  ...THAI_MONTHS_SHORT.map((m, i): [string, number] => [m.replace(/\./g, ''), i + 1]),
]);

const DAY_MS = 24 * 60 * 60 * 1000;
// Spreadsheet serial day numbers (days since 1899-12-30, wall time), accepted only in a plausible range (2000–2100).
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);
const SERIAL_MIN = 36526;
const SERIAL_MAX = 73051;

/** Years typed in the Buddhist era (> 2400) become Gregorian. */
function gregorianYear(year: number): number {
  return year > 2400 ? year - BUDDHIST_ERA_OFFSET : year;
}

/** Which number comes first in `1/2/2026`: Thai and British exports put the day first, US ones the month. */
export type DateOrder = 'day-first' | 'month-first';

/**
 * The order of a file's slashed dates, from the dates themselves: a first number over 12 can only be a day, a second
 * over 12 only a day too (so the first is the month); the side with more such dates wins. When every date is
 * ambiguous (all in the first twelve days of a month), the header decides: Google's English `Timestamp` comes from
 * a form in an English locale, US by default (month first); the Thai `ประทับเวลา` from a Thai one (day first).
 */
export function detectDateOrder(cells: Iterable<Cell>, header = ''): DateOrder {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const cell of cells) {
    if (typeof cell !== 'string') continue;
    const m = DAY_MONTH_YEAR.exec(cleanText(cell));
    if (!m) continue;
    if (Number(m[1]) > 12) dayFirst++;
    else if (Number(m[2]) > 12) monthFirst++;
  }
  if (dayFirst !== monthFirst) return dayFirst > monthFirst ? 'day-first' : 'month-first';
  return /^\s*timestamp\s*$/i.test(header) ? 'month-first' : 'day-first';
}

/**
 * A submission timestamp: Date objects pass through; strings are `D/M/YYYY, H:mm:ss` (Google Forms' Thai export,
 * Gregorian; a year > 2400 is Buddhist era; `M/D/YYYY` when the file's order is month-first, see detectDateOrder)
 * or ISO; without a zone they are Bangkok wall time. Null if unreadable.
 */
export function parseTimestamp(cell: Cell, order: DateOrder = 'day-first'): Date | null {
  if (cell instanceof Date) return isNaN(cell.getTime()) ? null : cell;
  if (typeof cell === 'number') return fromSerial(cell);
  if (typeof cell !== 'string') return null;
  const text = cleanText(cell);
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) {
    const [day, month] = order === 'day-first' ? [dmy[1], dmy[2]] : [dmy[2], dmy[1]];
    const hour = hourOfDay(dmy[4], dmy[7]);
    return hour === null ? null : wall(dmy[3], month, day, hour, dmy[5], dmy[6]);
  }
  const iso = ISO.exec(text);
  if (iso) {
    const local = wall(iso[1], iso[2], iso[3], iso[4], iso[5], iso[6]);
    return local && iso[7] ? shiftToZone(local, iso[7]) : local;
  }
  const named = DAY_THAI_MONTH_YEAR_TIME.exec(text);
  const month = named && MONTH_BY_NAME.get(named[2]!.replace(/\./g, ''));
  const hour = named && hourOfDay(named[4], named[7]);
  return named && month && hour !== null ? wall(named[3], String(month), named[1], hour, named[5], named[6]) : null;
}

/** The hour on a 24-hour clock (12 AM is 0, 1 PM is 13); undefined without a time; null for no hour (13 PM). */
function hourOfDay(hour: string | undefined, amPm: string | undefined): string | undefined | null {
  if (hour === undefined || amPm === undefined) return hour;
  const h = Number(hour);
  if (h < 1 || h > 12) return null;
  return String((h % 12) + (amPm.toLowerCase() === 'p' ? 12 : 0));
}

/**
 * A date cell whose year is past 2400 was typed in the Buddhist era (`23/6/2569` into a sheet becomes the year 2569
 * of the Gregorian calendar): the same day, 543 years earlier.
 */
function typedInBuddhistEra(date: Date): Date {
  const year = date.getUTCFullYear();
  if (year <= 2400) return date;
  const shifted = new Date(date.getTime());
  shifted.setUTCFullYear(year - BUDDHIST_ERA_OFFSET);
  return shifted;
}

/**
 * A calendar date (a session's day, a date people typed) as the instant of Bangkok midnight: Date objects keep
 * their Bangkok calendar day; strings may be `D/M/YYYY`, ISO or `22 มิถุนายน 2569` / `22 มิ.ย. 2569`, in either era.
 */
export function parseDate(cell: Cell): Date | null {
  if (cell instanceof Date) return isNaN(cell.getTime()) ? null : bangkokMidnight(typedInBuddhistEra(cell));
  if (typeof cell === 'number') {
    const date = fromSerial(Math.floor(cell));
    return date && bangkokMidnight(date);
  }
  if (typeof cell !== 'string') return null;
  const text = cleanText(cell);
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) return wall(dmy[3], dmy[2], dmy[1]);
  const iso = ISO.exec(text);
  if (iso) return wall(iso[1], iso[2], iso[3]);
  const named = DAY_THAI_MONTH_YEAR.exec(text);
  const month = named && MONTH_BY_NAME.get((named[2] ?? '').replace(/\./g, ''));
  return named && month ? wall(named[3], String(month), named[1]) : null;
}

function wall(year?: string, month?: string, day?: string, hour?: string, minute?: string, second?: string): Date | null {
  return fromBangkokWallTime({
    year: gregorianYear(Number(year)),
    month: Number(month),
    day: Number(day),
    hour: Number(hour ?? 0),
    minute: Number(minute ?? 0),
    second: Number(second ?? 0),
  });
}

/** `local` was computed as Bangkok wall time; re-read the same wall time in the written zone. */
function shiftToZone(local: Date, zone: string): Date {
  if (zone.toUpperCase() === 'Z') return new Date(local.getTime() + BANGKOK_OFFSET_MS);
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.replace(/\D/g, '');
  const offsetMinutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
  return new Date(local.getTime() + BANGKOK_OFFSET_MS - offsetMinutes * 60 * 1000);
}

function fromSerial(serial: number): Date | null {
  if (!(serial >= SERIAL_MIN && serial <= SERIAL_MAX)) return null;
  const wallAsUtc = new Date(SERIAL_EPOCH_MS + Math.round(serial * DAY_MS));
  return new Date(wallAsUtc.getTime() - BANGKOK_OFFSET_MS);
}

function bangkokMidnight(date: Date): Date | null {
  const t = bangkokWallTime(date);
  return fromBangkokWallTime({ ...t, hour: 0, minute: 0, second: 0 });
}
