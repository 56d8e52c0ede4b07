/**
 * Google field masks, as the fake server needs them: partial responses (`fields=sheets(properties(title))`,
 * `files(id,name)`, `a/b`) and update masks (`gridProperties.frozenRowCount`, `userEnteredFormat(textFormat)`, `*`).
 */

export type FieldTree = Map<string, FieldTree | true>;

export class FieldMaskError extends Error {}

export function parseFieldMask(mask: string): FieldTree {
  let pos = 0;
  const text = mask.replace(/\s+/g, '');

  function parseList(): FieldTree {
    const tree: FieldTree = new Map();
    for (;;) {
      parseField(tree);
      if (text[pos] !== ',') return tree;
      pos++;
    }
  }

  function parseField(into: FieldTree): void {
    const start = pos;
    while (pos < text.length && !',()'.includes(text[pos]!)) pos++;
    const path = text.slice(start, pos).split(/[./]/);
    if (path.some((p) => p === '')) throw new FieldMaskError(`Invalid field selection ${mask}`);
    let node = into;
    for (const name of path.slice(0, -1)) node = child(node, name);
    const last = path[path.length - 1]!;
    if (text[pos] === '(') {
      pos++;
      const sub = parseList();
      if (text[pos] !== ')') throw new FieldMaskError(`Invalid field selection ${mask}`);
      pos++;
      merge(child(node, last), sub);
    } else {
      node.set(last, true);
    }
  }

  const tree = parseList();
  if (pos !== text.length) throw new FieldMaskError(`Invalid field selection ${mask}`);
  return tree;
}

function child(tree: FieldTree, name: string): FieldTree {
  const existing = tree.get(name);
  if (existing === true) return new Map([['*', true]]);
  if (existing) return existing;
  const created: FieldTree = new Map();
  tree.set(name, created);
  return created;
}

function merge(into: FieldTree, from: FieldTree): void {
  for (const [k, v] of from) {
    const existing = into.get(k);
    if (v === true || existing === true) into.set(k, true);
    else if (existing) merge(existing, v);
    else into.set(k, v);
  }
}

/** The part of `value` the mask selects; arrays are masked element by element. */
export function pickFields(value: unknown, tree: FieldTree | true): unknown {
  if (tree === true || tree.has('*')) return value;
  if (Array.isArray(value)) return value.map((v) => pickFields(v, tree));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, sub] of tree) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = pickFields(v, sub);
  }
  return out;
}

/** Copies the masked fields from `source` onto `target`; a masked field absent from `source` is cleared. */
export function assignFields(target: Record<string, unknown>, source: Record<string, unknown> | undefined, tree: FieldTree): void {
  if (tree.has('*')) {
    for (const key of Object.keys(target)) delete target[key];
    Object.assign(target, structuredClone(source ?? {}));
    return;
  }
  for (const [key, sub] of tree) {
    const v = source?.[key];
    if (sub === true) {
      if (v === undefined) delete target[key];
      else target[key] = structuredClone(v);
      continue;
    }
    const next = (target[key] ?? {}) as Record<string, unknown>;
    assignFields(next, v as Record<string, unknown> | undefined, sub);
    if (Object.keys(next).length) target[key] = next;
    else delete target[key];
  }
}
