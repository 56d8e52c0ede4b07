import type { RegistryEntry } from '../registry/types';
import { thaiRanks } from './order';
import type { LaoType } from '../vocabulary';

/**
 * Who passes the letters to an LAO: the province writes to its own อบจ., เทศบาลนคร, เทศบาลเมือง (and เมืองพัทยา,
 * Bangkok), and each district passes them to the เทศบาลตำบล and อบต. of its area. Lists meant for chasing follow
 * that order, so the province's officer and each district's find their LAOs together.
 */
const PROVINCE_DIRECT: ReadonlySet<LaoType> = new Set<LaoType>(['อบจ.', 'เทศบาลนคร', 'เทศบาลเมือง', 'ท้องถิ่นรูปแบบพิเศษ', 'กรุงเทพมหานคร']);

export function throughDistrict(type: LaoType): boolean {
  return !PROVINCE_DIRECT.has(type);
}

export type ResponsibilityBlock =
  | { kind: 'province'; laos: RegistryEntry[] }
  /** `district` is the registry's ('' for an LAO the registry gives no district). */
  | { kind: 'district'; district: string; laos: RegistryEntry[] };

/** Within a block: เทศบาลตำบล before อบต., the province's own by rank (อบจ. first); then Thai order of names, codes. */
const TYPE_RANK: Readonly<Record<LaoType, number>> = {
  'อบจ.': 0,
  เทศบาลนคร: 1,
  เทศบาลเมือง: 2,
  ท้องถิ่นรูปแบบพิเศษ: 3,
  กรุงเทพมหานคร: 4,
  เทศบาลตำบล: 5,
  'อบต.': 6,
};

/**
 * One province's LAOs in order of responsibility: the province's own block first (only when it has any), then one
 * block per district in Thai order, each sorted so an officer can work down it. Empty blocks are left out.
 */
export function responsibilityBlocks(laos: readonly RegistryEntry[]): ResponsibilityBlock[] {
  const rank = thaiRanks(laos.flatMap((e) => [e.district, e.name]));
  const byOrder = (a: RegistryEntry, b: RegistryEntry) =>
    TYPE_RANK[a.type] - TYPE_RANK[b.type] || rank.get(a.name)! - rank.get(b.name)! || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  const own = laos.filter((e) => !throughDistrict(e.type)).sort(byOrder);
  const districts = new Map<string, RegistryEntry[]>();
  for (const e of laos) {
    if (!throughDistrict(e.type)) continue;
    let list = districts.get(e.district);
    if (!list) districts.set(e.district, (list = []));
    list.push(e);
  }
  const blocks: ResponsibilityBlock[] = own.length ? [{ kind: 'province', laos: own }] : [];
  for (const district of [...districts.keys()].sort((a, b) => rank.get(a)! - rank.get(b)!)) {
    blocks.push({ kind: 'district', district, laos: districts.get(district)!.sort(byOrder) });
  }
  return blocks;
}
