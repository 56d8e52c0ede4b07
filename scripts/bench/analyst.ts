/**
 * The third baseline: an analyst's afternoon script, as someone fluent in pandas would write it (and as the issue's
 * outside judge ran it). Written from the libraries' documentation, not from lao-minstd:
 * - pandas string methods (`str.strip`, `str.lower`, `str.replace` with a regex): normalise each column; Python's
 *   `\d`/`\D` are Unicode-aware, so Thai digits stay digits but are not converted.
 * - RapidFuzz `fuzz.ratio` (https://rapidfuzz.github.io/RapidFuzz/Usage/fuzz.html#ratio): the normalised Indel
 *   similarity, 100 · (1 − (insertions + deletions) / (len(a) + len(b))), on code points;
 *   `process.extractOne(..., score_cutoff=80)` keeps the first best choice at or above the cut-off.
 * - Matching: block the registry by province and (when the type answer names one) type; score each LAO's name by
 *   `fuzz.ratio`, plus 10 when the stated district is the LAO's; the best at 80 or more is the match.
 * - Duplicates: within each matched LAO, two rows whose names score 90 or more and share the phone digits or the
 *   e-mail are one person (transitively); every row points to the person's latest row.
 */
import type { RegistryEntry } from '../../core/registry/types';

/** `fuzz.ratio` on code points: 200 · LCS / (len(a) + len(b)), 100 for two empty strings. */
export function fuzzRatio(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  if (s.length + t.length === 0) return 100;
  // Indel distance = len(a) + len(b) − 2 · LCS.
  let previous = new Int32Array(t.length + 1);
  let current = new Int32Array(t.length + 1);
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      current[j] = s[i - 1] === t[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return (200 * previous[t.length]!) / (s.length + t.length);
}

// `df[col].str.strip().str.lower().str.replace(r'\s+', '', regex=True)` and the prefixes an analyst knows to drop.
const LAO_PREFIX = /^(องค์การบริหารส่วนตำบล|องค์การบริหารส่วนจังหวัด|องค์กรบริหารส่วนตำบล|เทศบาลตำบล|เทศบาลเมือง|เทศบาลนคร|เทศบาล|อบต\.?|อบจ\.?|ทต\.?|ทม\.?|ทน\.?)/;
const PLACE_PREFIX = /^(จังหวัด|จ\.|อำเภอ|อ\.)/;
const PERSON_TITLE = /^(นางสาว|นาง|นาย|น\.ส\.|ว่าที่ร้อยตรี|ว่าที่ร\.ต\.|ดร\.)/;
const TYPE_CHOICES: Record<string, RegistryEntry['type']> = {
  องค์การบริหารส่วนจังหวัด: 'อบจ.',
  เทศบาลนคร: 'เทศบาลนคร',
  เทศบาลเมือง: 'เทศบาลเมือง',
  เทศบาลตำบล: 'เทศบาลตำบล',
  องค์การบริหารส่วนตำบล: 'อบต.',
  เมืองพัทยา: 'ท้องถิ่นรูปแบบพิเศษ',
  กรุงเทพมหานคร: 'กรุงเทพมหานคร',
};

const squeeze = (text: string): string => text.trim().toLowerCase().replace(/\s+/gu, '');
export const analystLaoName = (text: string): string => squeeze(text).replace(LAO_PREFIX, '');
export const analystPlace = (text: string): string => squeeze(text).replace(PLACE_PREFIX, '');
export const analystPerson = (text: string): string => squeeze(text).replace(PERSON_TITLE, '');
/** `re.sub(r'\D', '', phone)`, then a leading 66 read as 0 (Python's \d keeps Thai digits as they are). */
export const analystPhone = (text: string): string => text.replace(/\P{Nd}/gu, '').replace(/^66/, '0');

export interface AnalystRow {
  province: string;
  district: string;
  laoType: string;
  laoName: string;
  person: string;
  phone: string;
  email: string;
  /** Submission order (the timestamp column sorted). */
  order: number;
}

/** The LAO code of each row (or null), by blocked fuzzy matching with a district bonus. */
export function analystMatch(registry: readonly RegistryEntry[], rows: readonly AnalystRow[]): Array<string | null> {
  const blocks = new Map<string, RegistryEntry[]>();
  for (const e of registry) {
    for (const key of [`${e.province}|${e.type}`, `${e.province}|*`]) {
      const list = blocks.get(key);
      if (list) list.push(e);
      else blocks.set(key, [e]);
    }
  }
  const names = new Map(registry.map((e) => [e, analystLaoName(e.name)]));
  const districts = new Map(registry.map((e) => [e, analystPlace(e.district)]));
  // The same answers recur (colleagues of one LAO): an analyst's groupby would score each once.
  const seen = new Map<string, string | null>();
  return rows.map((r) => {
    const province = analystPlace(r.province);
    const type = TYPE_CHOICES[r.laoType.trim()] ?? '*';
    const name = analystLaoName(r.laoName);
    const district = analystPlace(r.district);
    const key = `${province}|${type}|${name}|${district}`;
    const known = seen.get(key);
    if (known !== undefined) return known;
    let best: RegistryEntry | null = null;
    let bestScore = 80;
    for (const e of blocks.get(`${province}|${type}`) ?? []) {
      const score = fuzzRatio(name, names.get(e)!) + (district !== '' && districts.get(e) === district ? 10 : 0);
      if (score > bestScore || (best === null && score === bestScore)) {
        best = e;
        bestScore = score;
      }
    }
    const code = best?.code ?? null;
    seen.set(key, code);
    return code;
  });
}

/** For each row, the latest row of the same person within the same matched LAO (itself when it is the latest: null). */
export function analystDuplicates(rows: readonly AnalystRow[], laoCodes: ReadonlyArray<string | null>): Array<number | null> {
  const parent = rows.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const byLao = new Map<string, number[]>();
  laoCodes.forEach((code, i) => {
    if (code === null) return;
    const list = byLao.get(code);
    if (list) list.push(i);
    else byLao.set(code, [i]);
  });
  const person = rows.map((r) => analystPerson(r.person));
  const phone = rows.map((r) => analystPhone(r.phone));
  const email = rows.map((r) => squeeze(r.email));
  for (const group of byLao.values()) {
    for (let x = 0; x < group.length; x++) {
      for (let y = x + 1; y < group.length; y++) {
        const [a, b] = [group[x]!, group[y]!];
        const contact = (phone[a] !== '' && phone[a] === phone[b]) || (email[a] !== '' && email[a] === email[b]);
        if (contact && person[a] !== '' && fuzzRatio(person[a]!, person[b]!) >= 90) parent[find(a)] = find(b);
      }
    }
  }
  const latest = new Map<number, number>();
  rows.forEach((r, i) => {
    const root = find(i);
    const kept = latest.get(root);
    if (kept === undefined || rows[kept]!.order < r.order) latest.set(root, i);
  });
  return rows.map((_, i) => {
    const kept = latest.get(find(i))!;
    return kept === i ? null : kept;
  });
}
