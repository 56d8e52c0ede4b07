/**
 * Counts every call the code under test makes on the fake Apps Script services, per `Class.method`, plus the
 * cells read and written, so tests and benchmarks can report service calls per submission and per rebuild.
 *
 * Fakes are plain classes; callers only ever see a counting Proxy of each instance. The Proxy runs methods on
 * the raw instance, so fakes calling each other internally are not counted, and it swaps raw instances for
 * their proxies on the way out (and back on the way in), so identity (`sheet === sameSheet`) holds.
 */
export type CallCounts = Record<string, number>;

/** Runs around every counted call (the runtime's clock, limits and injected failures). */
export interface CallHooks {
  before(name: string): void;
  after(name: string, target: object, args: unknown[]): void;
}

export class CallCounter {
  private readonly counts = new Map<string, number>();
  private readonly kindOf = new WeakMap<object, string>();
  private readonly proxyOf = new WeakMap<object, object>();
  private readonly rawOf = new WeakMap<object, object>();
  cellsRead = 0;
  cellsWritten = 0;
  hooks: CallHooks | null = null;

  /** The caller-facing, counting view of a fake instance (one per instance). */
  expose<T extends object>(kind: string, raw: T): T {
    const existing = this.proxyOf.get(raw);
    if (existing) return existing as T;
    this.kindOf.set(raw, kind);
    const proxy = new Proxy(raw, {
      get: (target, prop) => {
        const value = Reflect.get(target, prop, target) as unknown;
        if (typeof value !== 'function' || typeof prop !== 'string' || prop === 'constructor') return value;
        return (...args: unknown[]) => {
          const name = `${kind}.${prop}`;
          this.count(name);
          const hooks = this.hooks;
          hooks?.before(name);
          const raw = args.map((a) => this.inward(a));
          try {
            return this.outward((value as (...a: unknown[]) => unknown).apply(target, raw));
          } finally {
            hooks?.after(name, target, raw);
          }
        };
      },
      set: () => {
        throw new TypeError(`Cannot set a property of ${kind}`);
      },
    });
    this.proxyOf.set(raw, proxy);
    this.rawOf.set(proxy, raw);
    return proxy;
  }

  /** The raw instance behind a proxy handed out earlier (or the value itself). */
  raw<T>(value: T): T {
    return (typeof value === 'object' && value !== null ? (this.rawOf.get(value) as T | undefined) : undefined) ?? value;
  }

  count(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  snapshot(): CallCounts {
    return Object.fromEntries([...this.counts].sort(([a], [b]) => a.localeCompare(b)));
  }

  total(): number {
    let sum = 0;
    for (const n of this.counts.values()) sum += n;
    return sum;
  }

  reset(): void {
    this.counts.clear();
    this.cellsRead = 0;
    this.cellsWritten = 0;
  }

  private outward(value: unknown): unknown {
    if (Array.isArray(value)) return value.some((v) => this.isFake(v)) ? value.map((v) => this.wrap(v)) : value;
    return this.wrap(value);
  }

  private inward(value: unknown): unknown {
    if (Array.isArray(value)) return value.map((v) => this.raw(v));
    return this.raw(value);
  }

  private isFake(value: unknown): boolean {
    return typeof value === 'object' && value !== null && this.kindOf.has(value);
  }

  private wrap(value: unknown): unknown {
    if (!this.isFake(value)) return value;
    const raw = value as object;
    return this.expose(this.kindOf.get(raw) as string, raw);
  }
}
