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
