/**
 * A JSON document written piece by piece, byte for byte what `JSON.stringify(document, null, 2)`
 * writes, where the long lists are read as the text is written: quality.json of a large dataset
 * lists hundreds of thousands of rows and findings, which are never all in memory at once.
 * A list may also continue items of a document written before, copied as their bytes
 * (CopiedItems): a new version's quality.json repeats most of the previous version's.
 */
import type { CopiedRange } from '../ports.js';

/** A list whose items are read only while the document is written. */
export class Listed {
  constructor(readonly items: () => Iterable<unknown>) {}
}

/**
 * Items of a list as an earlier document wrote them: `range` is their text from just after the
 * first one's separator ('[' or ',') to the end of the last one, so they can open a list or follow items.
 */
export class CopiedItems {
  constructor(readonly range: CopiedRange) {}
}

/** A document's fields: values, or lists read as they are written. */
export type StreamedDocument = Record<string, unknown>;

/** `JSON.stringify(value, null, 2)` nested `depth` levels deep (JSON strings hold no raw newline). */
const nested = (value: unknown, depth: number) => JSON.stringify(value, null, 2).replaceAll('\n', `\n${'  '.repeat(depth)}`);

/**
 * The document's text, in pieces: `JSON.stringify` of it with every Listed read into an array,
 * indented by two; copied items as the ranges that hold their text. An item's piece starts with
 * its separator and is the next piece after the list hands the item over (list-text.ts counts on it).
 */
export function* jsonText(document: StreamedDocument): Generator<string | CopiedRange> {
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
      if (item instanceof CopiedItems) {
        yield first ? '[' : ',';
        yield item.range;
      } else yield `${first ? '[' : ','}\n    ${nested(item, 2)}`;
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

/**
 * Text pieces as UTF-8 chunks of about `size` bytes (a piece longer than that is a chunk of its
 * own); copied ranges pass through between them. `written.bytes` counts the bytes of every piece
 * taken so far (chunked or not yet), so the code producing the pieces knows where the next one starts.
 */
export function* utf8Chunks(pieces: Iterable<string | CopiedRange>, size = 256 * 1024, written = { bytes: 0 }): Generator<Uint8Array | CopiedRange> {
  let buffer = Buffer.allocUnsafe(size);
  let used = 0;
  for (const piece of pieces) {
    if (typeof piece !== 'string') {
      if (used > 0) {
        yield buffer.subarray(0, used);
        buffer = Buffer.allocUnsafe(size);
        used = 0;
      }
      written.bytes += piece.end - piece.start;
      yield piece;
      continue;
    }
    // UTF-8 needs at most 3 bytes per UTF-16 code unit.
    if (used + piece.length * 3 > size) {
      if (used > 0) yield buffer.subarray(0, used);
      buffer = Buffer.allocUnsafe(size);
      used = 0;
      if (piece.length * 3 > size) {
        const bytes = Buffer.from(piece, 'utf8');
        written.bytes += bytes.byteLength;
        yield bytes;
        continue;
      }
    }
    const bytes = buffer.write(piece, used, 'utf8');
    used += bytes;
    written.bytes += bytes;
  }
  if (used > 0) yield buffer.subarray(0, used);
}
