import { BUDDHIST_ERA_OFFSET, THAI_MONTHS, THAI_MONTHS_SHORT, bangkokWallTime } from './bangkok';

/** `25 พ.ย. 2569 14:05`: Buddhist era, Bangkok time. */
export function formatThaiDateTime(date: Date): string {
  const t = bangkokWallTime(date);
  return `${t.day} ${THAI_MONTHS_SHORT[t.month - 1]} ${t.year + BUDDHIST_ERA_OFFSET} ${pad(t.hour)}:${pad(t.minute)}`;
}

/** `25 พฤศจิกายน 2569`: Buddhist era, Bangkok date. */
export function formatThaiDate(date: Date): string {
  const t = bangkokWallTime(date);
  return `${t.day} ${THAI_MONTHS[t.month - 1]} ${t.year + BUDDHIST_ERA_OFFSET}`;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * `2026-08-16T09:05:07+07:00`: ISO 8601 in Bangkok time with its offset, for files machines read back (a UTC `Z`
 * time reads as the wrong hour to a person; a time without offset is ambiguous to a program).
 */
export function formatBangkokIso(date: Date): string {
  const t = bangkokWallTime(date);
  return `${t.year}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}+07:00`;
}
