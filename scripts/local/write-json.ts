import { open } from 'node:fs/promises';

/**
 * Indented JSON with each array element on one line: as easy to read and grep as fully indented JSON, at a third
 * of the size (400,000 indicator entries indented in full made a 100 MB file). Ends with a line break.
 */
export function jsonText(value: unknown): string {
  const decoder = new TextDecoder();
  return [...jsonChunks(value)].map((chunk) => (typeof chunk === 'string' ? chunk : decoder.decode(chunk))).join('');
}

/**
 * A value's JSON text in `jsonText`'s layout, made beforehand (on another thread) for the place it will stand at:
 * `indent` is the indentation of that place. Written as it is where it stands in a value, so the file is the same as
 * if the value itself stood there. UTF-8 pieces, so that a thread can hand them over without a copy.
 */
export class JsonFragment {
  constructor(
    readonly pieces: readonly Uint8Array[],
    readonly indent: string,
  ) {}
}

/**
 * An array's fragment made element by element, each added as it is made, so that the elements need not all be kept
 * (400,000 report rows: 40 MB of objects): the same text as the array itself at `indent`, as UTF-8 pieces of about a
 * megabyte.
 */
export class JsonArrayFragment {
  private readonly layout: ArrayLayout;
  private readonly encoder = new TextEncoder();
  private readonly pieces: Uint8Array[] = [];
  private batch = '';

  constructor(private readonly indent: string) {
    this.layout = new ArrayLayout(indent);
  }

  add(value: unknown): void {
    this.batch += this.layout.element(value);
    if (this.batch.length >= BATCH_CHARS) {
      this.pieces.push(this.encoder.encode(this.batch));
      this.batch = '';
    }
  }

  finish(): JsonFragment {
    this.pieces.push(this.encoder.encode(this.batch + this.layout.end()));
    this.batch = '';
    return new JsonFragment(this.pieces, this.indent);
  }
}

/** jsonText's layout of an array at `indent`: `[`, one element a line, `]` under it; `[]` when empty. */
class ArrayLayout {
  private readonly inner: string;
  private empty = true;

  constructor(private readonly indent: string) {
    this.inner = `${indent}  `;
  }

  element(value: unknown): string {
    const before = this.empty ? '[\n' : ',\n';
    this.empty = false;
    return `${before}${this.inner}${JSON.stringify(value)}`;
  }

  end(): string {
    return this.empty ? '[]' : `\n${this.indent}]`;
  }
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
      if (typeof chunk !== 'string') {
        await file.write(batch, null, 'utf8');
        batch = '';
        await file.write(chunk);
        continue;
      }
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

/** Text, or a fragment's UTF-8 bytes. */
type Chunk = string | Uint8Array;

function* jsonChunks(value: unknown): Generator<Chunk> {
  yield* indented(value, '');
  yield '\n';
}

function* indented(value: unknown, indent: string): Generator<Chunk> {
  if (value instanceof JsonFragment) {
    // Made for another place, its lines would be indented wrongly: a mistake of the program, not of the data.
    if (value.indent !== indent) throw new Error(`JsonFragment made for indent ${value.indent.length}, placed at ${indent.length}`);
    yield* value.pieces;
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    // Elements gathered into pieces of about BATCH_CHARS: one resumption per piece, not per element.
    const layout = new ArrayLayout(indent);
    let piece = '';
    for (const element of value) {
      piece += layout.element(element);
      if (piece.length >= BATCH_CHARS) {
        yield piece;
        piece = '';
      }
    }
    yield piece + layout.end();
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
