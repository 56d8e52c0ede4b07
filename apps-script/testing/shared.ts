/**
 * Helpers every fake uses, in one place: the user objects Google hands out for an e-mail address, and the checked
 * way for a test to reach what only a fake records behind a narrow service type.
 */
import type { User } from '../google-services';

/** A user as Apps Script returns one (`getEditors()`, `getOwner()`, `Session.getEffectiveUser()`): its e-mail only. */
export function userOf(email: string): User {
  return { getEmail: () => email };
}

/**
 * The fake behind a value the adapter returned typed as a Google service (a `Sheet` from `writeSheetLayout`), for a
 * test that reads what only the fake records (formats, widths, validations). Checked at run time, not cast: counting
 * proxies (counter.ts) answer `instanceof` as their fake does.
 */
export function fakeOf<T>(value: unknown, kind: abstract new (...args: never[]) => T): T {
  if (!(value instanceof kind)) throw new TypeError(`expected a ${kind.name}, got ${Object.prototype.toString.call(value)}`);
  return value;
}
