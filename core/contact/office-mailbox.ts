/**
 * An LAO's own mailbox, which colleagues share, told from a personal address by what a person at a desk sees in it:
 * the LAO's รหัส อปท. in the address, or a role name instead of a person's (RFC 2142 lists the role mailboxes every
 * organisation keeps; Thai offices add สารบรรณ, the correspondence desk, written saraban or sarabun). An address
 * found shared by colleagues is marked by dedupe itself (core/dedupe/find-duplicates.ts), not here.
 */

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

/** True when `email` (parsed, lower-cased) is the LAO's own mailbox by its address: the LAO's code or a role name in it. */
export function isOfficeMailbox(email: string, laoCode: string): boolean {
  const at = email.lastIndexOf('@');
  if (at < 0) return false;
  const local = email.slice(0, at);
  if (/^\d{7}$/.test(laoCode) && local.includes(laoCode)) return true;
  return ROLE_WORD.test(local);
}

/**
 * A role word as a whole word of the local part (a run of letters: `saraban.banna`, `info2`, `abt_admin`). One test
 * instead of splitting every address into words: dedupe asks this of every registration it compares.
 */
const ROLE_WORD = new RegExp(`(?:^|[^a-z])(?:${[...ROLE_WORDS].join('|')})(?![a-z])`);
