/**
 * forEachLine (streams.ts) hands out the lines `lines` yields, one at a time as each chunk is
 * split: lines across chunk boundaries, a character's UTF-8 bytes split between chunks, empty
 * lines, CRLF kept as written, and a last line without its newline.
 */
import { describe, expect, it } from 'vitest';
import { forEachLine, lines } from '../../functions/core/publish/streams.js';

async function* chunked(bytes: Uint8Array, sizes: number[]): AsyncGenerator<Uint8Array> {
  for (let at = 0, k = 0; at < bytes.length; at += sizes[k++ % sizes.length]) yield bytes.subarray(at, at + sizes[k % sizes.length]);
}

describe('each line of a byte stream', () => {
  const texts = ['{"a":1}\n{"b":"Zürich 中国 🚢"}\n\n\r\nlast without newline', '\n\nx\n', 'one\n', '', 'ü'];
  it('is what lines() yields, however the bytes are cut', async () => {
    for (const text of texts) {
      const bytes = new TextEncoder().encode(text);
      for (const sizes of [[1], [2, 3], [7], [1 << 20]]) {
        const expected: string[] = [];
        for await (const line of lines(chunked(bytes, sizes))) expected.push(line);
        const seen: string[] = [];
        await forEachLine(chunked(bytes, sizes), (line) => seen.push(line));
        expect(seen).toEqual(expected);
      }
    }
  });
});
