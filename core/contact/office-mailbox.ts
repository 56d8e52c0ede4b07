/**
 * An LAO's own mailbox, which colleagues share, told from a personal address by what a person at a desk sees in it:
 * the LAO's รหัส อปท. in the address, or a role name instead of a person's (RFC 2142 lists the role mailboxes every
 * organisation keeps; Thai offices add สารบรรณ, the correspondence desk, written saraban or sarabun). An address
 * found shared by colleagues is marked by dedupe itself (core/dedupe/find-duplicates.ts), not here.
 */
import { editDistance } from '../match/edit-distance';

/**
 * Role mailboxes: RFC 2142 ("Mailbox Names for Common Services, Roles and Functions",
 * https://www.rfc-editor.org/rfc/rfc2142) sections 3-5, plus the common admin/office/contact, and the Thai
 * correspondence desk (สารบรรณ) in its two romanisations.
 */
const ROLE_WORDS: ReadonlySet<string> = new Set([
  'info',
  'marketing',
  'sales',
  'support',
  'abuse',
  'noc',
  'security',
  'postmaster',
  'hostmaster',
  'webmaster',
  'www',
  'admin',
  'office',
  'contact',
  'saraban',
  'sarabun',
]);

// At module level: a regular expression literal inside a function is a new object at every call (every registration).
const SEVEN_DIGITS = /^\d{7}$/;

/** True when `email` (parsed, lower-cased) is the LAO's own mailbox by its address: the LAO's code or a role name in it. */
export function isOfficeMailbox(email: string, laoCode: string): boolean {
  const at = email.lastIndexOf('@');
  return at >= 0 && (namesLao(email, laoCode) || ROLE_WORD.test(email.slice(0, at)));
}

/**
 * True when `email` is this LAO's mailbox by the LAO's code in it (perhaps with a slip): an address that names one
 * LAO, which a role name (saraban@…, every office's) does not.
 */
export function namesLao(email: string, laoCode: string): boolean {
  const at = email.lastIndexOf('@');
  if (at < 0 || !SEVEN_DIGITS.test(laoCode)) return false;
  const local = email.slice(0, at);
  return local.includes(laoCode) || holdsCodeWithSlip(local, laoCode);
}

/**
 * The LAO's code typed with a slip in the address (lao5400730 or lao54000703 for 5400703): a digit left out or typed
 * twice, or two neighbours swapped. Not a digit changed: 6810409 is another LAO of the same district, not a slip.
 */
function holdsCodeWithSlip(local: string, code: string): boolean {
  for (const run of local.match(DIGIT_RUNS) ?? []) {
    if (run.length === 6 || run.length === 8) {
      if (editDistance(run, code, 1) === 1) return true;
    } else if (run.length === 7 && run !== code && editDistance(run, code, 1) === 1 && sameDigits(run, code)) {
      return true;
    }
  }
  return false;
}

const DIGIT_RUNS = /\d{6,8}/g;

/** The same digits in another order (a swap, where a changed digit would change the count). */
function sameDigits(a: string, b: string): boolean {
  return [...a].sort().join('') === [...b].sort().join('');
}

/**
 * A role word as a whole word of the local part (a run of letters: `saraban.banna`, `info2`, `abt_admin`). One test
 * instead of splitting every address into words: dedupe asks this of every registration it compares.
 */
const ROLE_WORD = new RegExp(`(?:^|[^a-z])(?:${[...ROLE_WORDS].join('|')})(?![a-z])`);
