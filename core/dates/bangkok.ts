/**
 * Asia/Bangkok is UTC+7 all year (no DST), so a fixed offset is exact. Apps Script's V8 has only partial Intl,
 * hence no Intl here.
 */
export const BANGKOK_OFFSET_MS = 7 * 60 * 60 * 1000;

/** Buddhist era year = Gregorian + 543. */
export const BUDDHIST_ERA_OFFSET = 543;

export const THAI_MONTHS = ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'] as const;

export const THAI_MONTHS_SHORT = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'] as const;

export interface WallTime {
  /** Gregorian. */
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The Bangkok wall-clock time of an instant. */
export function bangkokWallTime(date: Date): WallTime {
  return utcWallTime(new Date(date.getTime() + BANGKOK_OFFSET_MS));
}

/** A Date's fields read in UTC: of an instant shifted by a zone's offset, that zone's wall-clock time. */
export function utcWallTime(date: Date): WallTime {
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
  };
}

/** The instant of a Bangkok wall-clock time, or null when a field is out of range (31 April, 24:00). */
export function fromBangkokWallTime(t: WallTime): Date | null {
  const { year, month, day, hour, minute, second } = t;
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second) - BANGKOK_OFFSET_MS);
}
