import type { Rng } from './random';
import { toThaiDigits, typo } from './typing';

/** Phone numbers, always stored as national digits with the leading 0: mobile `0812345678`, landline `053123456`. */

export function randomMobile(rng: Rng): string {
  return '0' + rng.pick(['6', '8', '9']) + String(rng.int(100_000_000)).padStart(8, '0');
}

/** Landline with the area code of the province's region (the province code's first digit says where it is). */
export function randomLandline(rng: Rng, provinceCode: string): string {
  const area: Record<string, readonly string[]> = {
    '1': Number(provinceCode) <= 13 ? ['2'] : ['35', '36'],
    '2': ['38', '39'],
    '3': ['44', '45'],
    '4': ['42', '43'],
    '5': ['53', '54'],
    '6': ['55', '56'],
    '7': ['32', '34', '35'],
    '8': ['75', '77'],
    '9': ['73', '74'],
  };
  const prefix = rng.pick(area[provinceCode[0] ?? '1'] ?? ['2']);
  return '0' + prefix + String(rng.int(10 ** (8 - prefix.length))).padStart(8 - prefix.length, '0');
}

export type PhoneStyle = 'plain' | 'dashes' | 'spaces' | 'plus66' | 'thai_digits' | 'leading_zero_lost';

/** A number written the way people write it: `081-234-5678`, `+66 81 234 5678`, `๐๘๑๒๓๔๕๖๗๘`, `812345678`. */
export function writePhone(national: string, style: PhoneStyle, rng: Rng): string {
  const mobile = national.length === 10;
  const groups = mobile
    ? [national.slice(0, 3), national.slice(3, 6), national.slice(6)]
    : national.startsWith('02')
      ? [national.slice(0, 2), national.slice(2, 5), national.slice(5)]
      : [national.slice(0, 3), national.slice(3)];
  switch (style) {
    case 'plain':
      return national;
    case 'dashes':
      return mobile && rng.chance(0.2) ? `${national.slice(0, 2)}-${national.slice(2, 6)}-${national.slice(6)}` : groups.join('-');
    case 'spaces':
      return groups.join(' ');
    case 'plus66': {
      const rest = national.slice(1);
      const form = rng.int(3);
      if (form === 0) return `+66${rest}`;
      if (form === 1) return `+66 ${rest.slice(0, 2)} ${rest.slice(2, 5)} ${rest.slice(5)}`;
      return `66${rest}`;
    }
    case 'thai_digits':
      return toThaiDigits(rng.chance(0.5) ? groups.join('-') : national);
    case 'leading_zero_lost':
      return national.slice(1);
  }
}

/** Office extension as written after a landline. */
export function writeExtension(rng: Rng): string {
  const ext = String(rng.between(1, 250));
  return rng.weighted([
    [` ต่อ ${ext}`, 6],
    [` ต่อ${ext}`, 2],
    [` ext. ${ext}`, 1],
    [` #${ext}`, 1],
  ] as const);
}

/**
 * Office extension in the words Thai offices use, as printed on letterheads: ต่อ with a range, กด (press), ภายใน
 * (internal); libphonenumber's extension words (ext, extn, x, #) cover only the Latin ones.
 */
export function writeExtensionWords(rng: Rng): string {
  const ext = rng.between(1, 250);
  return rng.weighted([
    [` ต่อ ${ext}-${ext + 1}`, 3],
    [` ต่อ ${ext} ถึง ${ext + 2}`, 1],
    [` กด ${ext}`, 2],
    [` ภายใน ${ext}`, 2],
  ] as const);
}

/** One digit changed: the slip a resubmission corrects. */
export function mistypeDigit(national: string, rng: Rng): string {
  const i = rng.between(2, national.length - 1);
  const d = Number(national[i]);
  return national.slice(0, i) + String((d + rng.between(1, 9)) % 10) + national.slice(i + 1);
}

/** E-mail noise: capitals (`Somchai.S@Gmail.com`) or stray spaces around or inside. */
export function capitaliseEmail(email: string, rng: Rng): string {
  const [local = '', domain = ''] = email.split('@');
  if (rng.chance(0.5)) return email.toUpperCase();
  return local.charAt(0).toUpperCase() + local.slice(1) + '@' + domain.charAt(0).toUpperCase() + domain.slice(1);
}

export function spaceEmail(email: string, rng: Rng): string {
  const kind = rng.int(3);
  if (kind === 0) return ' ' + email;
  if (kind === 1) return email + ' ';
  return email.replace('@', rng.chance(0.5) ? ' @' : '@ ');
}

/** A slip in the handle (the earlier submission of a person who then resubmits with the right address). */
export function mistypeEmail(email: string, rng: Rng): string {
  const [local = '', domain = ''] = email.split('@');
  return `${typo(local, rng)}@${domain}`;
}

/**
 * A slip in a provider's domain, as Mailcheck's README shows them (`user@gmil.con`, `user@hotnail.con`,
 * `user@hotmail.cmo`): a letter of the provider's name, or the `.com` ending, typed wrong. Other domains unchanged.
 */
export function mistypeEmailDomain(email: string, rng: Rng): string {
  const at = email.lastIndexOf('@');
  const domain = email.slice(at + 1);
  const [name = '', ...rest] = domain.split('.');
  if (!/^(gmail|hotmail|outlook|yahoo|live|icloud)$/.test(name)) return email;
  const ending = rest.join('.');
  const typed = ending === 'com' && rng.chance(0.5) ? `${name}.${rng.pick(['con', 'cmo', 'co', 'comm'])}` : `${typo(name, rng)}.${ending}`;
  return `${email.slice(0, at)}@${typed}`;
}
