import { cleanText } from '../text/thai';

export type ParsedEmail = { ok: true; value: string } | { ok: false };

// Pragmatic: dot-atom local part, dotted domain of letters/digits/hyphens, alphabetic top-level domain.
const EMAIL = /^[a-z0-9!#$%&'*+=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/;
/** Between two addresses in one cell; the first valid one is used. */
const ADDRESS_SEPARATOR = /[,;/]|หรือ/;

/**
 * An e-mail address as typed: spaces removed, lower-cased, full-width characters (＠, ．) made ASCII, a `mailto:`
 * or angle brackets dropped, a trailing dot dropped. NFKC is safe here: a valid address is ASCII only.
 */
export function parseEmail(text: string): ParsedEmail {
  const cleaned = cleanText(text);
  // The usual cell, one address as it should be: none of the repairs below can change it (an address has no
  // separator, space, capital, non-ASCII letter, `:`, `<` or trailing dot).
  if (EMAIL.test(cleaned)) return { ok: true, value: cleaned };
  for (const part of cleaned.split(ADDRESS_SEPARATOR)) {
    const value = part
      .normalize('NFKC')
      .replace(/\s+/g, '')
      .toLowerCase()
      .replace(/^mailto:/, '')
      .replace(/^<(.*)>$/, '$1')
      .replace(/\.+$/, '');
    if (EMAIL.test(value)) return { ok: true, value };
  }
  return { ok: false };
}
