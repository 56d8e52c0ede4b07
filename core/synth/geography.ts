/** Thai administrative geography as plain lists: what the registry generator builds LAOs from. */
export interface GeoProvince {
  name: string;
  /** 2-digit province code (the registry code's digits 2–3). */
  code: string;
  districts: GeoDistrict[];
}

export interface GeoDistrict {
  /** As the registry writes it: `เมืองกระบี่`, `คลองท่อม`. */
  name: string;
  /** 2-digit district number within the province (`01` is the capital district). */
  code: string;
  tambons: string[];
}

/**
 * The compact format of the npm package `thai-address-database` (from jquery.Thailand.js): words and whole names
 * are replaced by letters and lookup indices. Its `geodb.json` carries province and district codes next to names:
 * `[[province, code, [[district, code, [[tambon, code, zip], ...]], ...]], ...]`.
 */
export interface CompactAddressDb {
  data: unknown[];
  lookup: string;
  words: string;
}

/** บึงกาฬ (created 2011) carries a provisional code in geodb.json; DLA's registry uses the official 38. */
const PROVINCE_CODE_FIXES: Record<string, string> = { บึงกาฬ: '38' };

/** Expands `geodb.json` into provinces; entries without codes are rejected, since codes are the point. */
export function expandCompactAddressDb(db: CompactAddressDb): GeoProvince[] {
  const lookup = db.lookup.split('|');
  const words = db.words.split('|');
  const text = (value: unknown): string => {
    const raw = typeof value === 'number' ? lookup[value] : value;
    if (typeof raw !== 'string') throw new Error(`bad name entry ${String(value)}`);
    return raw.replace(/[A-Za-z]/g, (m) => {
      const ch = m.charCodeAt(0);
      return words[ch < 97 ? ch - 65 : 26 + ch - 97] ?? m;
    });
  };
  const triple = (value: unknown): [unknown, unknown, unknown[]] => {
    if (!Array.isArray(value) || value.length !== 3) {
      throw new Error('not a geographic database entry (expected [name, code, children])');
    }
    return value as [unknown, unknown, unknown[]];
  };
  return db.data.map((p) => {
    const [pname, pcode, districts] = triple(p);
    const expanded = districts.map((a) => {
      const [aname, acode, tambons] = triple(a);
      return {
        name: text(aname),
        code: typeof acode === 'number' && acode > 0 ? String(acode % 100).padStart(2, '0') : '',
        tambons: [...new Set(tambons.map((t) => text(triple(t)[0])))],
      };
    });
    // Districts created after the data was coded (all of บึงกาฬ, กัลยาณิวัฒนา) have no code: number them after the
    // rest, the capital district (เมือง…) first as in official numbering.
    let last = Math.max(0, ...expanded.map((d) => Number(d.code) || 0));
    const uncoded = expanded.filter((d) => !d.code).sort((a, b) => Number(!a.name.startsWith('เมือง')) - Number(!b.name.startsWith('เมือง')));
    for (const d of uncoded) d.code = String(++last).padStart(2, '0');
    const name = text(pname);
    return { name, code: PROVINCE_CODE_FIXES[name] ?? String(pcode).padStart(2, '0'), districts: expanded };
  });
}
