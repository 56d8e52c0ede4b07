/**
 * Values computed once per key. The job reads the same answers over and over (77 provinces in a few spellings,
 * some thousands of districts, a few types and sessions), so each distinct answer is read once per job. Kept in
 * a class so call sites name what they remember (`memo.province(answer)`) instead of nesting get-or-set calls.
 *
 * `read` gets an optional `context` (what it needs besides the key): a call site on a per-response path passes a
 * module-level function and its context rather than a new closure per call, which a heap profile of a national job
 * showed at several MB.
 */
export class Memo<K, T> {
  private readonly values = new Map<K, T>();

  /** The value for `key`: `read(key, context)` the first time, the remembered value after (undefined and null included). */
  get(key: K, read: (key: K) => T): T;
  get<C>(key: K, read: (key: K, context: C) => T, context: C): T;
  get<C>(key: K, read: (key: K, context: C) => T, context?: C): T {
    const known = this.values.get(key);
    if (known !== undefined || this.values.has(key)) return known as T;
    const value = read(key, context as C);
    this.values.set(key, value);
    return value;
  }

  get size(): number {
    return this.values.size;
  }
}

/** Values computed once per pair of keys, without building a composite string key on the hot path. */
export class PairMemo<A, B, T> {
  private readonly byFirst = new Map<A, Map<B, T>>();

  get(first: A, second: B, read: (first: A, second: B) => T): T;
  get<C>(first: A, second: B, read: (first: A, second: B, context: C) => T, context: C): T;
  get<C>(first: A, second: B, read: (first: A, second: B, context: C) => T, context?: C): T {
    let inner = this.byFirst.get(first);
    if (!inner) this.byFirst.set(first, (inner = new Map()));
    const known = inner.get(second);
    if (known !== undefined || inner.has(second)) return known as T;
    const value = read(first, second, context as C);
    inner.set(second, value);
    return value;
  }
}
