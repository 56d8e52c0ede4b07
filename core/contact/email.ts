import { editDistance } from '../match/edit-distance';
import { cleanText, withoutQuotesAround, type CleanText } from '../text/thai';

/**
 * `value`: the address as typed, cleaned (what is shown and written out); `comparable`: the mailbox it reaches, as two
 * submissions are compared (comparableEmail), read once here rather than in every dedupe pass.
 */
export type ParsedEmail = { ok: true; value: string; comparable: string } | { ok: false };

// Pragmatic: dot-atom local part, dotted domain of letters/digits/hyphens, alphabetic top-level domain.
const EMAIL = /^[a-z0-9!#$%&'*+=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/;
/**
 * An internationalised address (RFC 6531/6532: SMTPUTF8): letters, marks and digits of any script in the local part
 * and the domain labels, a top-level domain of letters (`.ไทย`, `.рф`) or an A-label (`xn--o3cw4h`). Thai has no
 * case and needs its marks (\p{M}), so it is neither lower-cased away nor NFKC-normalised.
 */
const EMAIL_INTERNATIONAL =
  /^[\p{L}\p{M}\p{N}!#$%&'*+=?^_`{|}~-]+(?:\.[\p{L}\p{M}\p{N}!#$%&'*+=?^_`{|}~-]+)*@(?:[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}-]*[\p{L}\p{M}\p{N}])?\.)+(?:[\p{L}\p{M}]{2,}|xn--[a-z0-9-]+)$/u;
/** Full-width ASCII (＠, ．, Ａ) and the ideographic full stops (｡ 。) as typed with an East Asian input method. */
const FULL_WIDTH = /[\uFF01-\uFF5E\uFF61\u3002]/g;
/** Between two addresses in one cell; the first valid one is used. */
const ADDRESS_SEPARATOR = /[,;/]|หรือ/;

/**
 * An e-mail address as typed: taken out of a label, a display name or a note around it (addressWritten), spaces
 * removed, lower-cased, full-width characters (＠, ．) made ASCII, a `mailto:` and a trailing dot dropped. Addresses in
 * Thai or another script are accepted (EAI).
 */
export function parseEmail(text: string): ParsedEmail {
  return parseCleanEmail(cleanText(text));
}

/** parseEmail of text cleaned already (checkResponse cleans each answer once). */
export function parseCleanEmail(cleaned: CleanText): ParsedEmail {
  // The usual cell, one address as it should be: none of the repairs below can change it (an address has no
  // separator, space, capital, non-ASCII letter, `:`, `<` or trailing dot).
  if (EMAIL.test(cleaned)) return valid(cleaned);
  for (const part of addressParts(cleaned)) {
    const written = addressWritten(part)
      .replace(FULL_WIDTH, (c) => (c === '\uFF61' || c === '\u3002' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)))
      .replace(/\s+/g, '')
      .toLowerCase()
      .replace(/^mailto:/, '');
    const value = withoutQuotesAround(written).replace(/\.+$/, '');
    if (EMAIL.test(value) || EMAIL_INTERNATIONAL.test(value)) return valid(value);
  }
  return { ok: false };
}

/**
 * The cell's parts between separators, each perhaps an address. A comma between the labels of the one domain in the
 * cell is the full stop's neighbour on the keyboard (nlpaug's KeyboardAug on the QWERTY layout an address is typed on),
 * not a second address: `somchai@gmail,com` is read as gmail.com.
 */
function addressParts(cleaned: string): string[] {
  const oneAddress = cleaned.indexOf('@') === cleaned.lastIndexOf('@');
  const text = oneAddress ? cleaned.replace(COMMA_IN_DOMAIN, (domain) => domain.replace(/,/g, '.')) : cleaned;
  return text.split(ADDRESS_SEPARATOR);
}

/**
 * A domain after the @ whose labels are all parted by commas (`gmail,com`, `hotmail,co,th`): letters, digits and hyphens
 * only. One with a full stop already (`gmail.com,th`) is an address and something after it.
 */
const COMMA_IN_DOMAIN = /@[a-z0-9-]+(?:,[a-z0-9-]+)*,[a-z]{2,}(?![a-z0-9.,-])/i;

// RFC 5322's name-addr: a display name, then the address in angle brackets; or the address alone in brackets.
const ANGLE_ADDRESS = /<([^<>]*@[^<>]*)>|^\s*\(([^()]*@[^()]*)\)\s*$/;
// A label before the address, in English or Thai (อีเมล, อีเมล์, อี-เมล), with a colon or a space after it.
const EMAIL_LABEL = /^\s*(?:e-?mail|mail|อี-?เมล์?)(?:\s*[:：]\s*|\s+)(?=.*@)/i;
// A note in brackets with no address in it: `(ส่วนตัว)`, `(ใช้ประจำ)`.
const BRACKETED_NOTE = /\([^()@]*\)/g;

/**
 * The address out of what is written around it in a cell: a display name with the address in angle brackets
 * (`Somchai <somchai@gmail.com>`), a label before it (`อีเมล somchai@…`, `E-mail: …`), a note in brackets after it
 * (`… (ส่วนตัว)`). Once spaces are removed, a Thai label or note would join the address as a Thai local part
 * (`อีเมลsomchai@gmail.com`), which internationalised addresses allow.
 */
function addressWritten(part: string): string {
  const angled = ANGLE_ADDRESS.exec(part);
  if (angled) return angled[1] ?? angled[2]!;
  return part.replace(EMAIL_LABEL, '').replace(BRACKETED_NOTE, ' ');
}

function valid(value: string): ParsedEmail {
  return { ok: true, value, comparable: comparableEmail(value) };
}

/** The providers most personal addresses here are at (Thai forms and the generator: Gmail, Hotmail, Outlook, Yahoo). */
const PROVIDERS = ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com', 'live.com', 'icloud.com', 'hotmail.co.th', 'outlook.co.th', 'yahoo.co.th'];
const PROVIDER_SET: ReadonlySet<string> = new Set(PROVIDERS);

/**
 * An address as two submissions are compared: a provider's domain typed with a slip or two is read as that domain,
 * as Mailcheck suggests one (`user@gmil.con` → gmail.com, `hotnail.con` → hotmail.com, `hotmail.cmo` → hotmail.com):
 * the same name at `gmail.con` and at `gmail.com` is one mailbox mistyped. The closest provider, when one is closer than
 * the others (homail.com is hotmail's, one edit, not gmail's, two); the address shown stays as typed.
 */
export function comparableEmail(value: string): string {
  const at = value.lastIndexOf('@');
  if (at < 0) return value;
  const domain = providerOf(value.slice(at + 1));
  const local = value.slice(0, at);
  if (domain === 'gmail.com') return `${gmailMailbox(local)}@gmail.com`;
  return domain === value.slice(at + 1) ? value : `${local}@${domain}`;
}

/** The domain as typed, or the one provider it is a slip or two of (see comparableEmail). */
function providerOf(domain: string): string {
  if (PROVIDER_SET.has(domain)) return domain;
  if (domain === 'googlemail.com') return 'gmail.com';
  const distances = PROVIDERS.map((provider) => editDistance(domain, provider, 2));
  const closest = Math.min(...distances);
  const nearest = PROVIDERS.filter((_, i) => distances[i] === closest);
  return closest <= 2 && nearest.length === 1 ? nearest[0]! : domain;
}

/**
 * The Gmail mailbox a local part delivers to. Google's help: "Dots don't matter in Gmail addresses" (john.smith and
 * johnsmith are one account; https://support.google.com/mail/answer/7436150), and a `+` with any word before the
 * @ still reaches the same inbox (https://support.google.com/a/users/answer/9308648); googlemail.com is gmail.com.
 * A person gives `somchai.j@gmail.com` once and `somchaij@gmail.com` the next time: one mailbox.
 */
function gmailMailbox(local: string): string {
  const plus = local.indexOf('+');
  const name = plus < 0 ? local : local.slice(0, plus);
  return name.includes('.') ? name.replace(/\./g, '') : name;
}
