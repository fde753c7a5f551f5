/**
 * A JSON document written piece by piece, byte for byte what `JSON.stringify(document, null, 2)`
 * writes, where the long lists are read as the text is written: quality.json of a large dataset
 * lists hundreds of thousands of rows and findings, which are never all in memory at once.
 */

/** A list whose items are read only while the document is written. */
export class Listed {
  constructor(readonly items: () => Iterable<unknown>) {}
}

/** A document's fields: values, or lists read as they are written. */
export type StreamedDocument = Record<string, unknown>;

/** `JSON.stringify(value, null, 2)` nested `depth` levels deep (JSON strings hold no raw newline). */
const nested = (value: unknown, depth: number) => JSON.stringify(value, null, 2).replaceAll('\n', `\n${'  '.repeat(depth)}`);

/** The document's text, in pieces: `JSON.stringify` of it with every Listed read into an array, indented by two. */
export function* jsonText(document: StreamedDocument): Generator<string> {
  const fields = Object.entries(document).filter(([, value]) => value !== undefined);
  if (fields.length === 0) {
    yield '{}';
    return;
  }
  for (const [i, [key, value]] of fields.entries()) {
    yield `${i === 0 ? '{' : ','}\n  ${JSON.stringify(key)}: `;
    if (!(value instanceof Listed)) {
      yield nested(value, 1);
      continue;
    }
    let first = true;
    for (const item of value.items()) {
      yield `${first ? '[' : ','}\n    ${nested(item, 2)}`;
      first = false;
    }
    yield first ? '[]' : '\n  ]';
  }
  yield '\n}';
}

/** A document's fields with every Listed read into an array (what `jsonText` writes, as one object). */
export function materialized(document: StreamedDocument): Record<string, unknown> {
  return Object.fromEntries(Object.entries(document).map(([key, value]) => [key, value instanceof Listed ? [...value.items()] : value]));
}

/** Text pieces as UTF-8 chunks of about `size` bytes (a piece longer than that is a chunk of its own). */
export function* utf8Chunks(pieces: Iterable<string>, size = 256 * 1024): Generator<Uint8Array> {
  let buffer = Buffer.allocUnsafe(size);
  let used = 0;
  for (const piece of pieces) {
    // UTF-8 needs at most 3 bytes per UTF-16 code unit.
    if (used + piece.length * 3 > size) {
      if (used > 0) yield buffer.subarray(0, used);
      buffer = Buffer.allocUnsafe(size);
      used = 0;
      if (piece.length * 3 > size) {
        yield Buffer.from(piece, 'utf8');
        continue;
      }
    }
    used += buffer.write(piece, used, 'utf8');
  }
  if (used > 0) yield buffer.subarray(0, used);
}
