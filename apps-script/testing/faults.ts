/**
 * Transient service errors, injected around a fake service (or the counting view the script sees): the next calls
 * of one method fail with Google's message for a service that is briefly unavailable, then calls succeed again.
 * Apps Script reports these as, for example, "Service Spreadsheets failed while accessing document with id …"; they
 * pass on a retry a moment later (reported by Apps Script users for years, e.g.
 * https://github.com/alexwforsythe/code-blocks/issues/168 for the Documents service).
 */
import type { FakeEnv } from './env';

export function transientMessage(service: 'Spreadsheets' | 'Forms' | 'Drive', id: string): string {
  return `Service ${service} failed while accessing document with id ${id}.`;
}

export interface Faulty<T> {
  /** Use this in place of the service. */
  service: T;
  /** How many injected failures are still to come. */
  remaining(): number;
}

/**
 * The first `times` calls of `method` (those `when` picks, by default all) throw `message(args)`; every other call
 * goes to `target`.
 */
export function failingFirst<T extends object>(
  env: FakeEnv,
  target: T,
  method: string,
  times: number,
  message: (args: unknown[]) => string,
  when: (args: unknown[]) => boolean = () => true,
): Faulty<T> {
  let left = times;
  const service = new Proxy(target, {
    get(obj, prop) {
      const value = Reflect.get(obj, prop, obj) as unknown;
      if (prop !== method || typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (left > 0 && when(args)) {
          left--;
          env.fail(message(args));
        }
        return (value as (...a: unknown[]) => unknown).apply(obj, args);
      };
    },
  });
  return { service, remaining: () => left };
}
