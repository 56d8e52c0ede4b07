import { cleanFor, cleanText, compactKey, type MarkOrder } from '../text/thai';
import type { LaoType } from '../vocabulary';

/** Every way people write each type, longest first so a prefix match takes the most specific form. */
const ALIASES: Array<[string, LaoType]> = (
  [
    ['องค์การบริหารส่วนจังหวัด', 'อบจ.'],
    ['อบจ', 'อบจ.'],
    ['เทศบาลนคร', 'เทศบาลนคร'],
    ['ทน', 'เทศบาลนคร'],
    ['เทศบาลเมือง', 'เทศบาลเมือง'],
    ['ทม', 'เทศบาลเมือง'],
    ['เทศบาลตำบล', 'เทศบาลตำบล'],
    ['ทต', 'เทศบาลตำบล'],
    ['องค์การบริหารส่วนตำบล', 'อบต.'],
    ['อบต', 'อบต.'],
    ['ท้องถิ่นรูปแบบพิเศษ', 'ท้องถิ่นรูปแบบพิเศษ'],
    ['เมืองพัทยา', 'ท้องถิ่นรูปแบบพิเศษ'],
    ['กรุงเทพมหานคร', 'กรุงเทพมหานคร'],
    ['กทม', 'กรุงเทพมหานคร'],
  ] as Array<[string, LaoType]>
).sort((a, b) => b[0].length - a[0].length);

const BY_KEY = new Map(ALIASES.map(([alias, type]) => [compactKey(alias), type]));

// Pattaya and Bangkok are whole names, not prefixes; their keys are computed once (splitLaoName runs per response).
const isWholeName = (type: LaoType): boolean => type === 'ท้องถิ่นรูปแบบพิเศษ' || type === 'กรุงเทพมหานคร';
const WHOLE_NAMES = new Map(
  ALIASES.filter(([, type]) => isWholeName(type)).map(([alias, type]) => [
    compactKey(alias),
    { type, name: type === 'กรุงเทพมหานคร' ? 'กรุงเทพมหานคร' : 'เมืองพัทยา' },
  ]),
);
const PREFIX_ALIASES = ALIASES.filter(([, type]) => !isWholeName(type));

/** A type answer (form choice, registry value or abbreviation) to the registry's spelling; null if unknown. */
export function parseLaoType(text: string): LaoType | null {
  return BY_KEY.get(compactKey(text)) ?? null;
}

/**
 * Splits a typed LAO name into its type prefix and bare name:
 * `อบต. คลองท่อมใต้`, `องค์การบริหารส่วนตำบลคลองท่อมใต้` and `คลองท่อมใต้` all give name `คลองท่อมใต้`.
 * `เทศบาล` alone (no level) is stripped but gives no type.
 */
export function splitLaoName(text: string, marks: MarkOrder = 'repaired'): { type: LaoType | null; name: string } {
  const clean = cleanFor(marks, text);
  const whole = WHOLE_NAMES.get(compactKey(clean));
  if (whole) return { ...whole };
  for (const [alias, type] of PREFIX_ALIASES) {
    const m = matchPrefix(clean, alias);
    if (m) return { type, name: m };
  }
  const generic = matchPrefix(clean, 'เทศบาล');
  if (generic) return { type: null, name: generic };
  return { type: null, name: clean };
}

/**
 * If `text` starts with `alias`, the rest; else null. Abbreviations may carry dots between letters (`ท.ต.`),
 * and the two-letter ones need a dot or space after them, since real names begin with ทม (ทมอ, ทมนางาม).
 */
function matchPrefix(text: string, alias: string): string | null {
  // Every pattern begins with the alias's first letter: most names are ruled out without running one (this is
  // tried for each alias on every typed LAO name).
  if (text.charCodeAt(0) !== alias.charCodeAt(0)) return null;
  const m = prefixPattern(alias).exec(text);
  return m ? text.slice(m[0].length).trim() : null;
}

const PREFIX_PATTERNS = new Map<string, RegExp>();

function prefixPattern(alias: string): RegExp {
  let re = PREFIX_PATTERNS.get(alias);
  if (!re) {
    const short = alias.length <= 3;
    const body = short ? [...alias].join('\\.?\\s?') + (alias.length === 2 ? '(?:\\.|\\s)' : '') : escape(alias);
    re = new RegExp(`^${body}[.\\s]*`);
    PREFIX_PATTERNS.set(alias, re);
  }
  return re;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
