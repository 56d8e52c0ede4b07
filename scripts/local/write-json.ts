import { open } from 'node:fs/promises';

/**
 * Indented JSON with each array element on one line: as easy to read and grep as fully indented JSON, at a third
 * of the size (400,000 indicator entries indented in full made a 100 MB file). Ends with a line break.
 */
export function jsonText(value: unknown): string {
  return [...jsonChunks(value)].join('');
}

/**
 * An array whose elements are made one at a time as they are written, so that they need not all exist at once
 * (report.json's 400,000 indicator rows, kept as columns: scripts/cli/report-rows.ts). Written as the array itself.
 */
export class JsonLazyArray {
  constructor(
    readonly length: number,
    readonly at: (index: number) => unknown,
  ) {}
}

/**
 * An array at `indent`: `[`, one element a line, `]` under it; `[]` when empty. Elements gathered into pieces of about
 * BATCH_CHARS: one resumption per piece, not per element.
 */
function* arrayText(length: number, at: (index: number) => unknown, indent: string): Generator<string> {
  if (length === 0) {
    yield '[]';
    return;
  }
  const inner = `${indent}  `;
  let piece = '[\n';
  for (let i = 0; i < length; i++) {
    piece += `${inner}${JSON.stringify(at(i))}${i < length - 1 ? ',' : ''}\n`;
    if (piece.length >= BATCH_CHARS) {
      yield piece;
      piece = '';
    }
  }
  yield `${piece}${indent}]`;
}

/**
 * Writes `jsonText(value)` piece by piece: the national report.json is 70 MB, and building it as one string first
 * (the pieces, the joined text, then its UTF-8 copy) took 600 MB of memory.
 */
export async function writeJson(path: string, value: unknown): Promise<void> {
  const file = await open(path, 'w');
  try {
    let batch = '';
    for (const chunk of jsonChunks(value)) {
      batch += chunk;
      if (batch.length >= BATCH_CHARS) {
        await file.write(batch, null, 'utf8');
        batch = '';
      }
    }
    await file.write(batch, null, 'utf8');
  } finally {
    await file.close();
  }
}

const BATCH_CHARS = 1 << 20;

function* jsonChunks(value: unknown): Generator<string> {
  yield* indented(value, '');
  yield '\n';
}

function* indented(value: unknown, indent: string): Generator<string> {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    yield* arrayText(value.length, (i) => value[i], indent);
    return;
  }
  if (value instanceof JsonLazyArray) {
    yield* arrayText(value.length, value.at, indent);
    return;
  }
  if (value !== null && typeof value === 'object') {
    const fields = Object.entries(value).filter(([, v]) => v !== undefined);
    if (fields.length === 0) {
      yield '{}';
      return;
    }
    yield '{\n';
    for (let i = 0; i < fields.length; i++) {
      const [key, field] = fields[i]!;
      yield `${inner}${JSON.stringify(key)}: `;
      yield* indented(field, inner);
      yield i < fields.length - 1 ? ',\n' : '\n';
    }
    yield `${indent}}`;
    return;
  }
  yield JSON.stringify(value);
}
